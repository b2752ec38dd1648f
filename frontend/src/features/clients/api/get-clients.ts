import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ClientListQuery } from './types';

export const PAGE_SIZE = 50;

export function clientsQueryKey(query: ClientListQuery) {
  return ['clients', 'list', query] as const;
}

/** One page; the first also brings the total of matching clients (counted under the same access rules). */
export async function getClients(query: ClientListQuery, cursor?: string) {
  const total = cursor ? undefined : true;
  return unwrap(await api.GET('/api/v1/clients', { params: { query: { ...query, cursor, limit: PAGE_SIZE, total } } }));
}

/** The client list as pages fetched by keyset cursor, for infinite scrolling. */
export function useClients(query: ClientListQuery, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: clientsQueryKey(query),
    queryFn: ({ pageParam }) => getClients(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
