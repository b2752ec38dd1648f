import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

export const meQueryKey = ['me'] as const;

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'));
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });
}
