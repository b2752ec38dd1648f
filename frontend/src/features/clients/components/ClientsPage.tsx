import { Button, Group, Menu, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '@/lib/session/get-me';
import { useUsers } from '@/lib/session/get-users';
import { notifyProblemSaying } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { useUrlState } from '@/lib/url-state';
import { exportClients, type ExportFormat } from '../api/export-clients';
import { useClients } from '../api/get-clients';
import { listFromUrl, listToUrl, rememberList } from '../api/list-url';
import { ClientCreator } from './ClientCreator';
import { ClientFilters } from './ClientFilters';
import { ClientTable } from './ClientTable';
import type { Client, ClientListQuery } from '../api/types';

/** Something to do with the chosen clients at once, offered by a feature the app composes in (assignment). */
export type BulkAction = {
  label: string;
  title: string;
  form: (chosen: { ids: string[]; clients: Client[]; onCancel: () => void; onDone: (message: string) => void }) => ReactNode;
};

/** The same clients another way (the pipeline's board), offered by a feature the app composes in. */
export type BoardView = (query: ClientListQuery) => ReactNode;

/**
 * The client list: search as you type, filters (both in the URL), endless pages, creation, and a bulk action;
 * or the same clients on a board.
 */
export function ClientsPage({ bulk, board: boardView }: { bulk?: BulkAction; board?: BoardView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('clients.title'));
  const me = useMe();
  // Search, filters and order live in the URL: a list can be shared, and is there again after Back.
  // The URL takes each keystroke (so a quick click away loses nothing); the server is asked once typing pauses.
  const [state, setFilters] = useUrlState(listFromUrl, listToUrl);
  const { view, ...filters } = state;
  const board = view === 'board' && Boolean(boardView);
  const [search, setSearch] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const typed = (value: string) => {
    setSearch(value);
    setFilters((current) => ({ ...current, q: value.trim() || undefined }));
  };
  const query = { ...filters, q: debounced.trim() || undefined };
  const clients = useClients(query, !board);
  const { search: address } = useLocation();
  useEffect(() => rememberList(address), [address]);
  const [creating, creation] = useDisclosure(false);
  // Serving notice, a person reads their own clients and writes up their handover: no new clients, no exports.
  const onNotice = Boolean(me.data?.noticeUntil);
  // "n" starts a new client, as "/" focuses the search: the list is worked from the keyboard.
  useHotkeys([['n', () => { if (!onNotice) creation.open(); }]], ['INPUT', 'TEXTAREA', 'SELECT']);
  const rows = clients.data?.pages.flatMap((page) => page.items) ?? [];
  const total = clients.data?.pages[0]?.total;
  // Past 10,000 the server stops counting and says so.
  const totalCapped = clients.data?.pages[0]?.totalCapped ?? false;
  const supervisor = me.data?.capabilities.includes('clients.assign') ?? false;
  const users = useUsers();
  // "Nobody": the clients waiting in a team's pool for an owner (a head of sales' choice, a lead nobody took yet).
  const owners = supervisor ? [{ value: 'none', label: t('clients.nobody') },
    ...(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))] : [];
  const teams = supervisor ? [...new Set((users.data ?? []).flatMap((user) => user.teams))].sort() : [];
  const download = (format: ExportFormat) => exportClients(query, format).catch(notifyProblemSaying({ forbidden: 'clients.exportLimit' }));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // A new search or filter starts a new selection: a bulk action only touches clients on screen.
  const queryKey = JSON.stringify(query);
  useEffect(() => setSelected(new Set()), [queryKey]);
  const [assigning, assignment] = useDisclosure(false);
  const select = (ids: string[], checked: boolean) => setSelected((current) => {
    const next = new Set(current);
    ids.forEach((id) => (checked ? next.add(id) : next.delete(id)));
    return next;
  });
  const chosen = rows.filter((client) => selected.has(client.id));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('clients.title')}</Title>
        <Group>
          {boardView && (
            <SegmentedControl aria-label={t('clients.view.label')} value={board ? 'board' : 'table'}
              data={[{ value: 'table', label: t('clients.view.table') }, { value: 'board', label: t('clients.view.board') }]}
              onChange={(value) => setFilters((current) => ({ ...current, view: value === 'board' ? 'board' : undefined }))} />
          )}
          {!onNotice && <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t('clients.export')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => download('xlsx')}>{t('clients.exportXlsx')}</Menu.Item>
              <Menu.Item onClick={() => download('csv')}>{t('clients.exportCsv')}</Menu.Item>
              <Menu.Item onClick={() => download('contacts-csv')}>{t('clients.exportContactsCsv')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>}
          {bulk && !board && selected.size > 0 && (
            <Button variant="light" onClick={assignment.open}>
              {bulk.label} ({t('clients.selected', { count: selected.size })})
            </Button>
          )}
          {!onNotice && <Button onClick={creation.open} aria-keyshortcuts="n">{t('clients.new')}</Button>}
        </Group>
      </Group>
      <ClientFilters search={search} onSearch={typed} query={filters} onChange={(next) => setFilters((current) => ({ ...next, view: current.view }))}
        canSeeDeleted={me.data?.capabilities.includes('clients.restore') ?? false} owners={owners} teams={teams}
        byLifecycle={!board} />
      {board && boardView?.(query)}
      {!board && total !== undefined && (
        <Text size="sm" c="dimmed" data-testid="client-total" aria-live="polite">{totalCapped ? t('clients.totalMore', { count: total }) : t('clients.total', { count: total })}</Text>
      )}
      {!board && <ClientTable clients={rows} pending={clients.isPending} error={clients.error}
        onOpen={(client) => navigate(`/clients/${client.id}`)}
        selected={bulk ? selected : undefined} onSelect={bulk ? select : undefined}
        sort={filters.sort} onSort={(sort) => setFilters((current) => ({ ...current, sort: sort as typeof current.sort }))}
        paging={{ hasMore: clients.hasNextPage, loading: clients.isFetchingNextPage, onMore: () => void clients.fetchNextPage() }} />}
      {bulk && (
        <Modal opened={assigning} onClose={assignment.close} title={bulk.title}>
          {bulk.form({
            ids: [...selected],
            clients: chosen,
            onCancel: assignment.close,
            onDone: (message) => {
              assignment.close();
              setSelected(new Set());
              notifications.show({ color: 'green', message });
            },
          })}
        </Modal>
      )}
      <Modal opened={creating} onClose={creation.close} title={t('clients.new')} size="xl">
        <ClientCreator
          onCancel={creation.close}
          onCreated={(client) => {
            creation.close();
            navigate(`/clients/${client.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
