import { Anchor, Badge, Checkbox, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { Link } from 'react-router';
import type { Client } from '../api/types';
import { LifecycleBadge, SegmentBadge } from './LifecycleBadge';

type Props = {
  clients: Client[];
  onOpen: (client: Client) => void;
  /** With a selection, each row gets a checkbox (for bulk actions); Space toggles it from the keyboard. */
  selected?: Set<string>;
  onSelect?: (ids: string[], checked: boolean) => void;
};

/**
 * The client list rows; each row opens on click or Enter, so the list works from the keyboard. On a phone
 * a row keeps what identifies the client (name, phase, segment) and fits the screen.
 */
export function ClientTable({ clients, onOpen, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Table highlightOnHover striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          {selected && onSelect && (
            <Table.Th w={36}>
              <Checkbox aria-label={t('parties.selectAll')}
                checked={clients.length > 0 && clients.every((client) => selected.has(client.id))}
                indeterminate={clients.some((client) => selected.has(client.id)) && !clients.every((client) => selected.has(client.id))}
                onChange={(event) => onSelect(clients.map((client) => client.id), event.currentTarget.checked)} />
            </Table.Th>
          )}
          <Table.Th>{t('clients.fields.name')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('clients.fields.city')}</Table.Th>
          <Table.Th>{t('clients.fields.lifecycle')}</Table.Th>
          <Table.Th>{t('clients.fields.segment')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('clients.fields.owner')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('clients.fields.contacts')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('clients.fields.updatedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((client) => (
          <Table.Tr
            key={client.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => onOpen(client)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onOpen(client);
              if (event.key === ' ' && selected && onSelect) {
                event.preventDefault();
                onSelect([client.id], !selected.has(client.id));
              }
            }}
          >
            {selected && onSelect && (
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Checkbox aria-label={t('parties.select', { name: client.name ?? client.id })} checked={selected.has(client.id)}
                  onChange={(event) => onSelect([client.id], event.currentTarget.checked)} />
              </Table.Td>
            )}
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                {/* A real link too: open in a new tab, copy its address; keyboard users open the row itself. */}
                <Anchor component={Link} to={`/clients/${client.id}`} fw={500} c="inherit" tabIndex={-1}
                  onClick={(event) => event.stopPropagation()}>
                  {client.name ?? t('fields.withheld')}
                </Anchor>
                {client.deletedAt && <Badge size="xs" color="gray">{t('clients.deletedBadge')}</Badge>}
              </Group>
            </Table.Td>
            <Table.Td visibleFrom="sm">{[client.city, client.country].filter(Boolean).join(', ')}</Table.Td>
            <Table.Td><LifecycleBadge lifecycle={client.lifecycle} /></Table.Td>
            <Table.Td><SegmentBadge segment={client.segment} /></Table.Td>
            <Table.Td visibleFrom="sm">{client.ownerName ?? t('clients.unassigned')}</Table.Td>
            <Table.Td visibleFrom="sm">{client.contactCount}</Table.Td>
            <Table.Td visibleFrom="sm">{format.day(client.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
