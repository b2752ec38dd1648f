import { Button, Center, Checkbox, Loader, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/notify';

export type Column<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** Left out on a phone: a row keeps what identifies the record and fits 390 px. */
  wide?: boolean;
  width?: number;
  /** The server's sort values for this column, ascending and descending (`name`, `-name`). */
  sort?: { asc: string; desc: string };
};

type Props<R> = {
  rows: R[];
  rowKey: (row: R) => string;
  columns: Column<R>[];
  /** While the first page loads, or why it failed: either replaces the table. */
  pending?: boolean;
  error?: unknown;
  /** What an empty result says. */
  empty: ReactNode;
  /** Opens a row on click and on Enter, so the list works from the keyboard. */
  onOpen?: (row: R) => void;
  /** Rows to act on at once; Space toggles the focused row. */
  selection?: {
    selected: Set<string>;
    onSelect: (keys: string[], checked: boolean) => void;
    rowLabel: (row: R) => string;
    allLabel: string;
  };
  /** The order in force and how to change it (column headers with `sort` become buttons). */
  sort?: { current?: string; onChange: (sort: string) => void };
  /** Keyset paging: one more page on request. */
  paging?: { hasMore: boolean; loading: boolean; onMore: () => void };
  testId?: string;
};

/**
 * The one table of records (clients, people, the audit log, …): columns from a definition, an order the
 * server applies, keyset paging, selection for bulk actions, and its loading, error and empty states.
 */
export function RecordTable<R>({ rows, rowKey, columns, pending, error, empty, onOpen, selection, sort, paging, testId }: Props<R>) {
  const { t } = useTranslation();
  if (pending) return <Center p="xl"><Loader /></Center>;
  const failure = error ? <Text c="red" role="alert">{problemMessage(error)}</Text> : null;
  // A later page or a refresh that failed leaves the rows already read on screen, the failure under them.
  if (rows.length === 0) return failure ?? <Text c="dimmed" ta="center" p="xl">{empty}</Text>;

  const keys = rows.map(rowKey);
  const chosen = selection ? keys.filter((key) => selection.selected.has(key)).length : 0;
  const visibility = (column: Column<R>) => (column.wide ? { visibleFrom: 'sm' } : {});
  return (
    <>
      <Table highlightOnHover={Boolean(onOpen)} striped verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox aria-label={selection.allLabel} checked={chosen === keys.length}
                  indeterminate={chosen > 0 && chosen < keys.length}
                  onChange={(event) => selection.onSelect(keys, event.currentTarget.checked)} />
              </Table.Th>
            )}
            {columns.map((column) => {
              const direction = column.sort && sort?.current === column.sort.asc ? 'ascending'
                : column.sort && sort?.current === column.sort.desc ? 'descending' : undefined;
              return (
                <Table.Th key={column.key} w={column.width} aria-sort={direction} {...visibility(column)}>
                  {column.sort && sort ? (
                    <UnstyledButton fw={700} fz="sm"
                      onClick={() => sort.onChange(direction === 'ascending' ? column.sort!.desc : column.sort!.asc)}>
                      {column.header} {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                    </UnstyledButton>
                  ) : column.header}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const key = keys[index];
            return (
              <Table.Tr key={key} tabIndex={onOpen ? 0 : undefined} style={onOpen ? { cursor: 'pointer' } : undefined}
                onClick={onOpen ? () => onOpen(row) : undefined}
                onKeyDown={(event) => {
                  if (event.target !== event.currentTarget) return; // keys typed in a cell's own control
                  if (event.key === 'Enter' && onOpen) onOpen(row);
                  if (event.key === ' ' && selection) {
                    event.preventDefault();
                    selection.onSelect([key], !selection.selected.has(key));
                  }
                }}>
                {selection && (
                  <Table.Td onClick={(event) => event.stopPropagation()}>
                    <Checkbox aria-label={selection.rowLabel(row)} checked={selection.selected.has(key)}
                      onChange={(event) => selection.onSelect([key], event.currentTarget.checked)} />
                  </Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td key={column.key} {...visibility(column)}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {failure}
      {paging?.hasMore && (
        <Center mt="sm">
          <Button variant="light" loading={paging.loading} onClick={paging.onMore}>{t('table.loadMore')}</Button>
        </Center>
      )}
    </>
  );
}
