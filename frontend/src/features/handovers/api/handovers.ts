import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import { handoverStateValues, type components } from '@/lib/api/schema';

export type Handover = components['schemas']['Handover'];
export type HandoverItem = components['schemas']['HandoverItem'];
export type HandoverInput = components['schemas']['HandoverInput'];
export type HandoverState = components['schemas']['HandoverState'];

/** Whose clients a handover is about: its person, or a rotation's managers in the order the clients pass on. */
export function whose(handover: Handover): string {
  if (handover.rotation) return handover.rotation.members.map((member) => member.name ?? member.id).join(' → ');
  return handover.userName ?? handover.userId ?? '';
}
export const HANDOVER_STATES: readonly HandoverState[] = handoverStateValues;

/** Query keys of the handovers feature, from one place. */
export const handoverKeys = {
  all: ['handovers'] as const,
  list: () => [...handoverKeys.all, 'list'] as const,
  one: (id: string) => [...handoverKeys.all, 'one', id] as const,
  items: (id: string) => [...handoverKeys.all, 'items', id] as const,
};

export function useHandovers() {
  return useQuery({
    queryKey: handoverKeys.list(),
    queryFn: async () => unwrap(await api.GET('/api/v1/handovers')).items,
  });
}

export function useHandover(id: string) {
  return useQuery({
    queryKey: handoverKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/handovers/{id}', { params: { path: { id } } })),
  });
}

/** The items by client name, a page at a time. */
export function useHandoverItems(id: string) {
  return useInfiniteQuery({
    queryKey: handoverKeys.items(id),
    queryFn: async ({ pageParam }) => unwrap(await api.GET('/api/v1/handovers/{id}/items',
      { params: { path: { id }, query: { cursor: pageParam, limit: 100 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useStartHandover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: HandoverInput) => unwrap(await api.POST('/api/v1/handovers', { body: input })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: handoverKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export type HandoverStep = 'submit' | 'approve' | 'complete' | 'cancel' | 'acceptSuggested';

/** One step of a handover's life; the handover and its items are read again after it. */
export function useHandoverStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: HandoverStep) => {
      const path = { params: { path: { id } } };
      switch (step) {
        case 'acceptSuggested':
          return unwrap(await api.POST('/api/v1/handovers/{id}/successors', { ...path, body: { acceptSuggested: true } }));
        case 'submit':
          return unwrap(await api.POST('/api/v1/handovers/{id}/submit', path));
        case 'approve':
          return unwrap(await api.POST('/api/v1/handovers/{id}/approve', path));
        case 'complete':
          return unwrap(await api.POST('/api/v1/handovers/{id}/complete', path));
        case 'cancel':
          return unwrap(await api.POST('/api/v1/handovers/{id}/cancel', path));
      }
    },
    onSuccess: (handover) => {
      queryClient.setQueryData(handoverKeys.one(id), handover);
      void queryClient.invalidateQueries({ queryKey: handoverKeys.items(id) });
      void queryClient.invalidateQueries({ queryKey: handoverKeys.list() });
    },
  });
}

/** One successor for the chosen items. */
export function useAssignSuccessor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ successorId, itemIds }: { successorId: string; itemIds: string[] }) =>
      unwrap(await api.POST('/api/v1/handovers/{id}/successors', { params: { path: { id } }, body: { successorId, itemIds } })),
    onSuccess: (handover) => {
      queryClient.setQueryData(handoverKeys.one(id), handover);
      void queryClient.invalidateQueries({ queryKey: handoverKeys.items(id) });
    },
  });
}

/** A successor acknowledges having read the write-up: of the listed items of theirs, or of all (no ids). */
export function useAcknowledge(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (itemIds?: string[]) =>
      unwrap(await api.POST('/api/v1/handovers/{id}/acknowledge', { params: { path: { id } }, body: { itemIds } })),
    onSuccess: (handover) => {
      queryClient.setQueryData(handoverKeys.one(id), handover);
      void queryClient.invalidateQueries({ queryKey: handoverKeys.items(id) });
    },
  });
}

export type ClientHandover = components['schemas']['ClientHandover'];

/** What the client's handovers left for its holder (completed ones; open ones for those who run them). */
export function useClientHandovers(clientId: string) {
  return useQuery({
    queryKey: [...handoverKeys.all, 'client', clientId],
    queryFn: async () => unwrap(await api.GET('/api/v1/clients/{id}/handovers', { params: { path: { id: clientId } } })).items,
  });
}

export type HandoverItemInput = components['schemas']['HandoverItemInput'];

/** The write-up of one item, with the version it was read at (someone else's change first answers 412). */
export function useUpdateItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ item, patch }: { item: HandoverItem; patch: HandoverItemInput }) =>
      unwrap(await api.PATCH('/api/v1/handovers/{id}/items/{itemId}', {
        params: { path: { id, itemId: item.id }, header: { 'If-Match': ifMatch(item.version) } },
        body: patch,
        headers: MERGE_PATCH,
      })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: handoverKeys.items(id) });
      void queryClient.invalidateQueries({ queryKey: handoverKeys.one(id) });
    },
  });
}

export type CorrectionInput = components['schemas']['HandoverCorrectionInput'];

/** A completed item given to another successor, with why; the handover, its items and the client are read again. */
export function useCorrectItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, input }: { itemId: string; input: CorrectionInput }) =>
      unwrap(await api.POST('/api/v1/handovers/{id}/items/{itemId}/correction',
        { params: { path: { id, itemId } }, body: input })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: handoverKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export type Letter = components['schemas']['Letter'];

/** Holds a client's letter back with a reason, or lets it go again (no reason); the items are read again. */
export function useHoldLetter(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, reason }: { itemId: string; reason?: string }) => {
      const path = { params: { path: { id, itemId } } };
      return unwrap(reason === undefined
        ? await api.DELETE('/api/v1/handovers/{id}/items/{itemId}/letter-hold', path)
        : await api.PUT('/api/v1/handovers/{id}/items/{itemId}/letter-hold', { ...path, body: { reason } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: handoverKeys.items(id) }),
  });
}

/** Clients handed over whose successor has not reached them in time (for those who run handovers). */
export function useOverdueFirstContacts(enabled = true) {
  return useQuery({
    queryKey: [...handoverKeys.all, 'overdue-first-contacts'],
    queryFn: async () => unwrap(await api.GET('/api/v1/handovers/overdue-first-contacts')),
    enabled,
  });
}

export type Commitments = components['schemas']['Commitments'];
export type CommitmentInput = components['schemas']['CommitmentInput'];

/** A departure's commitments (suggestions until recorded): for its leaver and those who run it. */
export function useCommitments(id: string, enabled = true) {
  return useQuery({
    queryKey: [...handoverKeys.one(id), 'commitments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/handovers/{id}/commitments', { params: { path: { id } } })),
    enabled,
  });
}

/** Records the commitments as a whole, at the version read (someone else's recording first answers 412). */
export function useRecordCommitments(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, input }: { version: number; input: CommitmentInput }) =>
      unwrap(await api.PUT('/api/v1/handovers/{id}/commitments', {
        params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: input })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: handoverKeys.one(id) }),
  });
}

export type LeaverWatch = components['schemas']['LeaverWatch'];

/** A departure's exfiltration watch: for those who run it. */
export function useLeaverWatch(id: string, enabled = true) {
  return useQuery({
    queryKey: [...handoverKeys.one(id), 'watch'],
    queryFn: async () => unwrap(await api.GET('/api/v1/handovers/{id}/watch', { params: { path: { id } } })),
    enabled,
  });
}
