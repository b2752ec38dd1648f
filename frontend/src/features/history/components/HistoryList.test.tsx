import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { HistoryEntry } from '../api/get-history';
import { HistoryList } from './HistoryList';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';

function entry(id: number, changes: HistoryEntry['changes'], entityType: HistoryEntry['entityType'] = 'client',
  redactedFields: string[] = [], more: Partial<HistoryEntry> = {}): HistoryEntry {
  return { id, at: '2026-11-20T10:00:00Z', actorId: 'u-1', actorName: 'Sam Rusu', entityType, entityId: CLIENT_ID,
    action: 'updated', changes, redactedFields, people: {}, handoverCorrection: false, ...more };
}

afterEach(() => vi.unstubAllGlobals());

describe('HistoryList', () => {
  it('tells who changed which field from what to what, and loads older pages', async () => {
    const created = entry(1, {
      id: { from: null, to: 'c-1' }, clientId: { from: null, to: CLIENT_ID }, fullName: { from: null, to: 'Ana Popescu' },
      functions: { from: null, to: ['decision_maker', 'pays'] }, attributes: { from: null, to: {} },
      channels: { from: null, to: [{ kind: 'phone', value: '+40721234567', corporate: true }] },
    }, 'contact', [], { action: 'created', subjectName: 'Ana Popescu' });
    const { handler, requests } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? jsonResponse(200, { items: [created] })
          : jsonResponse(200, {
            items: [entry(2, { city: { from: 'Iași', to: 'Cluj-Napoca' }, segment: { from: null, to: 'key' },
              ownerId: { from: 'u-1', to: 'u-2' } }, 'client', [], { people: { 'u-1': 'Sam Rusu', 'u-2': 'Sara Lungu' } })],
            nextCursor: 'older',
          }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);

    expect(await screen.findByText('Sam Rusu changed the client')).toBeInTheDocument();
    expect(screen.getByText(/Iași → Cluj-Napoca/)).toHaveTextContent('City: Iași → Cluj-Napoca');
    expect(screen.getByText(/— → Key/)).toHaveTextContent('Segment: — → Key');
    // People by name, never by id.
    expect(screen.getByText(/Sam Rusu → Sara Lungu/)).toHaveTextContent('Owner: Sam Rusu → Sara Lungu');

    await userEvent.click(screen.getByRole('button', { name: 'Load older changes' }));
    expect(await screen.findByText('Sam Rusu added the contact person Ana Popescu')).toBeInTheDocument();
    // A creation lists what was entered, with labels, and none of the bookkeeping (ids, empty attributes).
    const told = screen.getAllByTestId('history-entry')[1];
    expect(told).toHaveTextContent('Functions: Decision maker, Pays');
    expect(told).toHaveTextContent('Phone +40721234567');
    expect(told).not.toHaveTextContent('c-1');
    expect(told).not.toHaveTextContent(CLIENT_ID);
    expect(told).not.toHaveTextContent(/attributes|\{\}/i);
    expect(screen.queryByRole('button', { name: 'Load older changes' })).not.toBeInTheDocument();
    expect(requests.filter((request) => request.url.includes('/history'))
      .map((request) => new URL(request.url).searchParams.get('cursor'))).toEqual([null, 'older']);
  });

  it('tells a move on the conveyor by stage names, with the next step and the qualification in words', async () => {
    const { handler } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: () => jsonResponse(200, { items: [entry(3, {
        stageId: { from: '57000000-0000-4000-8000-000000000002', to: '57000000-0000-4000-8000-000000000003' },
        nextStep: { from: null, to: { text: 'meet the owner', due: '2026-12-01' } },
        qualification: { from: null, to: { money: '20k', authority: 'the owner', need: null } },
      })] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);
    const told = await screen.findByTestId('history-entry');
    expect(await screen.findByText(/Contacted → Qualified/)).toHaveTextContent('Stage: Contacted → Qualified');
    expect(told).toHaveTextContent('Next step: — → meet the owner (Dec 1, 2026)');
    expect(told).toHaveTextContent('Qualification: — → Money: 20k; Authority: the owner');
    expect(told).not.toHaveTextContent('57000000');
  });

  it('tells a one-field change in one sentence, naming the contact person', async () => {
    const { handler } = routeFetch({
      [`GET /api/v1/clients/${CLIENT_ID}/history`]: () => jsonResponse(200, {
        items: [entry(4, { position: { from: 'buyer', to: 'head buyer' } }, 'contact', [], { subjectName: 'Andrei Moldovan' })],
      }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<HistoryList clientId={CLIENT_ID} />);
    expect(await screen.findByText('Sam Rusu changed the position of Andrei Moldovan from buyer to head buyer'))
      .toBeInTheDocument();
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
