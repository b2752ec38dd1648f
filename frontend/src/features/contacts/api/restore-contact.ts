import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterContactChange } from './get-contacts';

/**
 * Brings a deleted contact person back, as it was (heads of sales, the director, admins). One that is
 * not deleted (a colleague restored it first) answers 409.
 */
export async function restoreContact(id: string) {
  return unwrap(await api.POST('/api/v1/contacts/{id}/restore', { params: { path: { id } } }));
}

export function useRestoreContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreContact,
    // Also after a refusal: the lists then show who is deleted now.
    onSettled: () => invalidateAfterContactChange(queryClient, clientId),
  });
}
