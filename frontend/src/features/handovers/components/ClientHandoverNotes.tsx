import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { useClientHandovers } from '../api/handovers';
import { LetterList } from './LetterList';

/**
 * On a client's page, what its previous holder left for the successor: the state of work and the urgent
 * matters with their due dates (overdue ones marked). Nothing when the client was never handed over.
 */
export function ClientHandoverNotes({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  const handovers = useClientHandovers(clientId);
  // Today in the reader's own calendar (not UTC): a matter due today is not overdue yet.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (handovers.error) return <Text size="sm" c="red" role="alert">{problemMessage(handovers.error)}</Text>;
  if (!handovers.data?.length) return null;
  return (
    <Stack gap="xs" data-testid="client-handovers">
      {handovers.data.map((handover) => (
        <Alert key={handover.itemId} color={handover.state === 'completed' ? 'blue' : 'gray'} variant="light"
          title={handover.state === 'completed'
            ? t('handovers.fromTo', { from: handover.leaverName ?? handover.leaverId, to: handover.successorName ?? '—',
              date: handover.completedAt ? format.day(handover.completedAt) : '' })
            : t('handovers.inPreparation', { name: handover.leaverName ?? handover.leaverId, state: t(`handovers.state.${handover.state}`) })}>
          {handover.redactedFields.includes('stateOfWork') && !handover.stateOfWork
            ? <Text size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text>
            : <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{handover.stateOfWork ?? t('handovers.noStateOfWork')}</Text>}
          {(handover.urgentMatters ?? []).length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">{t('handovers.urgent')}</Text>
              <List size="sm">
                {(handover.urgentMatters ?? []).map((matter, index) => (
                  <List.Item key={`${index}-${matter.due}`}>
                    <Text span size="sm" c={matter.due < today ? 'red.9' : undefined} fw={matter.due < today ? 600 : undefined}>
                      {format.calendarDay(matter.due)}
                    </Text>{' '}— {matter.text}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {handover.letters.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">{t('letters.toClient')}</Text>
              <LetterList letters={handover.letters} />
            </>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
