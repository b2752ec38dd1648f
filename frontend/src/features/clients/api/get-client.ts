import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function clientQueryKey(id: string) {
  return ['clients', 'one', id] as const;
}

export async function getClient(id: string) {
  return unwrap(await api.GET('/api/v1/clients/{id}', { params: { path: { id } } }));
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientQueryKey(id), queryFn: () => getClient(id) });
}
