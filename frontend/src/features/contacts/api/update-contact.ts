import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import type { MergePatch } from '@/lib/diff';
import { invalidateAfterContactChange } from './get-contacts';
import type { ContactInput } from './types';

export type ContactPatch = MergePatch<ContactInput>;
type UpdateContact = { id: string; version: number; patch: ContactPatch };

/** Sends only the changed fields with the version read; a stale version answers 412. */
export async function updateContact({ id, version, patch }: UpdateContact) {
  return unwrap(
    await api.PATCH('/api/v1/contacts/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      // The generated body type is ContactInput; a merge patch is its partial, with null to clear.
      body: patch as ContactInput,
      headers: MERGE_PATCH,
    }),
  );
}

export function useUpdateContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    // A conflict also refreshes the list, so the next attempt starts from the current version.
    onSettled: () => invalidateAfterContactChange(queryClient, clientId),
  });
}
