import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '@/lib/api/schema';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import { OrdersSection } from './OrdersSection';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const CLIENT = {
  id: 'c1', name: 'Vinuri SRL', contactCount: 0, createdAt: '2026-01-01T00:00:00Z', createdBy: 'u',
  updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 3, revenue12m: 1500, overdueReceivables: 500,
  lastOrderOn: '2026-11-17', orderIntervalDays: 12, redactedFields: [],
} as components['schemas']['Client'];
const order = (id: string, status: string, amount?: number) => ({
  id, clientId: 'c1', date: '2026-11-17', number: `F-${id}`, amount, currency: 'RON', companyAmount: amount,
  companyCurrency: 'EUR', status, createdAt: '2026-11-17T10:00:00Z', createdBy: 'u', updatedAt: '2026-11-17T10:00:00Z',
  updatedBy: 'u', version: 2, redactedFields: amount === undefined ? ['amount', 'lines'] : [],
});

function serve(me: unknown, items: unknown[]) {
  const routes = routeFetch({
    'GET /api/v1/me': () => jsonResponse(200, me),
    'GET /api/v1/clients/c1/orders': () => jsonResponse(200, { items, companyCurrency: 'EUR' }),
    'POST /api/v1/clients/c1/orders': () => jsonResponse(201, order('new', 'open', 10)),
    'PATCH /api/v1/orders/o1': () => jsonResponse(200, order('o1', 'paid', 250)),
  });
  vi.stubGlobal('fetch', vi.fn(routes.handler));
  return routes.requests;
}

describe('OrdersSection', () => {
  it('shows the figures and the orders, marks one paid as seen, and posts a new one as typed', async () => {
    const requests = serve(ME_WRITER, [order('o1', 'invoiced', 250)]);
    renderWithProviders(<OrdersSection client={CLIENT} readOnly={false} />);

    const figures = await screen.findByTestId('order-figures');
    expect(figures).toHaveTextContent(/Revenue, last 12 months.*1,500\.00/);
    const row = (await screen.findByText('F-o1')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('RON');
    await userEvent.click(within(row).getByRole('button', { name: 'Mark paid: order F-o1' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"2"');
    expect(await patch.json()).toMatchObject({ status: 'paid' });

    await userEvent.click(screen.getByRole('button', { name: 'Add an order' }));
    const amount = await screen.findByRole('textbox', { name: /Amount/ });
    // "1,000": a thousand or one? Refused rather than guessed.
    await userEvent.type(amount, '1,000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/An amount such as 1234.50/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await userEvent.clear(amount);
    await userEvent.type(amount, '1 234,5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const posted = await requests.find((r) => r.method === 'POST')!.json();
    expect(posted).toMatchObject({ amount: 1234.5, currency: 'EUR', status: 'open' });
  });

  it('says what the field rules withhold and offers no entry to who may not write money', async () => {
    serve({ ...ME_WRITER, fields: { ...ME_WRITER.fields, 'order.amount': 'hidden', 'order.lines': 'hidden' } },
      [order('o2', 'open')]);
    renderWithProviders(<OrdersSection client={{ ...CLIENT, revenue12m: undefined, redactedFields: ['revenue12m'] }}
      readOnly={false} />);

    const row = (await screen.findByText('F-o2')).closest('tr') as HTMLElement;
    expect(within(row).getByText('withheld by the field rules')).toBeInTheDocument();
    expect(within(screen.getByTestId('order-figures')).getByText('withheld by the field rules')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an order' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Mark paid/ })).not.toBeInTheDocument();
  });
});
