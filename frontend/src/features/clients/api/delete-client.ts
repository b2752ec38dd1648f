import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import { clientQueryKey } from './get-client';

/**
 * Soft delete of the version the user saw: the client disappears from lists and stays restorable by
 * a supervisor. If someone changed it meanwhile the server answers 412 and nothing is deleted.
 */
export async function deleteClient(id: string, version: number) {
  unwrap(await api.DELETE('/api/v1/clients/{id}', {
    params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
  }));
}

export function useDeleteClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => deleteClient(id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
    // Refused (changed or deleted by someone else): show the record as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: clientQueryKey(id) }),
  });
}
