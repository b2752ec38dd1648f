import { Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblemSaying } from '@/lib/notify';
import { ROUTING_RULES, useRouting, useSetRouting, type Routing, type RoutingRule } from '../api/pipeline';

/**
 * For the director, admins and heads of sales: per team, whether a client entering sales or account management goes
 * to the next person in turn or waits for the head of sales to choose. Others see nothing (they set no rule).
 */
export function RoutingSettings() {
  const { t } = useTranslation();
  const routing = useRouting();
  const setRule = useSetRouting();
  const [opened, setOpened] = useState(false);
  if (!routing.data?.length) return null;

  const change = (row: Routing, rule: RoutingRule) =>
    setRule.mutate({ routing: row, rule }, { onError: notifyProblemSaying({ 'stale-version': 'pipeline.routing.changedMeanwhile' }) });

  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Button variant="default" size="xs" onClick={() => setOpened(true)}>{t('pipeline.routing.open')}</Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('pipeline.routing.title')} size="lg">
        <Stack>
          <Text size="sm" c="dimmed">{t('pipeline.routing.hint')}</Text>
          <Table data-testid="routing-rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.fields.team')}</Table.Th>
                <Table.Th>{t('pipeline.routing.entering')}</Table.Th>
                <Table.Th>{t('pipeline.routing.rule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {routing.data.map((row) => (
                <Table.Tr key={`${row.team}/${row.phase}`}>
                  <Table.Td>{row.team}</Table.Td>
                  <Table.Td>{t(`pipeline.phase.${row.phase}`)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl size="xs" value={row.rule} disabled={setRule.isPending}
                      aria-label={t('pipeline.routing.ruleOf', { team: row.team, phase: t(`pipeline.phase.${row.phase}`) })}
                      onChange={(value) => change(row, value as RoutingRule)}
                      data={ROUTING_RULES.map((value) => ({ value, label: t(`pipeline.routing.rules.${value}`) }))} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Modal>
    </>
  );
}
