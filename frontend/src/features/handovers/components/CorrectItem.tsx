import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { isProblem, toFormErrors } from '@/lib/problem';
import { useCandidates } from '@/lib/session/get-candidates';
import { useCorrectItem, type HandoverItem } from '../api/handovers';

type Props = { handoverId: string; leaverId: string; item: HandoverItem; onDone: () => void };

/**
 * A wrong successor corrected after completion: another person takes the client over in the same kinds, with
 * the reason on record; the new successor is told and acknowledges it.
 */
export function CorrectItem({ handoverId, leaverId, item, onDone }: Props) {
  const { t } = useTranslation();
  const candidates = useCandidates('owner', false);
  const correct = useCorrectItem(handoverId);
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const errors = toFormErrors(correct.error);
  const submit = () => successorId && correct.mutate({ itemId: item.id, input: { successorId, reason } }, {
    onSuccess: (changed) => {
      notifications.show({ color: 'green', message: t('handovers.corrected', { name: changed.successorName ?? '' }) });
      onDone();
    },
    onError: (error) => {
      if (!isProblem(error) || error.status !== 400) notifyProblem(error);
    },
  });
  return (
    <Stack>
      <Text size="sm">{t('handovers.correctExplain', { name: item.successorName ?? '' })}</Text>
      <Select label={t('handovers.newSuccessor')} searchable required value={successorId} onChange={setSuccessorId}
        error={errors.successorId}
        data={(candidates.data ?? []).filter((person) => person.userId !== leaverId && person.userId !== item.successorId)
          .map((person) => ({ value: person.userId, label: person.userName }))} />
      <Textarea label={t('handovers.correctReason')} required value={reason} maxLength={500} error={errors.reason}
        onChange={(event) => setReason(event.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{t('actions.cancel')}</Button>
        <Button disabled={!successorId || !reason.trim()} loading={correct.isPending} onClick={submit}>
          {t('handovers.correct')}
        </Button>
      </Group>
    </Stack>
  );
}
