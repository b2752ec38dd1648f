import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type UserSummary = components['schemas']['UserSummary'];

/** The people directory, for owner pickers and filters in any feature. */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => unwrap(await api.GET('/api/v1/users')).items,
    staleTime: 5 * 60_000,
  });
}
