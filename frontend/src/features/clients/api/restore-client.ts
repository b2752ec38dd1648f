import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { clientQueryKey } from './get-client';

/** Brings a deleted client back; a client that is not deleted (someone restored it first) answers 409. */
export async function restoreClient(id: string) {
  return unwrap(await api.POST('/api/v1/clients/{id}/restore', { params: { path: { id } } }));
}

export function useRestoreClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => restoreClient(id),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQueryKey(id), client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['history', id] });
    },
    // Refused (e.g. already restored by a colleague): show the client as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: clientQueryKey(id) }),
  });
}
