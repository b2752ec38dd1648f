import { Button, Modal, MultiSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localDay } from '@/lib/calendar';
import { notifyProblem } from '@/lib/notify';
import { useCandidates } from '@/lib/session/get-candidates';
import { useStartHandover } from '../api/handovers';

/**
 * Plans a rotation, then opens it: the managers in the order the clients pass on (each one's clients are
 * suggested to the next, the last one's to the first) and the day they change hands. The supervisor then
 * adjusts the successors on the rotation's page, submits, approves, and completes it on the day.
 */
export function PlanRotation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [managerIds, setManagerIds] = useState<string[]>([]);
  const [startsOn, setStartsOn] = useState(() => localDay(7));
  const [note, setNote] = useState('');
  const start = useStartHandover();
  const candidates = useCandidates('owner', false, opened);
  const confirm = () => start.mutate({ kind: 'rotation', managerIds, startsOn, note: note || undefined }, {
    onSuccess: (handover) => navigate(`/handovers/${handover.id}`),
    onError: notifyProblem,
  });
  return (
    <>
      <Button variant="light" onClick={dialog.open}>{t('handovers.planRotation')}</Button>
      <Modal opened={opened} onClose={dialog.close} title={t('handovers.planRotation')}>
        <Stack>
          <Text size="sm">{t('handovers.rotationExplain')}</Text>
          <MultiSelect label={t('handovers.rotationManagers')} description={t('handovers.rotationManagersHelp')}
            required searchable value={managerIds} onChange={setManagerIds}
            data={(candidates.data ?? []).map((person) => ({ value: person.userId, label: person.userName }))} />
          <TextInput type="date" label={t('handovers.rotationDay')} required value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)} />
          <Textarea label={t('handovers.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Stack align="flex-end">
            <Button loading={start.isPending} disabled={managerIds.length < 2 || !startsOn} onClick={confirm}>
              {t('handovers.planIt')}
            </Button>
          </Stack>
        </Stack>
      </Modal>
    </>
  );
}
