import { Badge, Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useStageNames } from '@/lib/session/stages';
import type { StageMove } from '../api/pipeline';
import { StageMoveForm, type MovedClient } from './StageMoveForm';

type Props = {
  client: MovedClient;
  readOnly: boolean;
  /** Told after a move that handed the client on to someone else (the mover may no longer see it). */
  onMoved?: (move: StageMove) => void;
};

/** The client's stage on the conveyor, and "Move to stage…" for those who may move it. */
export function StageControl({ client, readOnly, onMoved }: Props) {
  const { t } = useTranslation();
  const level = useFieldLevels()('client.stageId');
  const { nameOf, find } = useStageNames();
  const [open, dialog] = useDisclosure(false);
  const stage = find(client.stageId);
  if (!stage) return null; // until the stages are read: never an id on screen
  return (
    <Group gap="xs">
      {/* An outline in dark shades reads at AA contrast (4.5:1) on white, whatever the phase. */}
      <Badge variant="outline" color={stage.phase === 'lost' ? 'gray.8' : 'teal.9'} data-testid="stage-badge"
        styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
        {nameOf(stage.id)}
      </Badge>
      {canWrite(level) && !readOnly && (
        <Button size="compact-sm" variant="subtle" onClick={dialog.open}>{t('pipeline.moveTo')}</Button>
      )}
      <Modal opened={open} onClose={dialog.close} title={t('pipeline.moveTitle')}>
        {open && <StageMoveForm client={client} onDone={(move) => { dialog.close(); if (move) onMoved?.(move); }} />}
      </Modal>
    </Group>
  );
}
