import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/problem';
import { renderWithProviders } from '@/testing/render';
import { RecordTable, type Column } from './RecordTable';

type Row = { id: string; name: string; city: string };
const ROWS: Row[] = [{ id: 'a', name: 'Agroprod', city: 'Iași' }, { id: 'b', name: 'Bucovina', city: 'Suceava' }];
const COLUMNS: Column<Row>[] = [
  { key: 'name', header: 'Name', cell: (row) => row.name, sort: { asc: 'name', desc: '-name' } },
  { key: 'city', header: 'City', cell: (row) => row.city, wide: true },
];

describe('RecordTable', () => {
  it('orders by a column header: ascending first, then descending, and says which', async () => {
    const asked: string[] = [];
    function Ordered() {
      const [current, setCurrent] = useState<string>();
      return <RecordTable rows={ROWS} rowKey={(row) => row.id} columns={COLUMNS} empty="none"
        sort={{ current, onChange: (sort) => { asked.push(sort); setCurrent(sort); } }} />;
    }
    renderWithProviders(<Ordered />);
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(asked).toEqual(['name', '-name']);
    // A column without a server order is plain text.
    expect(screen.queryByRole('button', { name: 'City' })).not.toBeInTheDocument();
  });

  it('opens a row on click and Enter, and toggles its selection with Space', async () => {
    const onOpen = vi.fn();
    const onSelect = vi.fn();
    renderWithProviders(<RecordTable rows={ROWS} rowKey={(row) => row.id} columns={COLUMNS} empty="none" onOpen={onOpen}
      selection={{ selected: new Set(['a']), onSelect, rowLabel: (row) => `Select ${row.name}`, allLabel: 'Select all' }} />);
    const row = screen.getByText('Bucovina').closest('tr')!;
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(ROWS[1]);
    fireEvent.keyDown(row, { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith(['b'], true);
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toBePartiallyChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(onSelect).toHaveBeenLastCalledWith(['a', 'b'], true);
    // Ticking a box selects; it does not open the row.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Agroprod' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says when nothing matches or the rows could not be read, and offers the next page', async () => {
    renderWithProviders(<RecordTable rows={[]} rowKey={(row: Row) => row.id} columns={COLUMNS} empty="No clients match." />);
    expect(screen.getByText('No clients match.')).toBeInTheDocument();
    cleanup();
    renderWithProviders(<RecordTable rows={[]} rowKey={(row: Row) => row.id} columns={COLUMNS} empty="none"
      error={new ApiProblem({ type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: 'x' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your role does not allow this here.');
    cleanup();
    // A later page that failed leaves the rows read so far on screen, the failure under them.
    renderWithProviders(<RecordTable rows={ROWS} rowKey={(row) => row.id} columns={COLUMNS} empty="none"
      error={new ApiProblem({ type: '/problems/unavailable', title: 'Unavailable', status: 503, detail: 'x' })} />);
    expect(screen.getByText('Agroprod')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in a moment.');
    cleanup();
    const onMore = vi.fn();
    renderWithProviders(<RecordTable rows={ROWS} rowKey={(row) => row.id} columns={COLUMNS} empty="none"
      paging={{ hasMore: true, loading: false, onMore }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onMore).toHaveBeenCalled();
  });
});
