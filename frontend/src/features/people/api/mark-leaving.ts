import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Marks a person as leaving: Relay refuses them at once and Keycloak disables them. */
export function useMarkLeaving() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, note }: { id: string; note: string }) =>
      unwrap(await api.POST('/api/v1/users/{id}/departure', { params: { path: { id } }, body: { note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
