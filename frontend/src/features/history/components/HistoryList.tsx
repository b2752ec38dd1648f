import { Badge, Button, Center, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { useHistory, type HistoryEntry } from '../api/get-history';
import { problemMessage } from '@/lib/notify';

// Fields whose values are codes with a translated label (the history carries API values).
const CODED_FIELDS: Record<string, string> = {
  lifecycle: 'lifecycle', segment: 'segment', kind: 'kind', country: 'country', preferredChannel: 'preferred',
};

/** Every change of the client and its contacts: who, when, what from → to. */
export function HistoryList({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const history = useHistory(clientId);
  const format = useFormats();
  // Fields come as API names; show the same label the forms use when there is one.
  const fieldLabel = (entry: HistoryEntry, field: string) => {
    const key = `${entry.entityType === 'client' ? 'clients' : 'contacts'}.fields.${field}`;
    return i18n.exists(key) ? t(key) : field;
  };
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'object') return JSON.stringify(value);
    const key = `${CODED_FIELDS[field]}.${String(value)}`;
    return field in CODED_FIELDS && i18n.exists(key) ? t(key) : String(value);
  };

  if (history.isPending) return <Center p="md"><Loader size="sm" /></Center>;
  if (history.isError) return <Text c="red">{problemMessage(history.error)}</Text>;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  return (
    <>
      <Table verticalSpacing="xs" data-testid="history-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{t('history.who')}</Table.Th>
            <Table.Th>{t('history.what')}</Table.Th>
            <Table.Th>{t('history.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.moment(entry.at)}</Table.Td>
              <Table.Td>{entry.actorName ?? entry.actorId}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`history.action.${entry.action}`)}</Badge>{' '}
                <Text span size="xs" c="dimmed">{t(`history.entity.${entry.entityType}`)}</Text>
              </Table.Td>
              <Table.Td>
                {Object.entries(entry.changes).map(([field, change]) => (
                  <Text key={field} size="xs">
                    <b>{fieldLabel(entry, field)}</b>: {show(field, change.from)} → {show(field, change.to)}
                  </Text>
                ))}
                {/* Changed, but the field rules keep the values from this reader. */}
                {entry.redactedFields.filter((field) => !(field in entry.changes)).map((field) => (
                  <Text key={field} size="xs" c="dimmed">
                    <b>{fieldLabel(entry, field)}</b>: {t('history.withheld')}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {history.hasNextPage && (
        <Center mt="sm">
          <Button variant="light" loading={history.isFetchingNextPage} onClick={() => history.fetchNextPage()}>
            {t('history.loadMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
