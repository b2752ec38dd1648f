import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { useHoldLetter, type HandoverItem } from '../api/handovers';
import { LetterList } from './LetterList';

/**
 * One client's letters on its handover: the preview until completion, with the supervisor's hold (a reason
 * required) and release; then the letters as written, with where each stands.
 */
export function ItemLetters({ handoverId, item, mayHold, onDone }: {
  handoverId: string; item: HandoverItem; mayHold: boolean; onDone: () => void;
}) {
  const { t } = useTranslation();
  const hold = useHoldLetter(handoverId);
  const [reason, setReason] = useState('');
  const change = (next?: string) => hold.mutate({ itemId: item.id, reason: next }, {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t(next === undefined ? 'letters.released' : 'letters.heldDone') });
      setReason('');
    },
    onError: notifyProblem,
  });
  return (
    <Stack>
      {item.letters.length === 0
        ? <Text size="sm" c="dimmed">{item.successorId ? t('letters.none') : t('letters.noSuccessor')}</Text>
        : <LetterList letters={item.letters} />}
      {mayHold && (item.letterHoldReason
        ? (
          <Group justify="space-between">
            <Text size="sm">{t('letters.heldBecause', { reason: item.letterHoldReason })}</Text>
            <Button variant="light" loading={hold.isPending} onClick={() => change(undefined)}>{t('letters.release')}</Button>
          </Group>
        )
        : (
          <Group align="flex-end">
            <TextInput label={t('letters.holdReason')} style={{ flex: 1 }} value={reason} maxLength={500}
              onChange={(event) => setReason(event.currentTarget.value)} />
            <Button variant="light" color="orange" disabled={reason.trim() === ''} loading={hold.isPending}
              onClick={() => change(reason.trim())}>
              {t('letters.hold')}
            </Button>
          </Group>
        ))}
      <Group justify="flex-end"><Button variant="default" onClick={onDone}>{t('actions.close')}</Button></Group>
    </Stack>
  );
}
