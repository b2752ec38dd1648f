import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { useRouting } from '../api/pipeline';
import { RoutingSettings } from './RoutingSettings';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const rule = (phase: string, rule: string, version: number) => ({ team: 'north', phase, rule, version });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('RoutingSettings', () => {
  it('shows nothing to someone who supervises no team', async () => {
    const { handler } = routeFetch({});
    vi.stubGlobal('fetch', vi.fn(handler));
    // Beside it, a reader of the same rules: once it has them, so has the settings button.
    function Probe() {
      return useRouting().isSuccess ? <p>rules read</p> : null;
    }
    renderWithProviders(<><RoutingSettings /><Probe /></>);
    expect(await screen.findByText('rules read')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Handing on…' })).not.toBeInTheDocument();
  });

  it('sets a team rule at the version read', async () => {
    let sales = rule('sales', 'round-robin', 2);
    const { handler, requests } = routeFetch({
      'GET /api/v1/pipeline/routing': () => jsonResponse(200, { items: [sales, rule('account', 'round-robin', 0)] }),
      'PUT /api/v1/pipeline/routing/north/sales': async (request) => {
        sales = { ...sales, rule: (await request.clone().json()).rule, version: 3 };
        return jsonResponse(200, sales);
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<RoutingSettings />);

    await user.click(await screen.findByRole('button', { name: 'Handing on…' }));
    const rules = await screen.findByTestId('routing-rules');
    const salesRule = within(rules).getByRole('radiogroup', { name: 'Rule of north for Sales' });
    await user.click(within(salesRule).getByLabelText('Head of sales chooses'));
    await waitFor(() => expect(within(salesRule).getByLabelText('Head of sales chooses')).toBeChecked());
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({ rule: 'head-of-sales' });
    const accountRule = within(rules).getByRole('radiogroup', { name: 'Rule of north for Account management' });
    expect(within(accountRule).getByLabelText('In turn')).toBeChecked();
  });

  it('says so when someone changed the rule first, and shows it as it is', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/pipeline/routing': () => jsonResponse(200, { items: [rule('sales', 'round-robin', 4)] }),
      'PUT /api/v1/pipeline/routing/north/sales': () => jsonResponse(412, { type: '/problems/stale-version',
        title: 'Changed by someone else', status: 412, detail: 'Changed' }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    const user = userEvent.setup();
    renderWithProviders(<RoutingSettings />);

    await user.click(await screen.findByRole('button', { name: 'Handing on…' }));
    const salesRule = within(await screen.findByTestId('routing-rules'))
      .getByRole('radiogroup', { name: 'Rule of north for Sales' });
    await user.click(within(salesRule).getByLabelText('Head of sales chooses'));
    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      color: 'red', message: 'Someone changed this rule meanwhile: it shows as it is now; set it again.' })));
    expect(within(salesRule).getByLabelText('In turn')).toBeChecked();
  });
});
