import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordBoard, type BoardColumn } from '@/components/RecordBoard';
import { notifyProblemSaying } from '@/lib/notify';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useClients } from '../api/get-clients';
import { useChangeClient } from '../api/update-client';
import { LIFECYCLES, type Client, type ClientListQuery, type Lifecycle } from '../api/types';
import { SegmentBadge } from '@/components/SegmentBadge';

type Moves = Record<string, { to: Lifecycle; client: Client }>;

/** Which column a card stands in while its move is on its way to the server. */
function placed(columns: Record<Lifecycle, Client[]>, moves: Moves, lifecycle: Lifecycle): Client[] {
  const staying = columns[lifecycle].filter((client) => !moves[client.id] || moves[client.id].to === lifecycle);
  const arriving = Object.values(moves).filter((move) => move.to === lifecycle && move.client.lifecycle !== lifecycle)
    .map((move) => move.client);
  return [...arriving, ...staying];
}

/**
 * The clients by phase of their life with the company: prospects, customers, passive and lost ones, each
 * column counted by the server under the same filters and access rules as the list. Moving a card changes
 * the client's lifecycle (with its version, so someone else's change first is never overwritten).
 */
export function ClientBoard({ query }: { query: ClientListQuery }) {
  const { t } = useTranslation();
  const levelOf = useFieldLevels();
  const queryClient = useQueryClient();
  const change = useChangeClient();
  const [moves, setMoves] = useState<Moves>({});
  const base = { ...query, lifecycle: undefined };
  // One list per phase; `satisfies` keeps the columns in step with the phases the API defines.
  const lists = {
    prospect: useClients({ ...base, lifecycle: 'prospect' }),
    active: useClients({ ...base, lifecycle: 'active' }),
    passive: useClients({ ...base, lifecycle: 'passive' }),
    lost: useClients({ ...base, lifecycle: 'lost' }),
  } satisfies Record<Lifecycle, unknown>;
  const loaded = Object.fromEntries(LIFECYCLES.map((lifecycle) =>
    [lifecycle, lists[lifecycle].data?.pages.flatMap((page) => page.items) ?? []])) as Record<Lifecycle, Client[]>;
  const shift = (lifecycle: Lifecycle) => Object.values(moves)
    .reduce((sum, move) => sum + (move.to === lifecycle ? 1 : 0) - (move.client.lifecycle === lifecycle ? 1 : 0), 0);

  const columns: BoardColumn<Client>[] = LIFECYCLES.map((lifecycle) => {
    const list = lists[lifecycle];
    const first = list.data?.pages[0];
    return {
      key: lifecycle,
      title: t(`lifecycle.${lifecycle}`),
      items: placed(loaded, moves, lifecycle),
      count: first?.total === undefined ? undefined : first.total + shift(lifecycle),
      countCapped: first?.totalCapped,
      pending: list.isPending,
      error: list.error,
      paging: { hasMore: list.hasNextPage, loading: list.isFetchingNextPage, onMore: () => void list.fetchNextPage() },
    };
  });

  const move = (client: Client, to: string) => {
    const lifecycle = to as Lifecycle;
    setMoves((current) => ({ ...current, [client.id]: { to: lifecycle, client } }));
    change.mutateAsync({ id: client.id, version: client.version, patch: { lifecycle } })
      .catch(notifyProblemSaying({ 'stale-version': 'clients.board.stale' }))
      // The card stays where it was dropped until the lists read again say where it is.
      .then(() => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }))
      .finally(() => setMoves((current) => {
        const next = { ...current };
        delete next[client.id];
        return next;
      }));
  };

  return (
    <RecordBoard columns={columns} itemKey={(client) => client.id} itemLabel={(client) => client.name ?? client.id}
      empty={t('clients.board.empty')} testId="client-board"
      onMove={canWrite(levelOf('client.lifecycle')) ? move : undefined}
      // A card on its way is not moved again until the server's answer (and its new version) is in.
      canMove={(client) => !client.deletedAt && !moves[client.id]}
      card={(client) => (
        <Stack gap={4}>
          <Anchor component={Link} to={`/clients/${client.id}`} fw={500} size="sm" c="inherit">
            {client.name ?? t('fields.withheld')}
          </Anchor>
          <Group gap={6}>
            <SegmentBadge segment={client.segment} />
            <Text size="xs" c="dimmed">{[client.city, client.country].filter(Boolean).join(', ')}</Text>
          </Group>
          <Text size="xs" c="dimmed">{client.ownerName ?? t('clients.unassigned')}</Text>
        </Stack>
      )} />
  );
}
