import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import { assignmentInputKindValues, type components } from '@/lib/api/schema';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';

export type Party = components['schemas']['Party'];
export type PartyKind = Party['kind'];
export type AssignmentInput = components['schemas']['AssignmentInput'];
export type AssignableKind = AssignmentInput['kind'];

export const ASSIGNABLE_KINDS: readonly AssignableKind[] = assignmentInputKindValues;

/** The field rule that governs each kind (the server's PartyKind says the same); /me gives the caller's levels. */
export const KIND_FIELD: Record<PartyKind, string> = {
  owner: 'client.ownerId', 'co-owner': 'client.coOwnerId', partner: 'party.partner',
  'temporary-owner': 'party.temporaryOwner', successor: 'party.successor', 'executive-sponsor': 'party.executiveSponsor',
  finder: 'party.finder', qualifier: 'party.qualifier', closer: 'party.closer',
};

/** The kinds the caller may assign, by the field rules in force (the server refuses the others anyway). */
export function useAssignableKinds(): AssignableKind[] {
  const level = useFieldLevels();
  return ASSIGNABLE_KINDS.filter((kind) => canWrite(level(KIND_FIELD[kind])));
}

const partiesKey = (clientId: string) => ['parties', clientId] as const;

/** The people in front of a client; with `ended`, also who stood there before. */
export function useParties(clientId: string, ended: boolean) {
  return useQuery({
    queryKey: [...partiesKey(clientId), ended],
    queryFn: async () => unwrap(await api.GET('/api/v1/clients/{id}/parties', {
      params: { path: { id: clientId }, query: { ended: ended || undefined } },
    })),
  });
}

function refreshAfterAssignment(queryClient: QueryClient, clientIds: string[]) {
  void queryClient.invalidateQueries({ queryKey: ['clients'] });
  clientIds.forEach((id) => {
    void queryClient.invalidateQueries({ queryKey: partiesKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['history', id] });
  });
}

/** One person in front of one or many clients, all or nothing. */
export function useAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AssignmentInput) => unwrap(await api.POST('/api/v1/assignments', { body: input })),
    onSettled: (_data, _error, input) => refreshAfterAssignment(queryClient, input.clientIds),
  });
}

/** Ends a party as the user saw it (its version); it stays on record. */
export function useEndParty(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (party: Party) => unwrap(await api.DELETE('/api/v1/clients/{id}/parties/{partyId}', {
      params: { path: { id: clientId, partyId: party.id }, header: { 'If-Match': ifMatch(party.version) } },
    })),
    onSettled: () => refreshAfterAssignment(queryClient, [clientId]),
  });
}
