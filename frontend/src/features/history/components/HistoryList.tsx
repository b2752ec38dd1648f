import { Anchor, Button, Center, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { useSegmentNames } from '@/lib/session/segments';
import { useStageNames } from '@/lib/session/stages';
import { useHistory } from '../api/get-history';
import { tell } from './story';

/** Every change of the client, its contact persons and the people in front of it, told as a story, newest first. */
export function HistoryList({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const history = useHistory(clientId);
  const format = useFormats();
  const segments = useSegmentNames();
  const stages = useStageNames();

  if (history.isPending) return <Center p="md"><Loader size="sm" /></Center>;
  if (history.isError) return <Text c="red">{problemMessage(history.error)}</Text>;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  return (
    <>
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="history-table">
        {entries.map((entry) => {
          const story = tell(entry, t, i18n, format, { segment: segments.nameOf, stage: stages.nameOf });
          return (
            <li key={entry.id} data-testid="history-entry">
              <Text size="sm">{story.headline}</Text>
              <Text size="xs" c="dimmed">
                <time dateTime={entry.at}>{format.moment(entry.at)}</time>
                {entry.handoverId && (
                  <> · <Anchor component={Link} to={`/handovers/${entry.handoverId}`} size="xs">
                    {t(entry.handoverCorrection ? 'history.handoverCorrection' : 'history.handover')}
                  </Anchor></>
                )}
              </Text>
              {story.lines.length > 0 && (
                <List size="xs" mt={4} spacing={2}>
                  {story.lines.map((line) => (
                    <List.Item key={line.field}>
                      <b>{line.label}</b>: {line.withheld
                        ? t('history.withheld')
                        : entry.action === 'created' ? line.to : t('history.fromTo', { from: line.from, to: line.to })}
                    </List.Item>
                  ))}
                </List>
              )}
            </li>
          );
        })}
      </Stack>
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
