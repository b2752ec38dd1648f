import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import type { MergePatch } from '@/lib/diff';
import { clientQueryKey } from './get-client';
import type { Client, ClientInput } from './types';

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

/** A changed client is read again everywhere it shows: its page, the lists, its history. */
function refresh(queryClient: QueryClient, client: Client) {
  queryClient.setQueryData(clientQueryKey(client.id), client);
  void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['history', client.id] });
}

/** The change of the client being edited. */
export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ClientPatch }) => updateClient(id, version, patch),
    onSuccess: (client) => refresh(queryClient, client),
  });
}

/** A change of any client on screen (a card moved on the board); refused, the lists show what the server holds. */
export function useChangeClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: ClientPatch }) => updateClient(id, version, patch),
    onSuccess: (client) => refresh(queryClient, client),
    onError: () => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
  });
}
