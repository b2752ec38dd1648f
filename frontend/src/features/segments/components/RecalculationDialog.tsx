import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/lib/problem';
import { notifyProblem, problemMessage } from '@/lib/notify';
import { useSegmentNames } from '@/lib/session/segments';
import { useApplyRecalculation, usePreviewRecalculation, type Recalculation } from '../api/segments';

/**
 * "Recalculate…": first who the rules would move where (nothing moves yet), then moving exactly those. When the
 * figures or the clients changed in between, the preview is refused whole and made again.
 */
export function RecalculateButton() {
  const { t } = useTranslation();
  const preview = usePreviewRecalculation();
  // The preview on screen stays while a new one is made ("Preview again"), so the dialog does not blink shut.
  const [shown, setShown] = useState<Recalculation>();
  const make = () => preview.mutate(undefined, { onSuccess: setShown, onError: notifyProblem });
  const close = () => { setShown(undefined); preview.reset(); };
  return (
    <>
      <Button variant="outline" loading={preview.isPending && !shown} onClick={make}>
        {t('segments.recalculate')}
      </Button>
      <Modal opened={Boolean(shown)} onClose={close} size="lg" title={t('segments.previewTitle')}>
        {shown && <Preview key={shown.id} recalculation={shown} onAgain={make} again={preview.isPending} onDone={close} />}
      </Modal>
    </>
  );
}

type Props = { recalculation: Recalculation; onAgain: () => void; again: boolean; onDone: () => void };

function Preview({ recalculation, onAgain, again, onDone }: Props) {
  const { t } = useTranslation();
  const { nameOf } = useSegmentNames();
  const apply = useApplyRecalculation();
  const segment = (key?: string) => (key ? nameOf(key) : t('segments.noSegment'));
  const lifecycle = (value?: string) => (value ? t(`lifecycle.${value}`) : '—');
  const stale = isProblem(apply.error) && apply.error.problem.status === 409;

  if (recalculation.moves === 0) {
    return (
      <Stack>
        <Text>{t('segments.nobodyMoves')}</Text>
        <Group justify="flex-end"><Button onClick={onDone}>{t('actions.close')}</Button></Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text fw={600}>{t('segments.wouldMove', { count: recalculation.moves })}</Text>
      {recalculation.segments.length > 0 && (
        <Table striped data-testid="segment-changes">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('segments.from')}</Table.Th><Table.Th>{t('segments.to')}</Table.Th><Table.Th>{t('segments.clients')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {recalculation.segments.map((change) => (
              <Table.Tr key={`${change.from}-${change.to}`}>
                <Table.Td>{segment(change.from)}</Table.Td><Table.Td>{segment(change.to)}</Table.Td><Table.Td>{change.clients}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {recalculation.lifecycles.length > 0 && (
        <List size="sm">
          {recalculation.lifecycles.map((change) => (
            <List.Item key={`${change.from}-${change.to}`}>
              {t('segments.lifecycleChange', { from: lifecycle(change.from), to: lifecycle(change.to), count: change.clients })}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" c="dimmed">{t('segments.sample')}</Text>
      {/* Fifty names would push the buttons out of sight: they scroll on their own. */}
      <ScrollArea.Autosize mah={200} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('segments.sample') }}>
        <List size="sm" data-testid="segment-sample">
          {recalculation.sample.map((move) => (
            <List.Item key={move.clientId}>
              {t('segments.sampleMove', { name: move.clientName ?? t('fields.withheld'), from: segment(move.fromSegment), to: segment(move.toSegment) })}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {apply.error && (
        <Alert color={stale ? 'yellow' : 'red'} role="alert">{stale ? t('segments.stale') : problemMessage(apply.error)}</Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{t('actions.cancel')}</Button>
        {stale ? (
          <Button loading={again} onClick={onAgain}>{t('segments.previewAgain')}</Button>
        ) : (
          <Button loading={apply.isPending} onClick={() => apply.mutate(recalculation.id, {
            onSuccess: (done) => {
              notifications.show({ color: 'green', message: t('segments.applied', { count: done.applied ?? 0 }) });
              onDone();
            },
          })}>{t('segments.apply', { count: recalculation.moves })}</Button>
        )}
      </Group>
    </Stack>
  );
}
