import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type PersonProfile = components['schemas']['PersonProfile'];

const profileKey = (id: string) => ['users', id, 'profile'] as const;

/** A person's corporate phone and mailbox: what letters to their clients name. */
export function useProfile(id: string) {
  return useQuery({
    queryKey: profileKey(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/users/{id}/profile', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useKeepProfile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (profile: PersonProfile) =>
      unwrap(await api.PUT('/api/v1/users/{id}/profile', { params: { path: { id } }, body: profile })),
    onSuccess: (kept) => queryClient.setQueryData(profileKey(id), kept),
  });
}
