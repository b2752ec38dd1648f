import { Anchor, Badge, Button, Group, Modal, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccountClosingBadge } from '@/components/AccountClosingBadge';
import { RecordTable } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import { notifyProblem, problemMessage } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { useCandidates } from '@/lib/session/get-candidates';
import { useMe } from '@/lib/session/get-me';
import { useAcknowledge, useAssignSuccessor, useHandover, useHandoverItems, useHandoverStep, whose, type Handover, type HandoverItem, type HandoverStep, type Letter } from '../api/handovers';
import { CommitmentsSection } from './CommitmentsSection';
import { CorrectItem } from './CorrectItem';
import { ItemEditor } from './ItemEditor';
import { ItemLetters } from './ItemLetters';
import { LetterBadge } from './LetterList';
import { HandoverBadge } from './StateBadge';
import { WatchSection } from './WatchSection';

/** What a supervisor may do next with a handover in each state, in the order it is done. */
const NEXT: Record<Handover['state'], HandoverStep[]> = {
  draft: ['acceptSuggested', 'submit', 'cancel'],
  submitted: ['approve', 'cancel'],
  approved: ['complete', 'cancel'],
  completed: [],
  cancelled: [],
};

/** The state that says most about a client's letters: what needs attention first, then what went well. */
const LETTER_ORDER: Letter['state'][] = ['failed', 'no_channel', 'no_consent', 'held', 'queued', 'preview', 'sent',
  'superseded', 'stopped'];

/** What a handover is called: a departure's handover, a cover, a partnership, or a rotation. */
function titleKey(handover: Handover): string {
  if (handover.rotation) return 'handovers.rotationOn';
  if (handover.cover) return 'handovers.coverOf';
  return handover.partnership ? 'handovers.partnershipOf' : 'handovers.titleOf';
}

function mainLetterState(letters: Letter[]): Letter['state'] | undefined {
  return LETTER_ORDER.find((state) => letters.some((letter) => letter.state === state));
}

/**
 * One handover: whose clients, how far along (successors chosen, items reviewed), each client with its
 * successor, and the next step. The server decides who may take each step and says why not.
 */
export function HandoverPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormats();
  const handover = useHandover(id);
  const items = useHandoverItems(id);
  const step = useHandoverStep(id);
  const me = useMe();
  const assign = useAssignSuccessor(id);
  const acknowledge = useAcknowledge(id);
  // Only those who choose successors need the people who may take clients over.
  const candidates = useCandidates('owner', false, handover.data?.allowedActions.includes('assign') ?? false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [successor, setSuccessor] = useState<string | null>(null);
  const [writing, setWriting] = useState<HandoverItem | null>(null);
  const [correcting, setCorrecting] = useState<HandoverItem | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const title = (h: Handover) => t(titleKey(h), { name: whose(h),
    day: h.rotation ? format.calendarDay(h.rotation.startsOn) : '' });
  usePageTitle(handover.data ? title(handover.data) : t('handovers.title'));
  if (handover.isPending) return null;
  if (handover.error || !handover.data) return <Text role="alert" c="red">{problemMessage(handover.error)}</Text>;
  const h = handover.data;
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];
  const editable = h.state === 'draft' || h.state === 'submitted';
  // The server says what the reader may do with this handover: steps and successors are its supervisors',
  // the write-up also the leaver's, acknowledging its successors'.
  const may = (action: string) => h.allowedActions.includes(action);
  const runs = may('assign');
  const completed = h.state === 'completed';
  // A temporary cover or a partnership adds someone to the clients: one step, ending it early, and none of a
  // departure's successors, letters or write-up.
  const cover = h.cover;
  const partnership = h.partnership;
  const adds = Boolean(cover ?? partnership);
  const rotation = h.rotation;
  // A departure's commitments are its leaver's and its supervisors' to read; they hold the link to its document.
  const commitmentsShown = h.kind === 'departure' && (may('commitments') || h.userId === me.data?.id);
  const steps: HandoverStep[] = adds ? ['cancel'] : NEXT[h.state];
  // Supervisors read the letters before completion and may hold one back; after it, whoever sees the item.
  // Those who run it (every open step of theirs allows cancelling, also a rotation approved before its day).
  const mayHold = (editable || h.state === 'approved') && (may('assign') || may('complete') || may('cancel'));
  const showsLetters = !h.cover && (h.partnership ? h.partnership.tellClients : completed || mayHold);
  const readingItem = rows.find((item) => item.id === reading) ?? null;
  const acknowledgeMine = (itemIds?: string[]) => acknowledge.mutate(itemIds, {
    onSuccess: () => notifications.show({ color: 'green', message: t('handovers.acknowledgedDone') }),
    onError: notifyProblem,
  });
  const select = (keys: string[], checked: boolean) => setSelected((current) => {
    const next = new Set(current);
    keys.forEach((key) => (checked ? next.add(key) : next.delete(key)));
    return next;
  });
  const give = () => successor && assign.mutate({ successorId: successor, itemIds: [...selected] }, {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('handovers.given', { count: selected.size }) });
      setSelected(new Set());
    },
    onError: notifyProblem,
  });
  const take = (next: HandoverStep) => step.mutate(next, {
    onSuccess: (changed) => notifications.show({ color: 'green', message: t(`handovers.done.${next}`, { state: t(`handovers.state.${changed.state}`) }) }),
    onError: notifyProblem,
  });

  return (
    <Stack>
      <Anchor component={Link} to="/handovers" size="sm">← {t('handovers.title')}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {title(h)}
          </Title>
          <Group gap="xs">
            <HandoverBadge handover={h} />
            <Text size="sm" c="dimmed" data-testid="handover-summary">
              {cover && t('handovers.coverSummary', { name: cover.substituteName ?? cover.substituteId,
                from: format.calendarDay(cover.startsOn), to: format.calendarDay(cover.endsOn) })}
              {partnership && t(partnership.endsOn ? 'handovers.partnershipUntil' : 'handovers.partnershipSummary', {
                name: partnership.partnerName ?? partnership.partnerId, duties: partnership.duties,
                from: format.calendarDay(partnership.startsOn),
                to: partnership.endsOn ? format.calendarDay(partnership.endsOn) : '' })}
              {rotation && t('handovers.rotationSummary', { members: whose(h) })}
              {!adds && !rotation && `${t(`handovers.reason.${h.reason}`)} · ${t('handovers.lastWorkingDay')}: ${h.lastWorkingDay ? format.calendarDay(h.lastWorkingDay) : '—'}`}
            </Text>
            <AccountClosingBadge closing={h.leaverAccount} />
          </Group>
        </Stack>
        <Group>
          {may('acknowledge') && (
            <Button loading={acknowledge.isPending && acknowledge.variables === undefined} onClick={() => acknowledgeMine()}>
              {t('handovers.acknowledgeAll', { count: h.yours - h.yoursAcknowledged })}
            </Button>
          )}
          {steps.filter((next) => may(next === 'acceptSuggested' ? 'assign' : next)).map((next) => (
            <Button key={next} variant={next === 'cancel' ? 'subtle' : next === 'acceptSuggested' ? 'light' : 'filled'}
              color={next === 'cancel' ? 'red' : undefined} loading={step.isPending && step.variables === next}
              onClick={() => (adds && next === 'cancel' ? setConfirmingEnd(true) : take(next))}>
              {t(cover ? 'handovers.endCover' : partnership ? 'handovers.endPartnership' : `handovers.step.${next}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {adds && <Text size="sm">{t(cover ? 'handovers.coverExplainPage' : 'handovers.partnerExplainPage', { count: h.items })}</Text>}
      {rotation && !rotation.due && h.state !== 'cancelled' && (
        <Text size="sm" data-testid="rotation-not-due">{t('handovers.rotationNotDue', { day: format.calendarDay(rotation.startsOn) })}</Text>
      )}
      {!adds && <Stack gap={4}>
        <Text size="sm" data-testid="handover-progress">
          {completed
            ? t('handovers.acknowledged', { done: h.acknowledged, total: h.items })
            : `${t('handovers.withSuccessor', { done: h.withSuccessor, total: h.items })} · ${t('handovers.reviewed', { done: h.reviewed, total: h.items })}`}
        </Text>
        <Progress value={h.items === 0 ? 100 : (100 * (completed ? h.acknowledged : h.withSuccessor)) / h.items}
          aria-label={t('handovers.progress')} />
        {completed && (
          <Text size="sm" data-testid="handover-reached">
            {t('handovers.reached', { done: h.reached, total: h.items })}
            {h.overdue > 0 && <Text span size="sm" c="red.9" fw={600}> · {t('handovers.overdue', { count: h.overdue })}</Text>}
          </Text>
        )}
      </Stack>}
      {editable && runs && (
        <Group align="flex-end">
          <Select label={t('handovers.successor')} searchable w={240} value={successor} onChange={setSuccessor}
            data={(candidates.data ?? []).filter((person) => person.userId !== h.userId
              && (!rotation || rotation.members.some((member) => member.id === person.userId)))
              .map((person) => ({ value: person.userId, label: person.userName }))} />
          <Button variant="light" disabled={!successor || selected.size === 0} loading={assign.isPending} onClick={give}>
            {t('handovers.give', { count: selected.size })}
          </Button>
        </Group>
      )}
      <RecordTable rows={rows} rowKey={(item) => item.id} pending={items.isPending} error={items.error}
        empty={t('handovers.noItems')} testId="handover-items"
        onOpen={!adds && (may('writeUp') || completed) ? setWriting : undefined}
        selection={editable && runs ? { selected, onSelect: select, allLabel: t('handovers.selectAll'),
          rowLabel: (item) => t('handovers.select', { name: item.clientName ?? item.clientId }) } : undefined}
        paging={{ hasMore: items.hasNextPage, loading: items.isFetchingNextPage, onMore: () => void items.fetchNextPage() }}
        columns={[
          { key: 'client', header: t('handovers.client'), cell: (item) => (
            <Anchor component={Link} to={`/clients/${item.clientId}`} onClick={(event) => event.stopPropagation()}>{item.clientName ?? t('fields.withheld')}</Anchor>
          ) },
          rotation
            ? { key: 'from', header: t('handovers.from'), cell: (item) => item.holderName ?? item.holderId }
            : { key: 'kinds', header: t('handovers.holds'), wide: true,
              cell: (item) => item.kinds.map((kind) => t(`handovers.kind.${kind}`)).join(', ') },
          { key: 'successor', header: t(cover ? 'handovers.substitute' : partnership ? 'handovers.partner' : 'handovers.successor'), cell: (item) => item.successorName
            ? <>
              {item.successorName}
              {may('correct') && (
                <Button size="compact-xs" variant="subtle" ml="xs"
                  aria-label={t('handovers.correctNamed', { name: item.clientName ?? item.clientId })}
                  onClick={(event) => { event.stopPropagation(); setCorrecting(item); }}>
                  {t('handovers.correct')}
                </Button>
              )}
            </>
            : (item.suggestedSuccessorName
              ? <Text span size="sm" c="dimmed">{t('handovers.suggested', { name: item.suggestedSuccessorName })}</Text>
              : <Text span size="sm" c="red">{t('handovers.noSuccessor')}</Text>) },
          ...(showsLetters ? [{ key: 'letters', header: t('letters.title'), cell: (item: HandoverItem) => {
            const main = mainLetterState(item.letters);
            return (
              <Button size="compact-xs" variant="subtle"
                aria-label={`${t('letters.of', { name: item.clientName ?? item.clientId })}: ${main ? t(`letters.state.${main}`) : '—'} (${item.letters.length})`}
                onClick={(event) => { event.stopPropagation(); setReading(item.id); }}>
                {main ? <LetterBadge state={main} /> : '—'}
                <Text span size="xs" ml={4}>{item.letters.length}</Text>
              </Button>
            );
          } }] : []),
          ...(adds ? [] : [completed
            ? { key: 'acknowledged', header: t('handovers.acknowledgedLabel'), cell: (item: HandoverItem) => item.acknowledgedAt
              ? <Badge color="#1e6b30" variant="light">{format.day(item.acknowledgedAt)}</Badge>
              : item.successorId === me.data?.id
                ? <Button size="compact-xs" variant="light" loading={acknowledge.isPending && acknowledge.variables?.[0] === item.id}
                  onClick={(event) => { event.stopPropagation(); acknowledgeMine([item.id]); }}>
                  {t('handovers.acknowledge')}
                </Button>
                : <Text span size="sm" c="dimmed">{t('handovers.notYet')}</Text> }
            : { key: 'reviewed', header: t('handovers.reviewedLabel'), wide: true,
              cell: (item: HandoverItem) => item.reviewed ? <Badge color="#1e6b30" variant="light">{t('handovers.yes')}</Badge> : null }]),
        ]} />
      <Modal opened={confirmingEnd} onClose={() => setConfirmingEnd(false)}
        title={t(cover ? 'handovers.endCover' : 'handovers.endPartnership')}>
        <Stack>
          <Text size="sm">{t('handovers.endConfirm', { count: h.items })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingEnd(false)}>{t('handovers.keepIt')}</Button>
            <Button color="red" loading={step.isPending} onClick={() => {
              setConfirmingEnd(false);
              take('cancel');
            }}>{t('handovers.endNow')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={writing !== null} onClose={() => setWriting(null)} size="lg"
        title={t('handovers.writeUp', { name: writing?.clientName ?? '' })}>
        {writing && <ItemEditor handoverId={id} item={writing} readOnly={!may('writeUp')} onDone={() => setWriting(null)} />}
      </Modal>
      <Modal opened={readingItem !== null} onClose={() => setReading(null)} size="lg"
        title={t('letters.of', { name: readingItem?.clientName ?? '' })}>
        {readingItem && <ItemLetters handoverId={id} item={readingItem} mayHold={mayHold} onDone={() => setReading(null)} />}
      </Modal>
      <Modal opened={correcting !== null} onClose={() => setCorrecting(null)}
        title={t('handovers.correctTitle', { name: correcting?.clientName ?? '' })}>
        {correcting && <CorrectItem handoverId={id} leaverId={h.userId ?? ''} item={correcting} onDone={() => setCorrecting(null)} />}
      </Modal>
      {commitmentsShown && (
        <CommitmentsSection handover={h} items={rows} editable={may('commitments')} />
      )}
      {h.kind === 'departure' && may('commitments') && (
        <WatchSection handover={h} readsAudit={me.data?.capabilities.includes('audit.read') ?? false} />
      )}
      {!adds && !commitmentsShown && (
        <Anchor component={Link} to={`/handovers/${h.id}/document`} size="sm">{t('commitments.document')}</Anchor>
      )}
      {h.events.length > 0 && (
        <Stack gap={2} data-testid="handover-events">
          <Title order={2} size="h4">{t('handovers.events')}</Title>
          {h.events.map((event) => (
            <Text key={`${event.at}-${event.toState}`} size="sm">
              {format.moment(event.at)} · {event.actorName ?? event.actorId} · {adds && event.toState === 'completed' ? t('handovers.arranged') : t(`handovers.state.${event.toState}`)}
              {event.note && (adds || event.kind === 'note') ? ` · ${event.note}` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
