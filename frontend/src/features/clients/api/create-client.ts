import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ClientInput } from './types';

type CreateClient = { input: ClientInput; allowDuplicate?: boolean };

/**
 * Adds a client. A client with the same name (409 with `conflicts`) is refused unless the user
 * confirmed it is another one (`allowDuplicate`); the same tax id in the same country always is.
 */
export async function createClient({ input, allowDuplicate }: CreateClient) {
  return unwrap(await api.POST('/api/v1/clients', {
    params: { query: allowDuplicate ? { allowDuplicate: true } : {} },
    body: input,
  }));
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
  });
}
