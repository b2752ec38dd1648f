import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';

export type StageMove = components['schemas']['StageMove'];
export type Board = components['schemas']['PipelineBoard'];
export type BoardColumn = components['schemas']['BoardColumn'];
export type BoardCard = BoardColumn['items'][number];
/** The list's filters the board takes (its stage is the column). */
export type BoardQuery = NonNullable<paths['/api/v1/pipeline/board']['get']['parameters']['query']>;

export const CARDS_PER_COLUMN = 20;

/** The board under the list's filters: per stage the count, the money and the first cards. */
export function useBoard(query: BoardQuery) {
  return useQuery({
    queryKey: ['pipeline-board', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/pipeline/board', { params: { query: { ...query, limit: CARDS_PER_COLUMN } } })),
  });
}

/** A column's next cards. */
export async function moreCards(query: BoardQuery, stageId: string, cursor: string) {
  const board = unwrap(await api.GET('/api/v1/pipeline/board', {
    params: { query: { ...query, stageId, cursor, limit: CARDS_PER_COLUMN } },
  }));
  return board.columns[0];
}
export type StageMoveInput = components['schemas']['StageMoveInput'];

/** A client's moves on the conveyor, newest first. */
export function useStageMoves(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['stage-moves', clientId],
    queryFn: async () => unwrap(await api.GET('/api/v1/clients/{clientId}/stage-moves', { params: { path: { clientId } } })).items,
    enabled,
  });
}

/** Reads again what a move changes: the client's page and lists, its history and timeline, the board. */
function refreshAfterMove(queryClient: ReturnType<typeof useQueryClient>, clientId: string) {
  return Promise.all([['clients'], ['history', clientId], ['stage-moves', clientId], ['pipeline-board']]
    .map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Moves the client to a stage. */
export function useMoveStage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StageMoveInput) =>
      unwrap(await api.POST('/api/v1/clients/{clientId}/stage', { params: { path: { clientId } }, body })),
    onSettled: () => refreshAfterMove(queryClient, clientId),
  });
}

/** Moves any client of the board (a card dropped on another column). */
export function useMoveCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ clientId, body }: { clientId: string; body: StageMoveInput }) =>
      unwrap(await api.POST('/api/v1/clients/{clientId}/stage', { params: { path: { clientId } }, body })),
    onSettled: (_moved, _error, { clientId }) => refreshAfterMove(queryClient, clientId),
  });
}

export type Routing = components['schemas']['Routing'];
export type RoutingRule = components['schemas']['RoutingRule'];
export { routingRuleValues as ROUTING_RULES } from '@/lib/api/schema';

/** How each team the caller supervises hands on the clients entering sales and account management (none: not a supervisor). */
export function useRouting() {
  return useQuery({
    queryKey: ['pipeline-routing'],
    queryFn: async () => unwrap(await api.GET('/api/v1/pipeline/routing')).items,
  });
}

/** Sets a team's rule for a phase, as read at its version (a colleague's change since is a 412). */
export function useSetRouting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ routing, rule }: { routing: Routing; rule: RoutingRule }) =>
      unwrap(await api.PUT('/api/v1/pipeline/routing/{team}/{phase}', {
        params: { path: { team: routing.team, phase: routing.phase }, header: { 'If-Match': ifMatch(routing.version) } },
        body: { rule },
      })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['pipeline-routing'] }),
  });
}
