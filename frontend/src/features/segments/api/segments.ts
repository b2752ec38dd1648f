import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Segment } from '@/lib/session/segments';

export type SegmentInput = components['schemas']['SegmentInput'];
export type SegmentRuleKind = components['schemas']['SegmentRuleKind'];
export { segmentRuleKindValues as RULE_KINDS } from '@/lib/api/schema';

/** Every screen showing a segment reads the one list: a change shows everywhere at once. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['segments'] });
}

export function useCreateSegment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: SegmentInput) => unwrap(await api.POST('/api/v1/segments', { body: input })),
    onSuccess: refresh,
  });
}

/**
 * Changes a segment as read at its version (a colleague's change since is a 412). The rule goes whole, its
 * unused numbers as null, so that a merge patch clears what the new kind does not take.
 */
export function useChangeSegment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ segment, input }: { segment: Segment; input: SegmentInput }) => {
      const { key: _key, ...changes } = input;
      const rule = { kind: input.rule.kind, topPercent: input.rule.topPercent ?? null, withinDays: input.rule.withinDays ?? null };
      // A name cleared in a language goes (null), and falls back to English.
      const names = { en: input.names.en, ro: input.names.ro ?? null, ru: input.names.ru ?? null, es: input.names.es ?? null };
      return unwrap(await api.PATCH('/api/v1/segments/{id}', {
        params: { path: { id: segment.id }, header: { 'If-Match': ifMatch(segment.version) } },
        body: { ...changes, names, rule, contactRhythmDays: input.contactRhythmDays ?? null,
          firstContactDays: input.firstContactDays ?? null } as unknown as SegmentInput,
        headers: MERGE_PATCH,
      }));
    },
    onSettled: refresh,
  });
}

export type Recalculation = components['schemas']['SegmentRecalculation'];
export type Placement = components['schemas']['SegmentPlacement'];

/** Who the rules would move where now, within what the caller sees; nothing moves yet. */
export function usePreviewRecalculation() {
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/segments/recalculation', { body: { preview: true } })),
  });
}

/** Moves exactly the previewed clients (a 409 when anything changed since: preview again). */
export function useApplyRecalculation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (recalculationId: string) =>
      unwrap(await api.POST('/api/v1/segments/recalculation', { body: { recalculationId } })),
    // Clients moved: their lists, pages, histories and who holds how many top clients.
    onSuccess: () => Promise.all([['clients'], ['history'], ['users', 'impact']]
      .map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** Read again whenever the client's version moves (a change in the form pins its segment too). */
export function usePlacement(clientId: string, clientVersion: number, enabled: boolean) {
  return useQuery({
    queryKey: ['segment-placement', clientId, clientVersion],
    queryFn: async () => unwrap(await api.GET('/api/v1/clients/{clientId}/segment', { params: { path: { clientId } } })),
    enabled,
  });
}

/** Sets the client's segment by hand with a reason, or (`pinned: false`) gives it back to the rules. */
export function usePlace(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['SegmentPlacementInput']) =>
      unwrap(await api.POST('/api/v1/clients/{clientId}/segment', { params: { path: { clientId } }, body })),
    // The client itself shows the segment, and its history the change: read them again too.
    onSettled: () => Promise.all([['clients'], ['history', clientId], ['segment-placement', clientId]]
      .map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
