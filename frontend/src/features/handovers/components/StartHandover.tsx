import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { departureReasonValues, type components } from '@/lib/api/schema';
import { notifyProblem } from '@/lib/notify';
import { labelled } from '@/lib/server-form';
import { useCandidates } from '@/lib/session/get-candidates';
import { useStartHandover } from '../api/handovers';

type Reason = components['schemas']['DepartureReason'];
type Kind = components['schemas']['HandoverKind'];

/** A day `days` from today, as `yyyy-mm-dd`. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Starts a handover for a person, then opens it: a departure (why, until when), or a temporary cover for
 * a vacation or sick leave (who stands in, from which day to which; all the clients the person holds).
 */
export function StartHandover({ person }: { person: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [kind, setKind] = useState<Kind>('departure');
  const [reason, setReason] = useState<Reason>('resignation');
  const [lastWorkingDay, setLastWorkingDay] = useState(() => inDays(14));
  const [substituteId, setSubstituteId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState(() => inDays(0));
  const [endsOn, setEndsOn] = useState(() => inDays(7));
  const [note, setNote] = useState('');
  const start = useStartHandover();
  const candidates = useCandidates('temporary-owner', false, opened && kind === 'temporary');
  const temporary = kind === 'temporary';
  const confirm = () => start.mutate(temporary
    ? { kind, userId: person.id, substituteId: substituteId ?? undefined, startsOn, endsOn, note: note || undefined }
    : { kind, userId: person.id, reason, lastWorkingDay, note: note || undefined }, {
    onSuccess: (handover) => navigate(`/handovers/${handover.id}`),
    onError: notifyProblem,
  });
  const ready = temporary ? Boolean(substituteId && startsOn && endsOn) : Boolean(lastWorkingDay);
  return (
    <>
      <Button size="xs" variant="light" onClick={dialog.open} aria-label={t('handovers.startFor', { name: person.name })}>
        {t('handovers.start')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('handovers.startNamed', { name: person.name })}>
        <Stack>
          <SegmentedControl value={kind} onChange={(value) => setKind(value as Kind)} aria-label={t('handovers.kindLabel')}
            data={[{ value: 'departure', label: t('handovers.type.departure') },
              { value: 'temporary', label: t('handovers.type.temporary') }]} />
          <Text size="sm">{t(temporary ? 'handovers.coverExplain' : 'handovers.startExplain')}</Text>
          {temporary ? (
            <>
              <Select label={t('handovers.substitute')} required searchable value={substituteId} onChange={setSubstituteId}
                data={(candidates.data ?? []).filter((c) => c.userId !== person.id)
                  .map((c) => ({ value: c.userId, label: c.userName }))} />
              <Group grow>
                <TextInput type="date" label={t('handovers.startsOn')} required value={startsOn}
                  onChange={(event) => setStartsOn(event.currentTarget.value)} />
                <TextInput type="date" label={t('handovers.endsOn')} required value={endsOn}
                  onChange={(event) => setEndsOn(event.currentTarget.value)} />
              </Group>
            </>
          ) : (
            <>
              <Select label={t('handovers.reasonLabel')} allowDeselect={false} value={reason}
                data={labelled(t, departureReasonValues, 'handovers.reason')}
                onChange={(value) => setReason((value ?? 'resignation') as Reason)} />
              {reason === 'dismissal' && <Text size="sm" c="red">{t('handovers.dismissalWarning')}</Text>}
              <TextInput type="date" label={t('handovers.lastWorkingDay')} required value={lastWorkingDay}
                onChange={(event) => setLastWorkingDay(event.currentTarget.value)} />
            </>
          )}
          <Textarea label={t('handovers.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>{t('actions.cancel')}</Button>
            <Button loading={start.isPending} disabled={!ready} onClick={confirm}>
              {t(temporary ? 'handovers.arrangeCover' : 'handovers.start')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
