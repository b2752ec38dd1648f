import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

/** The audit log, newest first, paged by cursor. */
export function useAudit(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/audit', { params: { query: { ...query, cursor: pageParam, limit: 100 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
