import { Button, Group, Modal, Select, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { useServerSubmit } from '@/lib/server-form';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useSegmentNames } from '@/lib/session/segments';
import { usePlace, usePlacement } from '../api/segments';

type Props = { clientId: string; clientVersion: number; readOnly: boolean };

/**
 * Beside a client's segment badge: whether a person set it (and why: the nightly rules then leave it), and, for
 * those who may write the segment, setting it by hand with a reason or giving it back to the rules.
 */
export function SegmentPlacementControl({ clientId, clientVersion, readOnly }: Props) {
  const { t } = useTranslation();
  const level = useFieldLevels()('client.segment');
  const placement = usePlacement(clientId, clientVersion, level !== 'hidden' && level !== 'masked');
  const place = usePlace(clientId);
  const format = useFormats();
  const [open, dialog] = useDisclosure(false);
  const writes = canWrite(level) && !readOnly;
  const pin = placement.data?.pinned ? placement.data : undefined;

  return (
    <Group gap="xs">
      {pin && (
        <Tooltip label={t('segments.pinnedBy', { name: pin.pinnedByName ?? pin.pinnedBy, at: pin.pinnedAt ? format.day(pin.pinnedAt) : '' })}>
          <Text size="sm" c="dimmed" tabIndex={0} data-testid="segment-pin">
            {pin.reason ? t('segments.pinnedWhy', { reason: pin.reason }) : t('segments.pinned')}
          </Text>
        </Tooltip>
      )}
      {writes && (
        <Button size="compact-sm" variant="subtle" onClick={dialog.open}>{t('segments.setByHand')}</Button>
      )}
      {writes && pin && (
        <Button size="compact-sm" variant="subtle" loading={place.isPending}
          onClick={() => place.mutate({ pinned: false }, { onError: notifyProblem })}>
          {t('segments.release')}
        </Button>
      )}
      <Modal opened={open} onClose={dialog.close} title={t('segments.setByHandTitle')}>
        {open && <PlacementForm clientId={clientId} current={placement.data?.segment} onDone={dialog.close} />}
      </Modal>
    </Group>
  );
}

function PlacementForm({ clientId, current, onDone }: { clientId: string; current?: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { options } = useSegmentNames();
  const place = usePlace(clientId);
  const form = useForm({ initialValues: { segment: current ?? '', reason: '' } });
  const { submit, saving } = useServerSubmit(form, async (values) => {
    await place.mutateAsync({ segment: values.segment, reason: values.reason || undefined });
    onDone();
  }, notifyProblem);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select label={t('clients.fields.segment')} required allowDeselect={false} data={options} data-autofocus
          {...form.getInputProps('segment')} />
        <Textarea label={t('segments.reason')} description={t('segments.reasonHint')} autosize minRows={2} maxLength={500}
          {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
