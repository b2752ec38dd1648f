import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function duplicatesQueryKey(name: string) {
  return ['clients', 'duplicates', name] as const;
}

/** Asks whether a client with this name exists; reveals only existence and owner of others' clients. */
export async function checkDuplicates(name: string) {
  return unwrap(await api.GET('/api/v1/clients/duplicates', { params: { query: { name } } }));
}

/**
 * Checks on demand (the form asks on name blur, not on every keystroke); answers are cached
 * briefly so tabbing back and forth does not ask again.
 */
export function useCheckDuplicates() {
  const queryClient = useQueryClient();
  return (name: string) =>
    queryClient.fetchQuery({ queryKey: duplicatesQueryKey(name), queryFn: () => checkDuplicates(name), staleTime: 30_000 });
}
