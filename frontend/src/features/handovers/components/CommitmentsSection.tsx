import { Anchor, Badge, Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictNotice } from '@/components/ConflictNotice';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { rebase, type Rebased } from '@/lib/rebase';
import { useCandidates } from '@/lib/session/get-candidates';
import { useUsers } from '@/lib/session/get-users';
import { useCommitments, useRecordCommitments, type CommitmentInput, type Commitments, type Handover, type HandoverItem } from '../api/handovers';

/** The form's values from what the server holds (or suggests). */
function formOf(found: Commitments): CommitmentInput {
  return {
    nonCompeteSigned: found.nonCompeteSigned, signedOn: found.signedOn, nonCompeteEndsOn: found.nonCompeteEndsOn,
    keyClientIds: found.keyClients.map((client) => client.clientId), phoneNumber: found.phoneNumber ?? '',
    phoneTo: found.phoneTo, mailbox: found.mailbox ?? '', mailboxTo: found.mailboxTo, note: found.note ?? '',
  };
}

/**
 * A departure's commitments: the non-compete promise (signed, when, until when, the key clients it covers) and
 * the corporate phone and mailbox passed on, with who received each. Those who run the handover record them (Relay
 * suggests them until then); the person leaving reads them. Links to the printable handover document.
 */
export function CommitmentsSection({ handover, items, editable }: { handover: Handover; items: HandoverItem[]; editable: boolean }) {
  const { t } = useTranslation();
  const commitments = useCommitments(handover.id);
  if (commitments.isPending || commitments.error || !commitments.data) return null;
  return (
    <Paper withBorder p="md" data-testid="commitments">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">{t('commitments.title')}</Title>
          <Anchor component={Link} to={`/handovers/${handover.id}/document`} size="sm">{t('commitments.document')}</Anchor>
        </Group>
        {/* The form pins the version it started from: a refetch meanwhile never wipes what is typed. */}
        {editable
          ? <CommitmentsForm handover={handover} found={commitments.data} items={items} reload={commitments.refetch} />
          : <CommitmentsRead found={commitments.data} />}
      </Stack>
    </Paper>
  );
}

/** The commitments as text: on the page for the person leaving, and on the handover document. */
export function CommitmentsRead({ found }: { found: Commitments }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Stack gap={4}>
      {!found.recorded && <Text size="sm" c="dimmed">{t('commitments.notRecorded')}</Text>}
      <Text size="sm">
        {found.nonCompeteSigned && found.signedOn
          ? t('commitments.signedOn', { day: format.calendarDay(found.signedOn), until: format.calendarDay(found.nonCompeteEndsOn) })
          : t('commitments.notSigned')}
      </Text>
      <Text size="sm">{t('commitments.keyClientsLabel', { count: found.keyClients.length })}{' '}
        {found.keyClients.map((client) => client.clientName ?? t('fields.withheld')).join(', ')}</Text>
      <Text size="sm">{t('commitments.phoneLine', { number: found.phoneNumber ?? '—', to: found.phoneToName ?? '—' })}</Text>
      <Text size="sm">{t('commitments.mailboxLine', { mailbox: found.mailbox ?? '—', to: found.mailboxToName ?? '—' })}</Text>
      {found.note && <Text size="sm">{found.note}</Text>}
    </Stack>
  );
}

/** The form's fields, by the name a conflict notice gives them. */
const FIELD_LABELS: Record<string, string> = {
  nonCompeteSigned: 'commitments.signed', signedOn: 'commitments.signedOnLabel', nonCompeteEndsOn: 'commitments.endsOn',
  keyClientIds: 'commitments.keyClients', phoneNumber: 'commitments.phone', phoneTo: 'commitments.phoneTo',
  mailbox: 'commitments.mailbox', mailboxTo: 'commitments.mailboxTo', note: 'handovers.note',
};

type Props = { handover: Handover; found: Commitments; items: HandoverItem[]; reload: () => Promise<{ data?: Commitments }> };

/**
 * Records the commitments at the version it started from. When someone recorded them meanwhile (412), nothing is
 * overwritten and nothing typed is lost: the form moves onto their version with the reader's edits on top, and says
 * what they changed.
 */
function CommitmentsForm({ handover, found, items, reload }: Props) {
  const { t } = useTranslation();
  const [base, setBase] = useState(found);
  const [form, setForm] = useState<CommitmentInput>(() => formOf(found));
  const [conflict, setConflict] = useState<Rebased<CommitmentInput> & { by?: string }>();
  // What is typed now, also while a save is on its way: a refused save rebases all of it.
  const typed = useRef(form);
  useEffect(() => {
    typed.current = form;
  }, [form]);
  const record = useRecordCommitments(handover.id);
  const people = useCandidates('owner', false);
  const users = useUsers();
  const set = (changes: Partial<CommitmentInput>) => setForm((current) => ({ ...current, ...changes }));
  // A newer recording read meanwhile replaces an untouched form (nothing typed is at stake).
  useEffect(() => {
    if (found.version > base.version && JSON.stringify(typed.current) === JSON.stringify(formOf(base))) {
      setBase(found);
      setForm(formOf(found));
    }
  }, [found, base]);
  const receivers = (people.data ?? []).filter((person) => person.userId !== handover.userId)
    .map((person) => ({ value: person.userId, label: person.userName }));
  // The suggested receivers may be outside the list (someone without clients): they stay choosable.
  [[found.phoneTo, found.phoneToName], [found.mailboxTo, found.mailboxToName],
    [base.phoneTo, base.phoneToName], [base.mailboxTo, base.mailboxToName]].forEach(([id, name]) => {
    if (id && !receivers.some((option) => option.value === id)) receivers.push({ value: id, label: name ?? id });
  });
  const clientOptions = [...new Map([
    ...base.keyClients.map((client) => [client.clientId, client.clientName ?? client.clientId] as const),
    ...items.map((item) => [item.clientId, item.clientName ?? item.clientId] as const),
  ]).entries()].map(([value, label]) => ({ value, label }));
  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
    if (field === 'phoneTo' || field === 'mailboxTo') return receivers.find((option) => option.value === value)?.label ?? String(value);
    if (Array.isArray(value)) {
      return value.map((id) => clientOptions.find((option) => option.value === id)?.label ?? String(id)).join(', ') || '—';
    }
    return String(value);
  };
  const catchUp = async () => {
    const fresh = (await reload()).data;
    if (!fresh) {
      notifyProblem(undefined); // could not read theirs: the form keeps the typing
      return;
    }
    const rebased = rebase(formOf(base), formOf(fresh), typed.current);
    setBase(fresh);
    setForm(rebased.values);
    setConflict({ ...rebased, by: users.data?.find((user) => user.id === fresh.updatedBy)?.name });
  };
  const save = () => record.mutate({ version: base.version, input: {
    ...form,
    signedOn: form.signedOn || undefined,
    nonCompeteEndsOn: form.nonCompeteEndsOn || undefined,
    phoneNumber: form.phoneNumber || undefined, mailbox: form.mailbox || undefined, note: form.note || undefined,
    phoneTo: form.phoneTo ?? undefined, mailboxTo: form.mailboxTo ?? undefined,
  } }, {
    onSuccess: (saved) => {
      setBase(saved);
      setForm(formOf(saved));
      setConflict(undefined);
      notifications.show({ color: 'green', message: t('commitments.saved') });
    },
    onError: (error) => (isStaleVersion(error) ? void catchUp() : notifyProblem(error)),
  });
  return (
    <Stack gap="sm">
      {conflict && (
        <ConflictNotice title={conflict.by ? t('commitments.changedBy', { name: conflict.by }) : t('commitments.changedBySomeone')}
          theirs={conflict.theirs} both={conflict.both} label={(field) => t(FIELD_LABELS[field] ?? field)} show={show} />
      )}
      {!base.recorded && <Badge variant="light" color="gray">{t('commitments.suggested')}</Badge>}
      <Checkbox label={t('commitments.signed')} checked={form.nonCompeteSigned}
        onChange={(event) => set({ nonCompeteSigned: event.currentTarget.checked })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('commitments.signedOnLabel')} required={form.nonCompeteSigned}
          value={form.signedOn ?? ''} onChange={(event) => set({ signedOn: event.currentTarget.value })} />
        <TextInput type="date" label={t('commitments.endsOn')} value={form.nonCompeteEndsOn ?? ''}
          onChange={(event) => set({ nonCompeteEndsOn: event.currentTarget.value })} />
      </SimpleGrid>
      <MultiSelect label={t('commitments.keyClients')} description={t('commitments.keyClientsHelp')} searchable
        data={clientOptions} value={form.keyClientIds ?? []} onChange={(keyClientIds) => set({ keyClientIds })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('commitments.phone')} value={form.phoneNumber ?? ''}
          onChange={(event) => set({ phoneNumber: event.currentTarget.value })} />
        <Select label={t('commitments.phoneTo')} searchable clearable data={receivers} value={form.phoneTo ?? null}
          onChange={(phoneTo) => set({ phoneTo: phoneTo ?? undefined })} />
        <TextInput label={t('commitments.mailbox')} type="email" value={form.mailbox ?? ''}
          onChange={(event) => set({ mailbox: event.currentTarget.value })} />
        <Select label={t('commitments.mailboxTo')} searchable clearable data={receivers} value={form.mailboxTo ?? null}
          onChange={(mailboxTo) => set({ mailboxTo: mailboxTo ?? undefined })} />
      </SimpleGrid>
      <Textarea label={t('handovers.note')} maxLength={2000} value={form.note ?? ''}
        onChange={(event) => set({ note: event.currentTarget.value })} />
      <Group justify="flex-end">
        <Button loading={record.isPending} onClick={save}>{t('commitments.save')}</Button>
      </Group>
    </Stack>
  );
}
