import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { notifyProblemSaying } from '@/lib/notify';
import { useServerSubmit } from '@/lib/server-form';
import { useStageNames } from '@/lib/session/stages';
import { useMoveStage, type StageMove } from '../api/pipeline';

/** What a move needs to know of the client. */
export type MovedClient = Pick<components['schemas']['Client'], 'id' | 'stageId' | 'qualification' | 'nextStep'>;

/** A `yyyy-mm-dd` date if it is today or later (in the reader's calendar), else nothing. */
function upcoming(due?: string | null): string {
  if (!due) return '';
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return due >= today ? due : '';
}

type Values = { stageId: string; reason: string; nextStep: string; nextStepDue: string; money: string; authority: string; need: string };

/**
 * Moves a client to another stage: why, the next step and its date, and — when a lead passes to sales — its Money,
 * Authority and Need. The server decides who may move where and whom the client is handed to; its refusals show
 * next to the fields.
 */
export function StageMoveForm({ client, to: wanted, onDone }: {
  client: MovedClient;
  /** The stage chosen already (a card dropped on a column that needs more than a drop). */
  to?: string;
  onDone: (move?: StageMove) => void;
}) {
  const { t } = useTranslation();
  const { active, find, nameOf } = useStageNames();
  const move = useMoveStage(client.id);
  const from = find(client.stageId);
  const form = useForm<Values>({
    initialValues: {
      // The step agreed last stays offered; its date only while it is still to come (a past one would be refused).
      stageId: wanted ?? '', reason: '', nextStep: client.nextStep?.text ?? '', nextStepDue: upcoming(client.nextStep?.due),
      money: client.qualification?.money ?? '', authority: client.qualification?.authority ?? '',
      need: client.qualification?.need ?? '',
    },
    validate: {
      stageId: (value) => (value ? null : t('pipeline.chooseStage')),
      reason: (value, values) => (find(values.stageId)?.phase === 'lost' && !value.trim() ? t('pipeline.lostNeedsReason') : null),
    },
  });
  const to = find(form.values.stageId);
  const qualifying = from?.phase === 'lead' && (to?.phase === 'sales' || to?.phase === 'account');
  const groups = (['lead', 'sales', 'account', 'lost'] as const).map((phase) => ({
    group: t(`pipeline.phase.${phase}`),
    items: active.filter((stage) => stage.phase === phase && stage.id !== client.stageId)
      .map((stage) => ({ value: stage.id, label: nameOf(stage.id) })),
  })).filter((group) => group.items.length > 0);

  const { submit, saving } = useServerSubmit(form, async (values) => {
    const moved = await move.mutateAsync({
      stageId: values.stageId,
      fromStageId: client.stageId ?? undefined,
      reason: values.reason.trim() || undefined,
      nextStep: values.nextStep.trim() || undefined,
      nextStepDue: values.nextStepDue || undefined,
      qualification: qualifying ? { money: values.money, authority: values.authority, need: values.need } : undefined,
    });
    const ownersShown = !moved.redactedFields.includes('ownerAfter');
    notifications.show({
      color: 'green',
      message: moved.ownerAfter !== moved.ownerBefore && moved.ownerAfterName
        ? t('pipeline.movedHandedTo', { stage: nameOf(moved.toStageId), name: moved.ownerAfterName })
        : ownersShown && moved.ownerBefore && !moved.ownerAfter
          ? t('pipeline.movedToPool', { stage: nameOf(moved.toStageId) })
          : t('pipeline.moved', { stage: nameOf(moved.toStageId) }),
    });
    onDone(moved);
  }, notifyProblemSaying({ conflict: 'pipeline.movedMeanwhile' }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">{t('pipeline.from', { stage: nameOf(client.stageId) })}</Text>
        <Select label={t('pipeline.stage')} required allowDeselect={false} data={groups} data-autofocus
          {...form.getInputProps('stageId')} />
        {qualifying && (
          <Stack gap="xs" data-testid="qualification">
            <Text size="sm" fw={500}>{t('pipeline.qualification')}</Text>
            <TextInput label={t('pipeline.money')} description={t('pipeline.moneyHint')} required maxLength={500}
              {...form.getInputProps('money')} />
            <TextInput label={t('pipeline.authority')} description={t('pipeline.authorityHint')} required maxLength={500}
              {...form.getInputProps('authority')} />
            <TextInput label={t('pipeline.need')} description={t('pipeline.needHint')} required maxLength={500}
              {...form.getInputProps('need')} />
          </Stack>
        )}
        <Textarea label={t('pipeline.reason')} required={to?.phase === 'lost'} autosize minRows={2} maxLength={1000}
          {...form.getInputProps('reason')} />
        <Group grow align="flex-start">
          <TextInput label={t('pipeline.nextStep')} maxLength={500} {...form.getInputProps('nextStep')} />
          <TextInput type="date" label={t('pipeline.nextStepDue')} {...form.getInputProps('nextStepDue')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('pipeline.move')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
