import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterContactChange } from './get-contacts';

/** Soft delete: the contact leaves the list and stays in the history; a supervisor can restore it. */
export async function deleteContact(id: string) {
  unwrap(await api.DELETE('/api/v1/contacts/{id}', { params: { path: { id } } }));
}

export function useDeleteContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: () => invalidateAfterContactChange(queryClient, clientId),
  });
}
