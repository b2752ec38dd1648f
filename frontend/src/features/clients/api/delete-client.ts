import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Soft delete: the client disappears from lists and stays restorable by a supervisor. */
export async function deleteClient(id: string) {
  unwrap(await api.DELETE('/api/v1/clients/{id}', { params: { path: { id } } }));
}

export function useDeleteClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteClient(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
  });
}
