import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { useCommitments, useHandover, useHandoverItems, whose, type Handover } from '../api/handovers';
import { CommitmentsRead } from './CommitmentsSection';

/** Who approved the handover last, by name: the supervisor who signs beside the person leaving. */
function approverOf(handover: Handover): string | undefined {
  // A note recorded on an approved handover (its commitments) is no approval: only a transition into the state is.
  const approved = [...handover.events].reverse()
    .find((event) => event.kind === 'transition' && event.toState === 'approved');
  return approved ? approved.actorName ?? approved.actorId : undefined;
}

/**
 * The handover on paper, for signatures: whose clients and why, every item with its successor, state of work and
 * urgent matters, a departure's commitments, and a line to sign for the person leaving, the supervisor and each
 * successor. Reads every item (a page at a time) before it prints; the app's frame is left off the paper.
 */
export function HandoverDocument() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormats();
  const handover = useHandover(id);
  const items = useHandoverItems(id);
  const departure = handover.data?.kind === 'departure';
  const commitments = useCommitments(id, departure);
  usePageTitle(t('document.title'));
  useEffect(() => {
    // A page that failed is not asked for again and again: the page says so (the error below), Print stays off.
    if (items.hasNextPage && !items.isFetchingNextPage && !items.isFetchNextPageError) void items.fetchNextPage();
  }, [items]);
  if (handover.isPending) return null;
  if (handover.error || !handover.data) return <Text role="alert" c="red">{problemMessage(handover.error)}</Text>;
  const h = handover.data;
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];
  const complete = !items.isPending && !items.hasNextPage && !items.error;
  const successors = [...new Set(rows.map((item) => item.successorName ?? item.successorId).filter(Boolean))] as string[];
  const signers = [
    ...(h.userId ? [[t('document.leaving'), h.userName ?? h.userId]] : []),
    [t('document.supervisor'), approverOf(h) ?? ''],
    ...successors.map((name) => [t('document.successor'), name]),
  ];
  const found = commitments.data;
  return (
    <Stack gap="md" data-testid="handover-document">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/handovers/${id}`} size="sm">← {t('document.back')}</Anchor>
        <Button onClick={() => window.print()} disabled={!complete}>{t('document.print')}</Button>
      </Group>
      <Title order={1} size="h2">{t('document.title')}: {whose(h)}</Title>
      <Text size="sm">
        {t(`handovers.type.${h.kind}`)} · {t(`handovers.state.${h.state}`)}
        {h.reason && ` · ${t(`handovers.reason.${h.reason}`)}`}
        {h.lastWorkingDay && ` · ${t('handovers.lastWorkingDay')}: ${format.calendarDay(h.lastWorkingDay)}`}
        {h.rotation && ` · ${t('handovers.rotationDay')}: ${format.calendarDay(h.rotation.startsOn)}`}
        {` · ${t('document.clients', { count: h.items })}`}
      </Text>
      {!complete && !items.isFetchNextPageError && (
        <Text size="sm" c="dimmed" role="status">{t('document.loading', { count: rows.length })}</Text>
      )}
      {items.error && <Text size="sm" c="red" role="alert">{problemMessage(items.error)}</Text>}
      <Table withTableBorder withColumnBorders data-testid="document-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('handovers.client')}</Table.Th>
            <Table.Th>{t('handovers.successor')}</Table.Th>
            <Table.Th>{t('document.stateOfWork')}</Table.Th>
            <Table.Th>{t('document.urgent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item, index) => (
            <Table.Tr key={item.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>{item.clientName ?? t('fields.withheld')}</Table.Td>
              <Table.Td>{item.successorName ?? item.successorId ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.stateOfWork ?? '—'}</Table.Td>
              <Table.Td>
                {(item.urgentMatters ?? []).map((matter) => (
                  <Text key={`${matter.due}-${matter.text}`} size="sm">{format.calendarDay(matter.due)}: {matter.text}</Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {departure && found && (
        <Stack gap={4} data-testid="document-commitments">
          <Title order={2} size="h4">{t('commitments.title')}</Title>
          <CommitmentsRead found={found} />
        </Stack>
      )}
      <Stack gap="lg" mt="lg" data-testid="document-signatures">
        <Title order={2} size="h4">{t('document.signatures')}</Title>
        {signers.map(([role, name]) => (
          <Group key={`${role}-${name}`} justify="space-between" wrap="nowrap">
            <Text size="sm">{role}: {name}</Text>
            <Text size="sm" c="dimmed">{t('document.signHere')}</Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
