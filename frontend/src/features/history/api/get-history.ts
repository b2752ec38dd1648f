import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type HistoryEntry = components['schemas']['HistoryEntry'];

const PAGE_SIZE = 50;

/** Other features invalidate ['history', clientId] after their changes; keep the prefix stable. */
export function historyQueryKey(clientId: string) {
  return ['history', clientId] as const;
}

export async function getHistory(clientId: string, cursor?: string) {
  return unwrap(
    await api.GET('/api/v1/clients/{clientId}/history', {
      params: { path: { clientId }, query: { limit: PAGE_SIZE, cursor } },
    }),
  );
}

/** The client's change history, newest first, fetched page by page. */
export function useHistory(clientId: string) {
  return useInfiniteQuery({
    queryKey: historyQueryKey(clientId),
    queryFn: ({ pageParam }) => getHistory(clientId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
