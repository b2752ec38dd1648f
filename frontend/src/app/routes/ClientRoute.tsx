import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { ModalsProvider, modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '@/lib/session/get-me';
import { useDeleteClient } from '@/features/clients/api/delete-client';
import { useRestoreClient } from '@/features/clients/api/restore-client';
import { clientQueryKey, useClient } from '@/features/clients/api/get-client';
import { lastListUrl } from '@/features/clients/api/list-url';
import { ClientDetails } from '@/features/clients/components/ClientDetails';
import { ClientEditor } from '@/features/clients/components/ClientEditor';
import { LifecycleBadge } from '@/features/clients/components/LifecycleBadge';
import { SegmentBadge } from '@/components/SegmentBadge';
import { SegmentPlacementControl } from '@/features/segments/components/SegmentPlacementControl';
import { ActivitiesSection } from '@/features/activities/components/ActivitiesSection';
import { ContactsSection } from '@/features/contacts/components/ContactsSection';
import { ClientHandoverNotes } from '@/features/handovers/components/ClientHandoverNotes';
import { HistoryList } from '@/features/history/components/HistoryList';
import { OrdersSection } from '@/features/orders/components/OrdersSection';
import { PartiesSection } from '@/features/parties/components/PartiesSection';
import { StageControl } from '@/features/pipeline/components/StageControl';
import { StageTimeline } from '@/features/pipeline/components/StageTimeline';
import { notifyProblem, notifyProblemSaying, problemText } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { isProblem, isStaleVersion } from '@/lib/problem';

/** One client: card, edit, delete/restore, contact persons, the people in front of it, orders, and history. */
export function ClientRoute() {
  // Confirmations (delete, end a party) are asked only on this page: their code loads with it.
  return <ModalsProvider><ClientFile /></ModalsProvider>;
}

function ClientFile() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const queryClient = useQueryClient();
  const client = useClient(id);
  const remove = useDeleteClient(id);
  const restore = useRestoreClient(id);
  const [editing, setEditing] = useState(false);
  usePageTitle(client.isError ? t('clients.notFound') : client.data?.name ?? undefined);

  if (client.isPending) return <Center p="xl"><Loader /></Center>;
  if (client.isError) {
    const failure = isProblem(client.error) && client.error.status === 404
      ? { title: t('clients.notFound'), message: t('clients.notFoundDetail') }
      : problemText(client.error);
    return <Alert color="red" title={failure.title}>{failure.message}</Alert>;
  }
  const data = client.data;
  const deleted = Boolean(data.deletedAt);
  // The record is refetched on failure; the user sees the colleague's change before deciding again.
  const onDeleteError = (error: unknown) => isStaleVersion(error)
    ? notifications.show({ color: 'orange', title: t('conflict.title'), message: t('conflict.deleteDetail') })
    : notifyProblem(error);
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('clients.deleteTitle'),
      children: <Text size="sm">{t('clients.deleteConfirm', { name: data.name })}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      // The version on screen: if someone changed the client since, nothing is deleted (412).
      onConfirm: () => remove.mutate(data.version, { onSuccess: () => navigate(lastListUrl()), onError: onDeleteError }),
    });

  // A client handed on to the next phase may be out of the mover's sight now: back to the list, the toast says to whom.
  const onMoved = () => {
    if (queryClient.getQueryState(clientQueryKey(id))?.status === 'error') navigate(lastListUrl());
  };

  return (
    <Stack>
      <Anchor component={Link} to={lastListUrl()} size="sm">← {t('clients.title')}</Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">{data.name ?? t('fields.withheld')}</Title>
          <LifecycleBadge lifecycle={data.lifecycle} />
          <SegmentBadge segment={data.segment} />
          <SegmentPlacementControl clientId={id} clientVersion={data.version} readOnly={deleted} />
          <StageControl client={data} readOnly={deleted} onMoved={onMoved} />
        </Group>
        <Group>
          {!deleted && !editing && <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>}
          {!deleted && me.data?.capabilities.includes('clients.delete') && (
            <Button variant="outline" color="red" onClick={confirmDelete}>{t('actions.delete')}</Button>
          )}
          {deleted && me.data?.capabilities.includes('clients.restore') && (
            <Button color="green" loading={restore.isPending} onClick={() => restore.mutate(undefined, { onError: notifyProblemSaying({ conflict: 'conflict.alreadyRestored' }) })}>
              {t('actions.restore')}
            </Button>
          )}
        </Group>
      </Group>
      {deleted && <Alert color="gray">{t('clients.deletedNotice')}</Alert>}
      <Paper withBorder p="md">
        {editing ? (
          <ClientEditor client={data} onDone={() => setEditing(false)}
            // A failed refetch keeps the old data: that is no current version to re-apply the typing on.
            onReload={async () => { const fresh = await client.refetch(); return fresh.isError ? undefined : fresh.data; }} />
        ) : (
          <ClientDetails client={data} />
        )}
      </Paper>
      <ClientHandoverNotes clientId={id} />
      <Tabs defaultValue="contacts">
        <Tabs.List>
          <Tabs.Tab value="contacts">{t('contacts.title')} ({data.contactCount})</Tabs.Tab>
          <Tabs.Tab value="activities">{t('activities.title')}</Tabs.Tab>
          <Tabs.Tab value="parties">{t('parties.title')}</Tabs.Tab>
          <Tabs.Tab value="pipeline">{t('pipeline.title')}</Tabs.Tab>
          <Tabs.Tab value="orders">{t('orders.title')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contacts" pt="md"><ContactsSection clientId={id} readOnly={deleted} /></Tabs.Panel>
        <Tabs.Panel value="activities" pt="md"><ActivitiesSection clientId={id} readOnly={deleted} /></Tabs.Panel>
        <Tabs.Panel value="parties" pt="md">
          <PartiesSection clientId={id} prospect={data.lifecycle === 'prospect'} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline" pt="md"><StageTimeline clientId={id} /></Tabs.Panel>
        <Tabs.Panel value="orders" pt="md"><OrdersSection client={data} readOnly={deleted} /></Tabs.Panel>
        <Tabs.Panel value="history" pt="md"><HistoryList clientId={id} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
