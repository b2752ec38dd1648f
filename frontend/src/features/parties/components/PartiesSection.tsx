import { Box, Badge, Button, Center, Group, Loader, Modal, Switch, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { notifyProblem, problemMessage } from '@/lib/notify';
import { useAssignableKinds, useEndParty, useParties, type Party } from '../api/parties';
import { AssignForm } from './AssignForm';

type Props = { clientId: string; prospect: boolean; readOnly: boolean };

/** Who stands in front of the client: owner, co-owner, partners, stand-ins, sponsors; and who did before. */
export function PartiesSection({ clientId, prospect, readOnly }: Props) {
  const { t } = useTranslation();
  const [ended, setEnded] = useState(false);
  const parties = useParties(clientId, ended);
  const end = useEndParty(clientId);
  const [adding, addition] = useDisclosure(false);
  const kinds = useAssignableKinds();
  const canAssign = !readOnly && kinds.length > 0;
  const canEnd = (party: Party) => !readOnly && !party.endedAt && (kinds as string[]).includes(party.kind)
    && party.kind !== 'owner' && party.kind !== 'co-owner';
  const format = useFormats();
  const period = (party: Party) => [party.validFrom, party.endedAt ?? party.validTo]
    .map((at) => (at ? format.day(at) : '…')).join(' – ');

  const confirmEnd = (party: Party) => modals.openConfirmModal({
    title: t('parties.endTitle'),
    children: <Text size="sm">{t('parties.endConfirm', { name: party.userName ?? '', kind: t(`parties.kind.${party.kind}`) })}</Text>,
    labels: { confirm: t('parties.end'), cancel: t('actions.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => end.mutate(party, { onError: notifyProblem }),
  });

  if (parties.isPending) return <Center p="md"><Loader size="sm" /></Center>;
  if (parties.isError) return <Text c="red">{problemMessage(parties.error)}</Text>;
  const { items, redactedKinds } = parties.data;
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Switch label={t('parties.showEnded')} checked={ended} onChange={(event) => setEnded(event.currentTarget.checked)} />
        {canAssign && <Button size="xs" onClick={addition.open}>{t('parties.add')}</Button>}
      </Group>
      {items.length === 0 ? <Text c="dimmed">{t('parties.none')}</Text> : (
        // Wider than a phone: it scrolls sideways, and a keyboard can reach and scroll it too.
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('parties.title')}>
          <Table verticalSpacing="xs" miw={480} data-testid="parties-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('parties.person')}</Table.Th>
                <Table.Th>{t('parties.kindLabel')}</Table.Th>
                <Table.Th>{t('parties.period')}</Table.Th>
                <Table.Th>{t('parties.duties')}</Table.Th>
                {canAssign && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((party) => (
                <Table.Tr key={party.id} c={party.standing ? undefined : 'dimmed'}>
                  <Table.Td>{party.userName ?? t('fields.withheld')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={party.standing ? 'blue' : 'gray'}>{t(`parties.kind.${party.kind}`)}</Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{period(party)}</Table.Td>
                  <Table.Td>{party.duties ?? ''}</Table.Td>
                  {canAssign && (
                    <Table.Td>
                      {canEnd(party) && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => confirmEnd(party)}>
                          {t('parties.end')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {redactedKinds.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('parties.withheld', { kinds: redactedKinds.map((kind) => t(`parties.kind.${kind}`)).join(', ') })}
        </Text>
      )}
      <Modal opened={adding} onClose={addition.close} title={t('parties.add')}>
        <AssignForm clientIds={[clientId]} prospects={prospect} onCancel={addition.close}
          onDone={() => {
            addition.close();
            notifications.show({ color: 'green', message: t('parties.assigned', { count: 1 }) });
          }} />
      </Modal>
    </>
  );
}
