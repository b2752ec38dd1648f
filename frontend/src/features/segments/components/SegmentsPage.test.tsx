import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch, SHIPPED_SEGMENTS } from '@/testing/render';
import { SegmentsPage } from './SegmentsPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const DIRECTOR = { ...ME_WRITER, username: 'dana', roles: ['director'], capabilities: ['segments.manage'] };
const KEY = { ...SHIPPED_SEGMENTS[1], rule: { kind: 'revenueShare', topPercent: 80 }, contactRhythmDays: 14, version: 3 };
const SEGMENTS = [SHIPPED_SEGMENTS[0], KEY, SHIPPED_SEGMENTS[2], SHIPPED_SEGMENTS[3]];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('SegmentsPage', () => {
  it('tells every segment\'s rule in words, and offers no changes to those who may not make them', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/segments': () => jsonResponse(200, { items: SEGMENTS }),
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<SegmentsPage />);

    const table = await screen.findByTestId('segments-table');
    const key = within(table).getByText('Key').closest('tr')!;
    expect(key).toHaveTextContent('The clients making the top 80 % of 12-month revenue');
    expect(key).toHaveTextContent('14');
    expect(key).toHaveTextContent('Supervised');
    // No days of its own: the company's default applies.
    expect(key).toHaveTextContent('Company default');
    expect(screen.queryByRole('button', { name: 'New segment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('changes a segment as read, sending the rule whole so that numbers its new kind does not take are cleared', async () => {
    const patches: { ifMatch: string | null; body: unknown }[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/segments': () => jsonResponse(200, { items: SEGMENTS }),
      'GET /api/v1/me': () => jsonResponse(200, DIRECTOR),
      [`PATCH /api/v1/segments/${KEY.id}`]: async (request) => {
        patches.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return jsonResponse(200, { ...KEY, rule: { kind: 'recency', withinDays: 90 }, version: 4 });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<SegmentsPage />);

    await user.click(await screen.findByRole('button', { name: 'Edit Key' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /^Key/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('textbox', { name: 'Rule' }));
    await user.click(await screen.findByRole('option', { name: 'Recent orders', hidden: true }));
    expect(within(dialog).queryByRole('textbox', { name: /Top share/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Ordered within/ }), '90');
    const firstContact = within(dialog).getByRole('textbox', { name: /First contact after a handover/ });
    expect(firstContact).toHaveAttribute('placeholder', 'Company default');
    await user.type(firstContact, '4');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0].ifMatch).toBe('"3"');
    expect(patches[0].body).toMatchObject({ rule: { kind: 'recency', topPercent: null, withinDays: 90 }, rank: 2,
      firstContactDays: 4 });
    expect(patches[0].body).not.toHaveProperty('key');
  });

  it('shows the server\'s reason next to the field it names', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/segments': () => jsonResponse(200, { items: SEGMENTS }),
      'GET /api/v1/me': () => jsonResponse(200, DIRECTOR),
      'POST /api/v1/segments': () => jsonResponse(400, {
        type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'rule.topPercent is required',
        errors: [{ field: 'rule.topPercent', message: 'is required for a revenueShare rule' }],
      }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<SegmentsPage />);

    await user.click(await screen.findByRole('button', { name: 'New segment' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /^Rank/ })).toHaveValue('5');
    await user.type(within(dialog).getByRole('textbox', { name: /^Key/ }), 'gold');
    await user.type(within(dialog).getByRole('textbox', { name: /English/ }), 'Gold');
    await user.click(within(dialog).getByRole('textbox', { name: 'Rule' }));
    await user.click(await screen.findByRole('option', { name: 'Share of revenue (ABC)', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('is required for a revenueShare rule')).toBeInTheDocument();
  });
});
