import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { departureReasonValues, type components } from '@/lib/api/schema';
import { notifyProblem } from '@/lib/notify';
import { labelled } from '@/lib/server-form';
import { useStartHandover } from '../api/handovers';

type Reason = components['schemas']['DepartureReason'];

/** Two weeks from today, the usual notice, as `yyyy-mm-dd`. */
function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

/** Starts a departure handover for a person: why, until when; then opens it. */
export function StartHandover({ person }: { person: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [reason, setReason] = useState<Reason>('resignation');
  const [lastWorkingDay, setLastWorkingDay] = useState(inTwoWeeks);
  const [note, setNote] = useState('');
  const start = useStartHandover();
  const confirm = () => start.mutate({ kind: 'departure', userId: person.id, reason, lastWorkingDay, note: note || undefined }, {
    onSuccess: (handover) => navigate(`/handovers/${handover.id}`),
    onError: notifyProblem,
  });
  return (
    <>
      <Button size="xs" variant="light" onClick={dialog.open} aria-label={t('handovers.startFor', { name: person.name })}>
        {t('handovers.start')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('handovers.startNamed', { name: person.name })}>
        <Stack>
          <Text size="sm">{t('handovers.startExplain')}</Text>
          <Select label={t('handovers.reasonLabel')} allowDeselect={false} value={reason}
            data={labelled(t, departureReasonValues, 'handovers.reason')} onChange={(value) => setReason((value ?? 'resignation') as Reason)} />
          {reason === 'dismissal' && <Text size="sm" c="red">{t('handovers.dismissalWarning')}</Text>}
          <TextInput type="date" label={t('handovers.lastWorkingDay')} required value={lastWorkingDay}
            onChange={(event) => setLastWorkingDay(event.currentTarget.value)} />
          <Textarea label={t('handovers.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>{t('actions.cancel')}</Button>
            <Button loading={start.isPending} disabled={!lastWorkingDay} onClick={confirm}>{t('handovers.start')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
