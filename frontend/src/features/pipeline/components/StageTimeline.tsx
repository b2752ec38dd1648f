import { Alert, Center, Loader, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { useStageNames } from '@/lib/session/stages';
import { useStageMoves } from '../api/pipeline';

/** A client's way along the conveyor, newest first: each move with who, when, why, the next step and any hand-over. */
export function StageTimeline({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const moves = useStageMoves(clientId, true);
  const { nameOf } = useStageNames();
  const format = useFormats();
  if (moves.isPending) return <Center p="md"><Loader size="sm" /></Center>;
  if (moves.isError) return <Alert color="red">{problemMessage(moves.error)}</Alert>;
  if (moves.data.length === 0) return <Text c="dimmed" size="sm">{t('pipeline.noMoves')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="stage-timeline">
      {moves.data.map((move) => (
        <Timeline.Item key={move.id}
          title={move.fromStageId ? t('pipeline.fromTo', { from: nameOf(move.fromStageId), to: nameOf(move.toStageId) }) : nameOf(move.toStageId)}>
          <Text size="xs" c="dimmed">{t('pipeline.movedBy', { name: move.movedByName ?? t('history.someone'), at: format.moment(move.movedAt) })}</Text>
          {move.reason && <Text size="sm">{move.reason}</Text>}
          {move.nextStep && (
            <Text size="sm">{t('pipeline.nextStepShown', { step: move.nextStep, due: move.nextStepDue ? format.calendarDay(move.nextStepDue) : '—' })}</Text>
          )}
          {move.ownerAfter !== move.ownerBefore && !move.redactedFields.includes('ownerAfter') && (
            <Text size="sm" c="teal">{t('pipeline.handedTo', { name: move.ownerAfterName ?? t('clients.unassigned') })}</Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
