import { Anchor, Badge, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTable } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import { auditActionValues } from '@/lib/api/schema';
import { usePageTitle } from '@/lib/page-title';
import { Link, useSearchParams } from 'react-router';
import { useUsers } from '@/lib/session/get-users';
import { useAudit, type AuditQuery } from '../api/get-audit';
import { periodOf } from '../api/period';

const ACTIONS = auditActionValues;

/** Who read, changed or exported what: for the director, and heads of sales about their teams. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  // A link may open it on one person's entries (the exfiltration watch of a handover does).
  const [params] = useSearchParams();
  const [query, setQuery] = useState<AuditQuery>(() => ({ actorId: params.get('actorId') ?? undefined }));
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
      <RecordTable rows={rows} rowKey={(entry) => String(entry.id)} pending={audit.isPending} error={audit.error}
        empty={t('audit.empty')} testId="audit-table"
        paging={{ hasMore: audit.hasNextPage, loading: audit.isFetchingNextPage, onMore: () => void audit.fetchNextPage() }}
        columns={[
          { key: 'at', header: t('audit.when'), cell: (entry) => format.instant(entry.at) },
          { key: 'who', header: t('audit.who'), cell: (entry) => entry.actorName ?? entry.actorId },
          { key: 'action', header: t('audit.action'), cell: (entry) => (
            <Badge variant="light" color={entry.action === 'export' ? 'orange' : 'blue'}>{t(`audit.actions.${entry.action}`)}</Badge>
          ) },
          { key: 'what', header: t('audit.what'), cell: (entry) => (
            <Text size="sm">
              {i18n.exists(`audit.entity.${entry.entityType}`) ? t(`audit.entity.${entry.entityType}`) : entry.entityType}{' '}
              {entry.clientId && entry.clientName && (
                <Anchor component={Link} to={`/clients/${entry.clientId}`} size="sm">{entry.clientName}</Anchor>
              )}{' '}
              {entry.detail}
            </Text>
          ) },
          { key: 'count', header: t('audit.count'), wide: true, cell: (entry) => entry.recordCount },
          { key: 'from', header: t('audit.from'), wide: true, cell: (entry) => entry.sourceIp },
        ]} />
    </Stack>
  );
}
