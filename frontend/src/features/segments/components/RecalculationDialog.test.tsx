import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { RecalculateButton } from './RecalculationDialog';
import { SegmentPlacementControl } from './SegmentPlacementControl';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const PREVIEW = {
  id: 'r1', state: 'previewed', asOf: '2026-11-27', createdAt: '2026-11-27T07:00:00Z', createdBy: 'hugo', moves: 3,
  segments: [{ from: 'medium', to: 'vip', clients: 2 }, { to: 'outsider', clients: 1 }],
  lifecycles: [{ from: 'active', to: 'passive', clients: 1 }],
  sample: [{ clientId: 'c1', clientName: 'Agro Vest', fromSegment: 'medium', toSegment: 'vip', fromLifecycle: 'active', toLifecycle: 'active' }],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('RecalculateButton', () => {
  it('shows who would move where by segment name, then applies exactly that preview', async () => {
    const applied: unknown[] = [];
    const { handler } = routeFetch({
      'POST /api/v1/segments/recalculation': async (request) => {
        const body = await request.json();
        if (body.preview) return jsonResponse(200, PREVIEW);
        applied.push(body);
        return jsonResponse(200, { ...PREVIEW, state: 'applied', applied: 3 });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<RecalculateButton />);

    await user.click(screen.getByRole('button', { name: 'Recalculate…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Clients that would move: 3')).toBeInTheDocument();
    const changes = within(dialog).getByTestId('segment-changes');
    expect(await within(changes).findByText('Medium')).toBeInTheDocument();
    expect(within(changes).getByText('No segment')).toBeInTheDocument();
    expect(within(dialog).getByText('Active → Passive: 1')).toBeInTheDocument();
    expect(within(dialog).getByText('Agro Vest: Medium → VIP')).toBeInTheDocument();
    expect(applied).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Move these clients (3)' }));
    await vi.waitFor(() => expect(applied).toEqual([{ recalculationId: 'r1' }]));
  });

  it('offers a new preview when the old one no longer holds', async () => {
    let previews = 0;
    const { handler } = routeFetch({
      'POST /api/v1/segments/recalculation': async (request) => {
        const body = await request.json();
        if (body.preview) return jsonResponse(200, { ...PREVIEW, id: `r${++previews}` });
        return jsonResponse(409, { type: '/problems/conflict', title: 'Conflict', status: 409,
          detail: 'Orders, segments or clients changed since this preview: preview again' }, 'application/problem+json');
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<RecalculateButton />);

    await user.click(screen.getByRole('button', { name: 'Recalculate…' }));
    await user.click(await screen.findByRole('button', { name: 'Move these clients (3)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed since this preview');
    await user.click(screen.getByRole('button', { name: 'Preview again' }));
    await vi.waitFor(() => expect(previews).toBe(2));
  });
});

describe('SegmentPlacementControl', () => {
  it('says a segment was set by hand and why, and gives it back to the rules', async () => {
    const posted: unknown[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, { fields: { 'client.segment': 'write' }, capabilities: [] }),
      'GET /api/v1/clients/c1/segment': () => jsonResponse(200, { segment: 'outsider', pinned: true,
        reason: 'pays late', pinnedBy: 'h', pinnedByName: 'Hugo Petrescu', pinnedAt: '2026-11-20T10:00:00Z' }),
      'POST /api/v1/clients/c1/segment': async (request) => {
        posted.push(await request.json());
        return jsonResponse(200, { segment: 'outsider', pinned: false });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<SegmentPlacementControl clientId="c1" clientVersion={1} readOnly={false} />);

    expect(await screen.findByTestId('segment-pin')).toHaveTextContent('Set by hand: pays late');
    await user.click(screen.getByRole('button', { name: 'Back to the rules' }));
    await vi.waitFor(() => expect(posted).toEqual([{ pinned: false }]));
  });

  it('offers nothing to change to a reader of the segment', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, { fields: { 'client.segment': 'read' }, capabilities: [] }),
      'GET /api/v1/clients/c1/segment': () => jsonResponse(200, { segment: 'vip', pinned: false }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<SegmentPlacementControl clientId="c1" clientVersion={1} readOnly={false} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
