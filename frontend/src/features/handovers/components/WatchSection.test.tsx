import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { Handover, LeaverWatch } from '../api/handovers';
import { WatchSection } from './WatchSection';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000dd';
const HANDOVER: Handover = {
  id: ID, kind: 'departure', userId: 'sara', userName: 'Sara Moldovan', reason: 'resignation', lastWorkingDay: '2026-12-10',
  state: 'draft', items: 1, withSuccessor: 0, reviewed: 0, acknowledged: 0, yours: 0, yoursAcknowledged: 0, reached: 0,
  overdue: 0, allowedActions: ['commitments'], createdAt: '2026-11-26T10:00:00Z', createdBy: 'hugo', version: 0, events: [],
};
const WATCH: LeaverWatch = {
  handoverId: ID, usualPerDay: 20, threshold: 100,
  days: [{ day: '2026-11-28', records: 401, flagged: true }, { day: '2026-11-27', records: 18, flagged: false }],
  evidence: [{ at: '2026-11-28T09:15:00Z', action: 'export', entityType: 'client', records: 400, detail: 'clients.xlsx',
    sourceIp: '10.0.0.7' }],
};

describe('WatchSection', () => {
  it('shows each day beside the usual, the day beyond it flagged with its evidence, and the way to the audit log', async () => {
    vi.stubGlobal('fetch', vi.fn(routeFetch({ [`GET /api/v1/handovers/${ID}/watch`]: () => jsonResponse(200, WATCH) }).handler));
    renderWithProviders(<WatchSection handover={HANDOVER} readsAudit />);

    const watch = await screen.findByTestId('leaver-watch');
    expect(within(watch).getByText('Days beyond the usual: 1')).toBeInTheDocument();
    expect(within(watch).getByText(/Their usual day before it: 20 records; a day above 100/)).toBeInTheDocument();
    const flaggedRow = within(watch).getByText('401').closest('tr') as HTMLElement;
    expect(within(flaggedRow).getByText('beyond the usual')).toBeInTheDocument();
    const quietRow = within(watch).getByText('18').closest('tr') as HTMLElement;
    expect(within(quietRow).queryByText('beyond the usual')).not.toBeInTheDocument();
    expect(within(watch).getByText(/export · client · records: 400 · clients.xlsx · 10.0.0.7/)).toBeInTheDocument();
    expect(within(watch).getByRole('link', { name: 'Everything they did, in the audit log' }))
      .toHaveAttribute('href', '/audit?actorId=sara');
  });
});
