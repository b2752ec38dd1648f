import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { clientQueryKey } from './get-client';

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
  });
}
