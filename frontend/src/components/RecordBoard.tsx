import { ActionIcon, Badge, Box, Button, Center, Group, Loader, Menu, Paper, ScrollArea, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/notify';

export type BoardColumn<R> = {
  key: string;
  title: ReactNode;
  items: R[];
  /** How many records the column holds in all (the server counts; its cards may be only the first page). */
  count?: number;
  /** The count stopped before the end: there are more than `count`. */
  countCapped?: boolean;
  /** A column's total of some amount (the pipeline's value per stage), already formatted. */
  sum?: ReactNode;
  pending?: boolean;
  error?: unknown;
  paging?: { hasMore: boolean; loading: boolean; onMore: () => void };
};

type Props<R> = {
  columns: BoardColumn<R>[];
  itemKey: (item: R) => string;
  /** The card of one record; it should hold a link that opens it. */
  card: (item: R) => ReactNode;
  /** Names the record in the "move" menu, for screen readers. */
  itemLabel: (item: R) => string;
  /**
   * Moves a record to another column, by drag and drop or from the card's menu (the keyboard's way); false when it
   * asks for more first (a form), so that nothing is announced yet. Without it, or for a record `canMove` refuses,
   * the board only shows.
   */
  onMove?: (item: R, to: string) => boolean | void;
  canMove?: (item: R) => boolean;
  empty: ReactNode;
  testId?: string;
};

const DRAGGED = 'application/x-relay-record';

/**
 * The one board of records (clients by phase today, the pipeline by stage next): a column per value with
 * its count and sum, cards moved by drag and drop or from each card's menu, and each column's loading,
 * error, empty and "more" states. On a phone the columns scroll sideways, one screen-width each.
 */
export function RecordBoard<R>({ columns, itemKey, card, itemLabel, onMove, canMove, empty, testId }: Props<R>) {
  const { t } = useTranslation();
  const [over, setOver] = useState<string>();
  // Said to screen readers after a move: the card left the place where their focus was.
  const [said, setSaid] = useState('');
  const move = (item: R, to: string) => {
    const column = columns.find((candidate) => candidate.key === to);
    if (onMove?.(item, to) !== false) {
      setSaid(t('table.moved', { name: itemLabel(item), to: typeof column?.title === 'string' ? column.title : to }));
    }
  };
  const movable = (item: R) => Boolean(onMove) && (canMove?.(item) ?? true);
  const find = (key: string) => columns.flatMap((column) => column.items).find((item) => itemKey(item) === key);

  const drop = (to: string) => (event: DragEvent) => {
    event.preventDefault();
    setOver(undefined);
    const [key, from] = (event.dataTransfer.getData(DRAGGED) || '').split('\n');
    const item = key ? find(key) : undefined;
    if (item && from !== to && movable(item)) move(item, to);
  };

  return (
    <ScrollArea type="auto" offsetScrollbars data-testid={testId}>
      <VisuallyHidden aria-live="polite">{said}</VisuallyHidden>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
        {columns.map((column) => (
          <Paper key={column.key} component="section" aria-label={typeof column.title === 'string' ? column.title : undefined}
            withBorder p="xs" w={{ base: 'calc(100vw - 48px)', sm: 260 }} miw={240} data-testid="board-column"
            bg={over === column.key ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-0)'}
            onDragOver={onMove ? (event) => { event.preventDefault(); setOver(column.key); } : undefined}
            onDragLeave={() => setOver((current) => (current === column.key ? undefined : current))}
            onDrop={onMove ? drop(column.key) : undefined}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Title order={2} size="h5">{column.title}</Title>
              <Group gap={4} wrap="nowrap">
                {column.sum !== undefined && <Text size="xs" c="dimmed" data-testid="board-sum">{column.sum}</Text>}
                {column.count !== undefined && (
                  <Badge variant="default" data-testid="board-count"
                    aria-label={t(column.countCapped ? 'table.countMore' : 'table.count', { count: column.count })}>
                    {column.count}{column.countCapped ? '+' : ''}
                  </Badge>
                )}
              </Group>
            </Group>
            {column.pending ? <Center p="md"><Loader size="sm" /></Center> : (
              <Stack gap="xs">
                {column.items.length === 0 && !column.error && <Text size="sm" c="dimmed" ta="center" p="sm">{empty}</Text>}
                {column.items.map((item) => (
                  <Paper key={itemKey(item)} withBorder shadow="xs" p="xs" data-testid="board-card"
                    draggable={movable(item)} style={movable(item) ? { cursor: 'grab' } : undefined}
                    onDragStart={(event) => event.dataTransfer.setData(DRAGGED, `${itemKey(item)}\n${column.key}`)}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
                      <Box miw={0}>{card(item)}</Box>
                      {movable(item) && (
                        <Menu position="bottom-end">
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" size="sm"
                              aria-label={t('table.moveNamed', { name: itemLabel(item) })}>⋮</ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Label>{t('table.moveTo')}</Menu.Label>
                            {columns.filter((other) => other.key !== column.key).map((other) => (
                              <Menu.Item key={other.key} onClick={() => move(item, other.key)}>{other.title}</Menu.Item>
                            ))}
                          </Menu.Dropdown>
                        </Menu>
                      )}
                    </Group>
                  </Paper>
                ))}
                {column.error ? <Text size="sm" c="red" role="alert">{problemMessage(column.error)}</Text> : null}
                {column.paging?.hasMore && (
                  <Button variant="subtle" size="xs" loading={column.paging.loading} onClick={column.paging.onMore}>
                    {t('table.loadMore')}
                  </Button>
                )}
              </Stack>
            )}
          </Paper>
        ))}
      </Group>
    </ScrollArea>
  );
}
