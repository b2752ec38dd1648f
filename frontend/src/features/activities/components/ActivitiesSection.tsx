import { Badge, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { notifyProblem, problemMessage } from '@/lib/notify';
import { useServerSubmit } from '@/lib/server-form';
import { ACTIVITY_KINDS, useActivities, useContactChoices, useLogActivity, type ActivityKind } from '../api/activities';

type Values = { kind: ActivityKind; happenedAt: string; contactIds: string[]; outcome: string; nextStep: string };

/** Now in the reader's own calendar and clock, as a datetime-local field shows it. */
function localNow(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

/**
 * The client's timeline of calls, meetings, visits and e-mails, with a form to log one. A successor's first
 * activity after a handover is marked as such: it is what the handover's progress counts.
 */
export function ActivitiesSection({ clientId, readOnly }: { clientId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const format = useFormats();
  const activities = useActivities(clientId);
  const [logging, setLogging] = useState(false);
  if (activities.error) return <Text role="alert" c="red">{problemMessage(activities.error)}</Text>;
  return (
    <Stack>
      {!readOnly && (logging
        ? <LogActivity clientId={clientId} onDone={() => setLogging(false)} />
        : <Group><Button variant="light" onClick={() => setLogging(true)}>{t('activities.log')}</Button></Group>)}
      {activities.data?.length === 0 && <Text size="sm" c="dimmed">{t('activities.none')}</Text>}
      {(activities.data?.length ?? 0) > 0 && (
        <Timeline bulletSize={14} lineWidth={2} data-testid="activities">
          {activities.data!.map((activity) => (
            <Timeline.Item key={activity.id} title={
              <Group gap="xs">
                <Text span fw={600} size="sm">{t(`activities.kind.${activity.kind}`)}</Text>
                <Text span size="sm" c="dimmed">{format.moment(activity.happenedAt)} · {activity.byName ?? activity.byId}</Text>
                {activity.firstContact && <Badge color="green.9" variant="light">{t('activities.firstContact')}</Badge>}
              </Group>
            }>
              {activity.contacts.length > 0 && (
                <Text size="sm">{t('activities.with', { names: activity.contacts.map((c) => c.fullName ?? t('fields.withheld')).join(', ') })}</Text>
              )}
              {activity.outcome && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{activity.outcome}</Text>}
              {activity.nextStep && <Text size="sm" c="dimmed">{t('activities.next', { step: activity.nextStep })}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function LogActivity({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const contacts = useContactChoices(clientId);
  const log = useLogActivity(clientId);
  const form = useForm<Values>({ initialValues: { kind: 'call', happenedAt: localNow(), contactIds: [], outcome: '', nextStep: '' } });
  const { submit, saving } = useServerSubmit(form, async (values) => {
    await log.mutateAsync({
      kind: values.kind,
      happenedAt: values.happenedAt ? new Date(values.happenedAt).toISOString() : undefined,
      contactIds: values.contactIds,
      outcome: values.outcome.trim() || undefined,
      nextStep: values.nextStep.trim() || undefined,
    });
    notifications.show({ color: 'green', message: t('activities.logged') });
    onDone();
  }, notifyProblem);
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('activities.kindLabel')} allowDeselect={false} data-autofocus
              data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activities.kind.${kind}`) }))}
              {...form.getInputProps('kind')} />
            <TextInput type="datetime-local" label={t('activities.when')} {...form.getInputProps('happenedAt')} />
          </SimpleGrid>
          <MultiSelect label={t('activities.withWhom')} data={contacts.data ?? []} searchable
            {...form.getInputProps('contactIds')} />
          <Textarea label={t('activities.outcome')} autosize minRows={2} maxLength={2000} {...form.getInputProps('outcome')} />
          <TextInput label={t('activities.nextStep')} maxLength={500} {...form.getInputProps('nextStep')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={saving}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
