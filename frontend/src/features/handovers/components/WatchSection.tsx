import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { useLeaverWatch, type Handover } from '../api/handovers';

/** Days shown: the last two weeks of the notice (a flagged day stays listed however old). */
const SHOWN = 14;

/**
 * The exfiltration watch of a departure, for those who run it: what the person leaving read and exported each day of
 * their notice against their usual day before it; flagged days in red with their largest reads from the audit log.
 */
export function WatchSection({ handover, readsAudit }: { handover: Handover; readsAudit: boolean }) {
  const { t } = useTranslation();
  const format = useFormats();
  const watch = useLeaverWatch(handover.id);
  if (!watch.data) return null;
  const w = watch.data;
  const days = w.days.filter((day, index) => index < SHOWN || day.flagged);
  const flagged = w.days.filter((day) => day.flagged).length;
  return (
    <Paper withBorder p="md" data-testid="leaver-watch">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">{t('watch.title')}</Title>
          {flagged > 0 && <Badge color="red.9">{t('watch.flaggedDays', { count: flagged })}</Badge>}
        </Group>
        <Text size="sm">{t('watch.explain', { name: handover.userName ?? handover.userId, usual: w.usualPerDay, threshold: w.threshold })}</Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('watch.day')}</Table.Th><Table.Th>{t('watch.records')}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => (
              <Table.Tr key={day.day}>
                <Table.Td>{format.calendarDay(day.day)}</Table.Td>
                <Table.Td>{day.records}</Table.Td>
                <Table.Td>{day.flagged && <Badge color="red.9" variant="light">{t('watch.beyond')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {w.evidence.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>{t('watch.evidence')}</Text>
            {w.evidence.map((entry) => (
              <Text key={`${entry.at}-${entry.action}-${entry.records}`} size="sm">
                {format.moment(entry.at)} · {entry.action} · {entry.entityType} · {t('watch.recordsCount', { count: entry.records })}
                {entry.detail ? ` · ${entry.detail}` : ''}{entry.sourceIp ? ` · ${entry.sourceIp}` : ''}
              </Text>
            ))}
          </Stack>
        )}
        {readsAudit && handover.userId && (
          <Anchor component={Link} to={`/audit?actorId=${encodeURIComponent(handover.userId)}`} size="sm">
            {t('watch.auditLink')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
