import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { useCandidates } from '@/lib/session/get-candidates';
import { useAssign, useAssignableKinds, type AssignableKind } from '../api/parties';

type Props = {
  clientIds: string[];
  /** Lead generators may hold prospects: the picker offers them only when every client is one. */
  prospects: boolean;
  onDone: (assigned: number) => void;
  onCancel: () => void;
};

/** The end of a day chosen in a date field, as an instant. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();
const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** Puts one person in front of one or many clients: kind, person (only those who may), duties or dates. */
export function AssignForm({ clientIds, prospects, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const kinds = useAssignableKinds();
  const [kind, setKind] = useState<AssignableKind>(kinds.includes('partner') ? 'partner' : kinds[0] ?? 'partner');
  const [userId, setUserId] = useState<string | null>(null);
  const [duties, setDuties] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const candidates = useCandidates(kind, prospects);
  const assign = useAssign();
  const people = (candidates.data ?? []).map((person) => ({
    value: person.userId, label: person.teams.length ? `${person.userName} · ${person.teams.join(', ')}` : person.userName,
  }));
  const needsEnd = kind === 'temporary-owner';
  const ready = userId !== null && (!needsEnd || to !== '');

  const submit = () => {
    if (!userId) return;
    assign.mutate({
      clientIds, kind, userId,
      duties: kind === 'partner' && duties.trim() ? duties.trim() : undefined,
      validFrom: from && kind !== 'owner' && kind !== 'co-owner' ? startOfDay(from) : undefined,
      validTo: to && kind !== 'owner' && kind !== 'co-owner' ? endOfDay(to) : undefined,
    }, { onSuccess: (result) => onDone(result.assigned), onError: notifyProblem });
  };

  return (
    <Stack>
      <Select label={t('parties.kindLabel')} data={kinds.map((value) => ({ value, label: t(`parties.kind.${value}`) }))}
        value={kind} allowDeselect={false}
        onChange={(value) => { setKind((value ?? 'partner') as AssignableKind); setUserId(null); }} />
      <Select label={t('parties.person')} placeholder={t('parties.personPlaceholder')} data={people} value={userId}
        onChange={setUserId} searchable nothingFoundMessage={t('parties.nobody')} disabled={candidates.isPending}
        data-autofocus />
      {kind === 'partner' && (
        <Textarea label={t('parties.duties')} description={t('parties.dutiesHint')} value={duties} maxLength={500}
          onChange={(event) => setDuties(event.currentTarget.value)} autosize minRows={2} />
      )}
      {kind !== 'owner' && kind !== 'co-owner' && (
        <Group grow>
          <TextInput type="date" label={t('parties.validFrom')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
          <TextInput type="date" label={t('parties.validTo')} value={to} required={needsEnd}
            onChange={(event) => setTo(event.currentTarget.value)} />
        </Group>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
        <Button onClick={submit} disabled={!ready} loading={assign.isPending}>
          {clientIds.length === 1 ? t('parties.assignOne') : t('parties.assign', { count: clientIds.length })}
        </Button>
      </Group>
    </Stack>
  );
}
