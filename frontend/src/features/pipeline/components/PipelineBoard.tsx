import { Anchor, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordBoard, type BoardColumn } from '@/components/RecordBoard';
import { SegmentBadge } from '@/components/SegmentBadge';
import { useFormats } from '@/lib/format';
import { notifyProblem, notifyProblemSaying } from '@/lib/notify';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useStageNames } from '@/lib/session/stages';
import { moreCards, useBoard, useMoveCard, type BoardCard, type BoardQuery } from '../api/pipeline';
import { RoutingSettings } from './RoutingSettings';
import { StageMoveForm } from './StageMoveForm';

/** A column's cards read past its first page. */
type More = Record<string, { items: BoardCard[]; cursor?: string | null; loading?: boolean }>;

/**
 * The conveyor as a board: a column per stage with its count and money (for those who may read revenue), counted by
 * the server under the list's filters and the caller's rules. A card dropped on another column moves the client
 * there; a drop that needs more (why it is lost, a lead's qualification for sales) opens the move form instead.
 */
export function PipelineBoard({ query }: { query: BoardQuery }) {
  const { t } = useTranslation();
  const format = useFormats();
  const levelOf = useFieldLevels();
  const board = useBoard(query);
  const moveCard = useMoveCard();
  const { nameOf, find, loaded } = useStageNames();
  const [more, setMore] = useState<More>({});
  // Where each card is on its way to, until the board read again says where it is.
  const [moving, setMoving] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<{ card: BoardCard; to: string }>();
  const queryKey = JSON.stringify(query);
  useEffect(() => setMore({}), [queryKey]);

  const data = board.data;
  const cardsOf = (stageId: string) => [
    ...(data?.columns.find((column) => column.stageId === stageId)?.items ?? []), ...(more[stageId]?.items ?? [])];
  const all = (data?.columns ?? []).flatMap((column) => cardsOf(column.stageId));

  const columns: BoardColumn<BoardCard>[] = (data?.columns ?? []).map((column) => {
    const cursor = more[column.stageId] ? more[column.stageId].cursor : column.nextCursor;
    const shift = Object.entries(moving).reduce((sum, [id, to]) => {
      const card = all.find((candidate) => candidate.id === id);
      return sum + (to === column.stageId ? 1 : 0) - (card?.stageId === column.stageId ? 1 : 0);
    }, 0);
    return {
      key: column.stageId,
      title: nameOf(column.stageId),
      items: [...all.filter((card) => moving[card.id] === column.stageId && card.stageId !== column.stageId),
        ...cardsOf(column.stageId).filter((card) => !moving[card.id])],
      count: column.count + shift,
      sum: column.sum === undefined || column.sum === null ? undefined : format.money(column.sum, data!.currency),
      paging: {
        hasMore: Boolean(cursor), loading: Boolean(more[column.stageId]?.loading),
        onMore: () => void loadMore(column.stageId, cursor ?? undefined),
      },
    };
  });

  const loadMore = async (stageId: string, cursor?: string) => {
    if (!cursor) return;
    setMore((current) => ({ ...current, [stageId]: { items: current[stageId]?.items ?? [], cursor, loading: true } }));
    try {
      const next = await moreCards(query, stageId, cursor);
      setMore((current) => ({ ...current, [stageId]: {
        items: [...(current[stageId]?.items ?? []), ...(next?.items ?? [])], cursor: next?.nextCursor ?? null } }));
    } catch (error) {
      setMore((current) => ({ ...current, [stageId]: { ...current[stageId], loading: false } }));
      notifyProblem(error);
    }
  };

  const move = (card: BoardCard, to: string): boolean => {
    const from = find(card.stageId);
    const target = find(to);
    const qualified = Boolean(card.qualification?.money && card.qualification.authority && card.qualification.need);
    if (target?.phase === 'lost' || (from?.phase === 'lead' && target?.phase !== 'lead' && !qualified)) {
      setAsking({ card, to });
      return false;
    }
    setMoving((current) => ({ ...current, [card.id]: to }));
    // Made on the stage the card showed: someone else's move first is refused (409), never overwritten.
    moveCard.mutateAsync({ clientId: card.id, body: { stageId: to, fromStageId: card.stageId ?? undefined } })
      .catch(notifyProblemSaying({ conflict: 'pipeline.movedMeanwhile' }))
      .finally(() => {
        setMore({});
        setMoving((current) => {
          const next = { ...current };
          delete next[card.id];
          return next;
        });
      });
    return true;
  };

  // Columns are named by their stages: both are read before anything shows.
  if (board.isPending || (!loaded && !board.isError)) return <Center p="xl"><Loader /></Center>;
  return (
    <>
      {board.isError && <Text c="red" role="alert">{t('pipeline.boardFailed')}</Text>}
      <RoutingSettings />
      <RecordBoard columns={columns} itemKey={(card) => card.id} itemLabel={(card) => card.name ?? t('fields.withheld')}
        empty={t('pipeline.boardEmpty')} testId="pipeline-board"
        onMove={canWrite(levelOf('client.stageId')) ? move : undefined}
        canMove={(card) => !moving[card.id]}
        card={(card) => (
          <Stack gap={4}>
            <Anchor component={Link} to={`/clients/${card.id}`} fw={500} size="sm" c="inherit">
              {card.name ?? t('fields.withheld')}
            </Anchor>
            <Group gap={6}>
              <SegmentBadge segment={card.segment} />
              <Text size="xs" c="dimmed">{card.ownerName ?? t('clients.unassigned')}</Text>
            </Group>
            {card.nextStep && (
              <Text size="xs">{card.nextStep.due
                ? t('pipeline.stepDue', { step: card.nextStep.text, due: format.calendarDay(card.nextStep.due) })
                : card.nextStep.text}</Text>
            )}
          </Stack>
        )} />
      <Modal opened={Boolean(asking)} onClose={() => setAsking(undefined)} title={t('pipeline.moveTitle')}>
        {asking && <StageMoveForm client={asking.card} to={asking.to} onDone={() => setAsking(undefined)} />}
      </Modal>
    </>
  );
}
