import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { AttributionPage } from './AttributionPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const amounts = (found: number, qualified: number, closed: number, manages: number) =>
  ({ found, qualified, closed, manages, total: found + qualified + closed + manages });
const REPORT = {
  from: '2026-01-01', to: '2026-11-27', currency: 'EUR', split: amounts(10, 10, 50, 30),
  people: [
    { userId: 'sara', name: 'Sara Moldovan', amounts: amounts(0, 0, 1500, 0), orders: 2 },
    { userId: 'leo', name: 'Leo Ceban', amounts: amounts(300, 300, 0, 0), orders: 2 },
  ],
  supervised: { countedOrders: 3, counted: 3400, notRegisteredOrders: 2, notRegistered: 1000,
    unattributed: amounts(40, 40, 200, 0) },
};

afterEach(() => vi.unstubAllGlobals());

describe('AttributionPage', () => {
  it('lists each person by role, what no one was credited with, and what counted and was left out', async () => {
    const { handler } = routeFetch({ 'GET /api/v1/reports/attribution': () => jsonResponse(200, REPORT) });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<AttributionPage />);

    const table = await screen.findByTestId('attribution-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Sara Moldovan');
    expect(rows[1]).toHaveTextContent('€1,500.00');
    expect(rows[2]).toHaveTextContent('€600.00');
    expect(rows[3]).toHaveTextContent('No one (unattributed)');
    expect(rows[3]).toHaveTextContent('€280.00');
    expect(screen.getByTestId('attribution-split')).toHaveTextContent(/closed 50\s%/);
    const company = screen.getByTestId('attribution-supervised');
    expect(company).toHaveTextContent('Orders counted: 3');
    expect(company).toHaveTextContent('€3,400.00');
    expect(company).toHaveTextContent('registered on the order\'s day or later: 2');
    // The period shown is the server's default until one is chosen.
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
  });

  it('asks for the days chosen, and a reader with no one to supervise sees only their line', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/reports/attribution': () => jsonResponse(200, { ...REPORT, people: [REPORT.people[0]], supervised: undefined }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<AttributionPage />, { route: '/reports/attribution?from=2025-01-01&to=nonsense' });

    const table = await screen.findByTestId('attribution-table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByTestId('attribution-supervised')).toBeNull();
    const first = new URL(requests[0].url);
    expect(first.searchParams.get('from')).toBe('2025-01-01');
    expect(first.searchParams.has('to')).toBe(false);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-06-30' } });
    await vi.waitFor(() => {
      const last = new URL(requests.at(-1)!.url);
      expect(last.searchParams.get('from')).toBe('2025-01-01');
      expect(last.searchParams.get('to')).toBe('2025-06-30');
    });
  });

  it('tells a reader the field rules refuse that they may not read it', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/reports/attribution': () => jsonResponse(403, { type: '/problems/forbidden', title: 'Forbidden',
        status: 403, detail: 'The field rules hide order amounts from you' }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<AttributionPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Your role does not allow this here.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download workbook' })).toBeDisabled();
  });
});
