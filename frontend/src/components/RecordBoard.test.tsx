import { createEvent, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { RecordBoard, type BoardColumn } from './RecordBoard';

type Card = { id: string; name: string };
const COLUMNS: BoardColumn<Card>[] = [
  { key: 'new', title: 'New', items: [{ id: 'a', name: 'Agroprod' }], count: 1 },
  { key: 'won', title: 'Won', items: [], count: 10000, countCapped: true, sum: '€ 1,200' },
];

function board(onMove?: (card: Card, to: string) => void, canMove?: (card: Card) => boolean) {
  renderWithProviders(<RecordBoard columns={COLUMNS} itemKey={(card) => card.id} itemLabel={(card) => card.name}
    card={(card) => <span>{card.name}</span>} empty="Nothing here" onMove={onMove} canMove={canMove} />);
}

/** A drag as the browser delivers it: the data set on dragstart is read back on drop. */
function drag(card: HTMLElement, target: HTMLElement) {
  const data = new Map<string, string>();
  const dataTransfer = { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? '' };
  fireEvent(card, Object.assign(createEvent.dragStart(card), { dataTransfer }));
  fireEvent(target, Object.assign(createEvent.dragOver(target), { dataTransfer }));
  fireEvent(target, Object.assign(createEvent.drop(target), { dataTransfer }));
}

describe('RecordBoard', () => {
  it('shows each column with its count, sum and empty state', () => {
    board();
    const [first, second] = screen.getAllByTestId('board-column');
    expect(within(first).getByTestId('board-count')).toHaveTextContent('1');
    expect(within(second).getByTestId('board-count')).toHaveTextContent('10000+');
    expect(within(second).getByTestId('board-count')).toHaveAccessibleName('more than 10000 records');
    expect(within(second).getByTestId('board-sum')).toHaveTextContent('€ 1,200');
    expect(within(second).getByText('Nothing here')).toBeInTheDocument();
    // Without a way to move, cards neither drag nor offer a menu.
    expect(screen.getByTestId('board-card')).toHaveAttribute('draggable', 'false');
    expect(screen.queryByRole('button', { name: 'Move Agroprod' })).not.toBeInTheDocument();
  });

  it('moves a card by drag and drop, and from its menu with the keyboard, and says so', async () => {
    const onMove = vi.fn();
    board(onMove);
    const [first, second] = screen.getAllByTestId('board-column');
    drag(screen.getByTestId('board-card'), second);
    expect(onMove).toHaveBeenLastCalledWith(COLUMNS[0].items[0], 'won');
    // Dropped where it came from, nothing moves.
    drag(screen.getByTestId('board-card'), first);
    expect(onMove).toHaveBeenCalledTimes(1);

    screen.getByRole('button', { name: 'Move Agroprod' }).focus();
    await userEvent.keyboard('{Enter}');
    // The menu offers the other columns only.
    expect(screen.queryByRole('menuitem', { name: 'New' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Won' }));
    expect(onMove).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Agroprod moved to Won')).toBeInTheDocument();
  });

  it('keeps still a card the caller may not move', () => {
    const onMove = vi.fn();
    board(onMove, () => false);
    drag(screen.getByTestId('board-card'), screen.getAllByTestId('board-column')[1]);
    expect(onMove).not.toHaveBeenCalled();
    expect(screen.getByTestId('board-card')).toHaveAttribute('draggable', 'false');
    expect(screen.queryByRole('button', { name: 'Move Agroprod' })).not.toBeInTheDocument();
  });
});
