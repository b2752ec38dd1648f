import { Anchor, Badge, Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { useCandidates } from '@/lib/session/get-candidates';
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
        {/* Keyed by version: a recording read again (by anyone) starts the form afresh. */}
        {editable
          ? <CommitmentsForm key={commitments.data.version} handover={handover} found={commitments.data} items={items} />
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

function CommitmentsForm({ handover, found, items }: { handover: Handover; found: Commitments; items: HandoverItem[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<CommitmentInput>(() => formOf(found));
  const record = useRecordCommitments(handover.id);
  const people = useCandidates('owner', false);
  const set = (changes: Partial<CommitmentInput>) => setForm((current) => ({ ...current, ...changes }));
  const receivers = (people.data ?? []).filter((person) => person.userId !== handover.userId)
    .map((person) => ({ value: person.userId, label: person.userName }));
  // The suggested receivers may be outside the list (someone without clients): they stay choosable.
  [[found.phoneTo, found.phoneToName], [found.mailboxTo, found.mailboxToName]].forEach(([id, name]) => {
    if (id && !receivers.some((option) => option.value === id)) receivers.push({ value: id, label: name ?? id });
  });
  const clientOptions = [...new Map([
    ...found.keyClients.map((client) => [client.clientId, client.clientName ?? client.clientId] as const),
    ...items.map((item) => [item.clientId, item.clientName ?? item.clientId] as const),
  ]).entries()].map(([value, label]) => ({ value, label }));
  const save = () => record.mutate({ version: found.version, input: {
    ...form,
    signedOn: form.signedOn || undefined,
    nonCompeteEndsOn: form.nonCompeteEndsOn || undefined,
    phoneNumber: form.phoneNumber || undefined, mailbox: form.mailbox || undefined, note: form.note || undefined,
    phoneTo: form.phoneTo ?? undefined, mailboxTo: form.mailboxTo ?? undefined,
  } }, {
    onSuccess: () => notifications.show({ color: 'green', message: t('commitments.saved') }),
    onError: notifyProblem,
  });
  return (
    <Stack gap="sm">
      {!found.recorded && <Badge variant="light" color="gray">{t('commitments.suggested')}</Badge>}
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
