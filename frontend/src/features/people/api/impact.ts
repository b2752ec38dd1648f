import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Impact = components['schemas']['Impact'];

/** Everyone the reader supervises who holds clients, most clients at risk first. */
export function useImpactRanking() {
  return useQuery({
    queryKey: ['users', 'impact'],
    queryFn: async () => unwrap(await api.GET('/api/v1/users/impact')).items,
  });
}
