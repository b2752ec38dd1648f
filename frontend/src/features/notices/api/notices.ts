import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Notice = components['schemas']['Notice'];

export const noticeKeys = { all: ['notices'] as const };

/** The reader's latest notices and how many are unread; looked at again every minute. */
export function useNotices() {
  return useQuery({
    queryKey: noticeKeys.all,
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications')),
    refetchInterval: 60_000,
  });
}

/** Marks the listed notices read, or all of them (no ids). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: string[]) =>
      unwrap(await api.POST('/api/v1/notifications/read', { body: ids ? { ids } : { all: true } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: noticeKeys.all }),
  });
}
