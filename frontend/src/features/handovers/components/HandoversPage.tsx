import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RecordTable } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import { usePageTitle } from '@/lib/page-title';
import { useMe } from '@/lib/session/get-me';
import { useHandovers, whose } from '../api/handovers';
import { PlanRotation } from './PlanRotation';
import { HandoverBadge } from './StateBadge';

/** Every handover the caller runs or that is theirs, newest first; supervisors plan rotations from here. */
export function HandoversPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const navigate = useNavigate();
  usePageTitle(t('handovers.title'));
  const handovers = useHandovers();
  const me = useMe();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('handovers.title')}</Title>
        {me.data?.capabilities.includes('people.depart') && <PlanRotation />}
      </Group>
      <Text size="sm" c="dimmed">{t('handovers.intro')}</Text>
      <RecordTable rows={handovers.data ?? []} rowKey={(handover) => handover.id} pending={handovers.isPending}
        error={handovers.error} empty={t('handovers.empty')} testId="handovers-table"
        onOpen={(handover) => navigate(`/handovers/${handover.id}`)} columns={[
          { key: 'person', header: t('handovers.person'), cell: whose },
          { key: 'kind', header: t('handovers.kindLabel'), cell: (handover) => t(`handovers.type.${handover.kind}`) },
          { key: 'state', header: t('handovers.stateLabel'), cell: (handover) => <HandoverBadge handover={handover} /> },
          { key: 'progress', header: t('handovers.progress'),
            cell: (handover) => handover.cover
              ? t('handovers.coverSummary', { name: handover.cover.substituteName ?? handover.cover.substituteId,
                from: format.calendarDay(handover.cover.startsOn), to: format.calendarDay(handover.cover.endsOn) })
              : handover.partnership
                ? t(handover.partnership.endsOn ? 'handovers.partnershipUntil' : 'handovers.partnershipSummary', {
                  name: handover.partnership.partnerName ?? handover.partnership.partnerId,
                  duties: handover.partnership.duties, from: format.calendarDay(handover.partnership.startsOn),
                  to: handover.partnership.endsOn ? format.calendarDay(handover.partnership.endsOn) : '' })
                : t('handovers.withSuccessor', { done: handover.withSuccessor, total: handover.items }) },
          { key: 'lastDay', header: t('handovers.day'), wide: true,
            cell: (handover) => {
              const day = handover.lastWorkingDay ?? handover.rotation?.startsOn;
              return day ? format.calendarDay(day) : '—';
            } },
        ]} />
    </Stack>
  );
}
