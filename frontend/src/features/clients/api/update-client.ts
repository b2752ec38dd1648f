import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import type { MergePatch } from '@/lib/diff';
import { clientQueryKey } from './get-client';
import type { ClientInput } from './types';

export type ClientPatch = MergePatch<ClientInput>;

/** Sends only the changed fields, with the version the user edited (a stale one answers 412). */
export async function updateClient(id: string, version: number, patch: ClientPatch) {
  return unwrap(
    await api.PATCH('/api/v1/clients/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      // The generated body type is ClientInput; a merge patch is its partial, with null to clear.
      body: patch as ClientInput,
      headers: MERGE_PATCH,
    }),
  );
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ClientPatch }) => updateClient(id, version, patch),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQueryKey(id), client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['history', id] });
    },
  });
}
