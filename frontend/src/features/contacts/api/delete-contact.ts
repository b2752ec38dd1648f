import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import { invalidateAfterContactChange } from './get-contacts';

type DeleteContact = { id: string; version: number };

/**
 * Soft delete of the version the user saw: the contact leaves the list and stays in the history; a
 * supervisor can restore it. If someone changed it meanwhile the server answers 412.
 */
export async function deleteContact({ id, version }: DeleteContact) {
  unwrap(await api.DELETE('/api/v1/contacts/{id}', {
    params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
  }));
}

export function useDeleteContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    // A refusal also refreshes the list, so the user sees the current version before trying again.
    onSettled: () => invalidateAfterContactChange(queryClient, clientId),
  });
}
