import { Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTable } from '@/components/RecordTable';
import { SegmentBadge } from '@/components/SegmentBadge';
import { usePageTitle } from '@/lib/page-title';
import { useMe } from '@/lib/session/get-me';
import { segmentName, useSegments, type Segment } from '@/lib/session/segments';
import { useChangeSegment, useCreateSegment } from '../api/segments';
import { RecalculateButton } from './RecalculationDialog';
import { SegmentForm } from './SegmentForm';

/** What a rule says, in words: "the clients making the top 80 % of revenue". */
function useRuleText() {
  const { t } = useTranslation();
  return (segment: Segment) => t(`segments.says.${segment.rule.kind}`, {
    percent: segment.rule.topPercent, days: segment.rule.withinDays,
  });
}

/**
 * The company's segments, highest first: everyone sees how the base is divided and how often each kind of client
 * is to be contacted; the director and admins make and change them.
 */
export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('segments.title'));
  const segments = useSegments();
  const capabilities = useMe().data?.capabilities ?? [];
  const manages = capabilities.includes('segments.manage');
  const recalculates = capabilities.includes('segments.recalculate');
  const ruleText = useRuleText();
  const create = useCreateSegment();
  const change = useChangeSegment();
  // undefined: no form; null: a new segment; an id: that segment's changes, as last read (a 412 reads it again).
  const [editingId, setEditing] = useState<string | null | undefined>(undefined);
  const rows = segments.data ?? [];
  const editing: Segment | null | undefined = typeof editingId === 'string'
    ? rows.find((segment) => segment.id === editingId) : editingId;
  const freeRank = Math.max(0, ...rows.map((s) => s.rank)) + 1;

  const saved = () => {
    setEditing(undefined);
    notifications.show({ color: 'green', message: t('segments.saved') });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('segments.title')}</Title>
        <Group gap="xs">
          {recalculates && <RecalculateButton />}
          {manages && <Button onClick={() => setEditing(null)}>{t('segments.add')}</Button>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{t('segments.intro')}</Text>
      <RecordTable rows={rows} rowKey={(segment) => segment.id} pending={segments.isPending} error={segments.error}
        empty={t('segments.none')} testId="segments-table"
        onOpen={manages ? (segment) => setEditing(segment.id) : undefined}
        columns={[
          { key: 'rank', header: t('segments.rank'), width: 60, cell: (segment) => segment.rank },
          { key: 'name', header: t('segments.name'), cell: (segment) => <SegmentBadge segment={segment.key} /> },
          { key: 'rule', header: t('segments.rule'), cell: (segment) => <Text span size="sm">{ruleText(segment)}</Text> },
          { key: 'rhythm', header: t('segments.rhythm'), wide: true, cell: (segment) => (segment.contactRhythmDays
            ? segment.contactRhythmDays : '—') },
          { key: 'firstContact', header: t('segments.firstContact'), wide: true, cell: (segment) => (segment.firstContactDays
            ?? <Text span size="sm" c="dimmed">{t('segments.firstContactDefault')}</Text>) },
          { key: 'supervised', header: t('segments.supervised'), wide: true, cell: (segment) => (segment.supervised
            ? <Badge variant="outline" color="dark">{t('segments.supervisedYes')}</Badge> : '') },
          ...(manages ? [{ key: 'edit', header: '', cell: (segment: Segment) => (
            <Button size="compact-sm" variant="subtle" onClick={(event) => { event.stopPropagation(); setEditing(segment.id); }}>
              {t('segments.edit', { name: segmentName(segment, i18n.language) })}
            </Button>
          ) }] : []),
        ]} />
      <Modal opened={editing !== undefined} onClose={() => setEditing(undefined)} size="lg"
        title={editing ? t('segments.editTitle', { key: editing.key }) : t('segments.add')}>
        {editing !== undefined && (
          <SegmentForm key={editing ? `${editing.id}-${editing.version}` : 'new'} segment={editing ?? undefined}
            freeRank={freeRank} onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              if (editing) await change.mutateAsync({ segment: editing, input });
              else await create.mutateAsync(input);
              saved();
            }} />
        )}
      </Modal>
    </Stack>
  );
}
