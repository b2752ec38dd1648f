import { Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { departureReasonValues, type components } from '@/lib/api/schema';
import { localDay } from '@/lib/calendar';
import { notifyProblem } from '@/lib/notify';
import { labelled } from '@/lib/server-form';
import { useCandidates } from '@/lib/session/get-candidates';
import { useStartHandover } from '../api/handovers';

type Reason = components['schemas']['DepartureReason'];
type Kind = components['schemas']['HandoverKind'];

/**
 * Starts a handover for a person, then opens it: a departure (why, until when), a temporary cover for a
 * vacation or sick leave (who stands in, from which day to which), or a partner who works with the person's
 * clients (doing what, from when, until when at will); the last two for all the clients the person holds.
 */
export function StartHandover({ person }: { person: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [kind, setKind] = useState<Kind>('departure');
  const [reason, setReason] = useState<Reason>('resignation');
  const [lastWorkingDay, setLastWorkingDay] = useState(() => localDay(14));
  const [substituteId, setSubstituteId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState(() => localDay(0));
  const [endsOn, setEndsOn] = useState(() => localDay(7));
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [duties, setDuties] = useState('');
  const [tellClients, setTellClients] = useState(false);
  const [note, setNote] = useState('');
  const start = useStartHandover();
  const substitutes = useCandidates('temporary-owner', false, opened && kind === 'temporary');
  const partners = useCandidates('partner', false, opened && kind === 'partner');
  const temporary = kind === 'temporary';
  const partner = kind === 'partner';
  const body = (): components['schemas']['HandoverInput'] => {
    const common = { kind, userId: person.id, note: note || undefined };
    if (temporary) return { ...common, substituteId: substituteId ?? undefined, startsOn, endsOn };
    if (partner) return { ...common, partnerId: partnerId ?? undefined, duties, startsOn, endsOn: endsOn || undefined,
      tellClients: tellClients || undefined };
    return { ...common, reason, lastWorkingDay };
  };
  const confirm = () => start.mutate(body(), {
    onSuccess: (handover) => navigate(`/handovers/${handover.id}`),
    onError: notifyProblem,
  });
  const ready = temporary ? Boolean(substituteId && startsOn && endsOn)
    : partner ? Boolean(partnerId && duties.trim() && startsOn) : Boolean(lastWorkingDay);
  const choose = (kinds: typeof substitutes, value: string | null, onChange: (id: string | null) => void, label: string) => (
    <Select label={label} required searchable value={value} onChange={onChange}
      data={(kinds.data ?? []).filter((c) => c.userId !== person.id).map((c) => ({ value: c.userId, label: c.userName }))} />
  );
  const period = (lastRequired: boolean) => (
    <Group grow>
      <TextInput type="date" label={t('handovers.startsOn')} required value={startsOn}
        onChange={(event) => setStartsOn(event.currentTarget.value)} />
      <TextInput type="date" label={t(lastRequired ? 'handovers.endsOn' : 'handovers.endsOnOptional')} required={lastRequired}
        value={endsOn} onChange={(event) => setEndsOn(event.currentTarget.value)} />
    </Group>
  );
  return (
    <>
      <Button size="xs" variant="light" onClick={dialog.open} aria-label={t('handovers.startFor', { name: person.name })}>
        {t('handovers.start')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('handovers.startNamed', { name: person.name })}>
        <Stack>
          <Text size="sm" fw={500} id="handover-kind">{t('handovers.kindLabel')}</Text>
          <SegmentedControl value={kind} onChange={(value) => {
            setKind(value as Kind);
            setEndsOn(value === 'temporary' ? localDay(7) : '');
          }} aria-labelledby="handover-kind"
            data={(['departure', 'temporary', 'partner'] as const).map((value) => ({ value, label: t(`handovers.type.${value}`) }))} />
          <Text size="sm">{t(temporary ? 'handovers.coverExplain' : partner ? 'handovers.partnerExplain' : 'handovers.startExplain')}</Text>
          {temporary && (
            <>
              {choose(substitutes, substituteId, setSubstituteId, t('handovers.substitute'))}
              {period(true)}
            </>
          )}
          {partner && (
            <>
              {choose(partners, partnerId, setPartnerId, t('handovers.partner'))}
              <Textarea label={t('handovers.duties')} required maxLength={500} value={duties}
                onChange={(event) => setDuties(event.currentTarget.value)} />
              {period(false)}
              <Checkbox label={t('handovers.tellClients')} checked={tellClients}
                onChange={(event) => setTellClients(event.currentTarget.checked)} />
            </>
          )}
          {!temporary && !partner && (
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
              {t(temporary ? 'handovers.arrangeCover' : partner ? 'handovers.addPartner' : 'handovers.start')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
