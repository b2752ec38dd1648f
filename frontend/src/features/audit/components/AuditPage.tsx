import { Alert, Anchor, Badge, Button, Center, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { auditActionValues } from '@/lib/api/schema';
import { usePageTitle } from '@/lib/page-title';
import { Link } from 'react-router';
import { useUsers } from '@/lib/session/get-users';
import { useAudit, type AuditQuery } from '../api/get-audit';
import { periodOf } from '../api/period';
import { problemMessage } from '@/lib/notify';

const ACTIONS = auditActionValues;

/** Who read, changed or exported what: for the director, and heads of sales about their teams. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  const [query, setQuery] = useState<AuditQuery>({});
  const [days, setDays] = useState({ from: '', to: '' });
  const audit = useAudit({ ...query, ...periodOf(days.from, days.to) });
  const users = useUsers();
  const format = useFormats();
  const rows = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">{t('audit.title')}</Title>
      <Group>
        <Select label={t('audit.who')} clearable searchable w={220}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={query.actorId ?? null} onChange={(value) => setQuery({ ...query, actorId: value ?? undefined })} />
        <Select label={t('audit.action')} clearable w={160}
          data={ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
          value={query.action ?? null}
          onChange={(value) => setQuery({ ...query, action: (value ?? undefined) as AuditQuery['action'] })} />
        <TextInput type="date" label={t('audit.fromDay')} value={days.from} max={days.to || undefined}
          onChange={(event) => setDays({ ...days, from: event.currentTarget.value })} />
        <TextInput type="date" label={t('audit.toDay')} value={days.to} min={days.from || undefined}
          onChange={(event) => setDays({ ...days, to: event.currentTarget.value })} />
      </Group>
      {audit.isPending && <Loader />}
      {audit.isError && <Alert color="red">{problemMessage(audit.error)}</Alert>}
      {audit.isSuccess && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.when')}</Table.Th>
              <Table.Th>{t('audit.who')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.what')}</Table.Th>
              <Table.Th>{t('audit.count')}</Table.Th>
              <Table.Th>{t('audit.from')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{format.instant(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? entry.actorId}</Table.Td>
                <Table.Td><Badge variant="light" color={entry.action === 'export' ? 'orange' : 'blue'}>
                  {t(`audit.actions.${entry.action}`)}</Badge></Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {i18n.exists(`audit.entity.${entry.entityType}`) ? t(`audit.entity.${entry.entityType}`) : entry.entityType}{' '}
                    {entry.clientId && entry.clientName && (
                      <Anchor component={Link} to={`/clients/${entry.clientId}`} size="sm">{entry.clientName}</Anchor>
                    )}{' '}
                    {entry.detail}
                  </Text>
                </Table.Td>
                <Table.Td>{entry.recordCount}</Table.Td>
                <Table.Td>{entry.sourceIp}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {audit.isSuccess && rows.length === 0 && <Text c="dimmed" ta="center" p="xl">{t('audit.empty')}</Text>}
      {audit.hasNextPage && (
        <Center><Button variant="light" onClick={() => audit.fetchNextPage()}>{t('clients.loadMore')}</Button></Center>
      )}
    </Stack>
  );
}
