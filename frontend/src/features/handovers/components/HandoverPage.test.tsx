import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { Handover, HandoverItem } from '../api/handovers';
import { HandoverPage } from './HandoverPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000aa';
const HANDOVER: Handover = {
  id: ID, kind: 'departure', userId: 'sara', userName: 'Sara Moldovan', reason: 'resignation', lastWorkingDay: '2026-12-10',
  state: 'draft', items: 2, withSuccessor: 0, reviewed: 1, createdAt: '2026-11-26T10:00:00Z', createdBy: 'hugo', version: 0,
  events: [{ toState: 'draft', actorId: 'hugo', actorName: 'Hugo Petrescu', at: '2026-11-26T10:00:00Z' }],
};
const item = (n: number, more: Partial<HandoverItem>): HandoverItem => ({
  id: `item-${n}`, handoverId: ID, clientId: `client-${n}`, clientName: `Client ${n}`, kinds: ['owner'],
  urgentMatters: [], reviewed: false, version: 0, redactedFields: [], ...more,
});

describe('HandoverPage', () => {
  it('shows each client with its successor or suggestion, and takes the next step', async () => {
    const routes = routeFetch({
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, HANDOVER),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [
        item(1, { suggestedSuccessorId: 'sam', suggestedSuccessorName: 'Sam Rusu', reviewed: true }),
        item(2, { kinds: ['co-owner', 'partner'] }),
      ] }),
      [`POST /api/v1/handovers/${ID}/successors`]: () => jsonResponse(200, { ...HANDOVER, withSuccessor: 1 }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    expect(await screen.findByRole('heading', { name: 'Handover of Sara Moldovan' })).toBeInTheDocument();
    expect(await screen.findByText('suggested: Sam Rusu')).toBeInTheDocument();
    expect(screen.getByText('no successor yet')).toBeInTheDocument();
    expect(screen.getByText('co-owner, partner')).toBeInTheDocument();
    expect(screen.getByTestId('handover-progress')).toHaveTextContent('Successors chosen: 0 of 2 · reviewed: 1 of 2');
    // A draft is approved only once submitted: its steps are the draft's.
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Accept suggested successors' }));
    await waitFor(() => expect(screen.getByTestId('handover-progress')).toHaveTextContent('Successors chosen: 1 of 2'));
    const posted = routes.requests.find((request) => request.method === 'POST')!;
    expect(await posted.json()).toEqual({ acceptSuggested: true });
  });
});
