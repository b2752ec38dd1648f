import { Anchor, Badge, Box, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordTable, type Column } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import type { Client } from '../api/types';
import { SegmentBadge } from '@/components/SegmentBadge';
import { LifecycleBadge } from './LifecycleBadge';

type Props = {
  clients: Client[];
  pending: boolean;
  error: unknown;
  onOpen: (client: Client) => void;
  /** With a selection, each row gets a checkbox (for bulk actions); Space toggles it from the keyboard. */
  selected?: Set<string>;
  onSelect?: (ids: string[], checked: boolean) => void;
  sort?: string;
  onSort: (sort: string) => void;
  paging: { hasMore: boolean; loading: boolean; onMore: () => void };
};

/**
 * The client list; each row opens on click or Enter, and its name is a real link (a new tab, a copied
 * address). On a phone a row keeps what identifies the client (name, phase, segment) and fits the screen.
 */
export function ClientTable({ clients, pending, error, onOpen, selected, onSelect, sort, onSort, paging }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const columns: Column<Client>[] = [
    {
      key: 'name',
      header: t('clients.fields.name'),
      sort: { asc: 'name', desc: '-name' },
      cell: (client) => (
        <Group gap={6} wrap="nowrap">
          {/* Keyboard users open the row itself; the link is for the mouse (new tab, copy address). */}
          <Anchor component={Link} to={`/clients/${client.id}`} fw={500} c="inherit" tabIndex={-1}
            onClick={(event) => event.stopPropagation()}>
            {client.name ?? t('fields.withheld')}
          </Anchor>
          {client.deletedAt && <Badge size="xs" color="gray.8">{t('clients.deletedBadge')}</Badge>}
        </Group>
      ),
    },
    { key: 'city', header: t('clients.fields.city'), wide: true,
      cell: (client) => [client.city, client.country].filter(Boolean).join(', ') },
    {
      key: 'lifecycle',
      header: t('clients.fields.lifecycle'),
      // On a phone the segment stands under the phase: both whole, and the row still fits 390 px.
      cell: (client) => (
        <Stack gap={4} align="flex-start">
          <LifecycleBadge lifecycle={client.lifecycle} />
          <Box hiddenFrom="sm"><SegmentBadge segment={client.segment} /></Box>
        </Stack>
      ),
    },
    { key: 'segment', header: t('clients.fields.segment'), wide: true, cell: (client) => <SegmentBadge segment={client.segment} /> },
    { key: 'owner', header: t('clients.fields.owner'), wide: true, cell: (client) => client.ownerName ?? t('clients.unassigned') },
    { key: 'contacts', header: t('clients.fields.contacts'), wide: true, cell: (client) => client.contactCount },
    { key: 'updatedAt', header: t('clients.fields.updatedAt'), wide: true, sort: { asc: 'updatedAt', desc: '-updatedAt' },
      cell: (client) => format.day(client.updatedAt) },
  ];
  return (
    <RecordTable rows={clients} rowKey={(client) => client.id} columns={columns} pending={pending} error={error}
      empty={t('clients.empty')} onOpen={onOpen} paging={paging} sort={{ current: sort, onChange: onSort }}
      selection={selected && onSelect ? {
        selected, onSelect, allLabel: t('parties.selectAll'),
        rowLabel: (client) => t('parties.select', { name: client.name ?? client.id }),
      } : undefined} />
  );
}
