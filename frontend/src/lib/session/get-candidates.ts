import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type CandidateKind = components['schemas']['AssignmentInput']['kind'];

/**
 * Who may stand in front of a client in this kind and phase (the server knows who may hold what): what
 * every people picker offers, for assignments and handovers alike.
 */
export function useCandidates(kind: CandidateKind, prospect: boolean, enabled = true) {
  return useQuery({
    queryKey: ['candidates', kind, prospect],
    queryFn: async () => unwrap(await api.GET('/api/v1/assignments/candidates', {
      params: { query: { kind, prospect: prospect || undefined } },
    })).items,
    enabled,
    staleTime: 60_000,
  });
}
