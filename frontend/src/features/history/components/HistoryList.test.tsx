import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { HistoryEntry } from '../api/get-history';
import { HistoryList } from './HistoryList';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';

function entry(id: number, changes: HistoryEntry['changes'], entityType: HistoryEntry['entityType'] = 'client',
  redactedFields: string[] = []): HistoryEntry {
  return { id, at: '2026-11-20T10:00:00Z', actorId: 'u-1', actorName: 'Sam Rusu', entityType, entityId: CLIENT_ID,
    action: 'updated', changes, redactedFields };
}

afterEach(() => vi.unstubAllGlobals());

describe('HistoryList', () => {
  it('shows who changed which field from what to what, and loads older pages', async () => {
    const { handler, requests } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? jsonResponse(200, { items: [entry(1, { fullName: { from: null, to: 'Ana Popescu' } }, 'contact')] })
          : jsonResponse(200, {
            items: [entry(2, { city: { from: 'Iași', to: 'Cluj-Napoca' }, segment: { from: null, to: 'key' } })],
            nextCursor: 'older',
          }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);

    const change = await screen.findByText(/Iași → Cluj-Napoca/);
    expect(change).toHaveTextContent('City: Iași → Cluj-Napoca');
    expect(screen.getByText(/— → Key/)).toHaveTextContent('Segment: — → Key');
    expect(screen.getByText('Sam Rusu')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load older changes' }));
    expect(await screen.findByText(/— → Ana Popescu/)).toHaveTextContent('Full name: — → Ana Popescu');
    expect(screen.queryByRole('button', { name: 'Load older changes' })).not.toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).searchParams.get('cursor'))).toEqual([null, 'older']);
  });

  it('says a field changed without showing values the field rules withhold', async () => {
    const { handler } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: () => jsonResponse(200, {
        items: [entry(3, { position: { from: null, to: 'buyer' } }, 'contact', ['familyNotes'])],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);
    expect(await screen.findByText(/withheld by the field rules/)).toHaveTextContent(
      'Family notes: changed (withheld by the field rules)');
  });

  it('says so when nothing was recorded', async () => {
    const { handler } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: () => jsonResponse(200, { items: [] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
  });
});
