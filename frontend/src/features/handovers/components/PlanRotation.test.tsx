import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '@/lib/calendar';
import { ME_WRITER, jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { Handover, HandoverItem } from '../api/handovers';
import { HandoverPage } from './HandoverPage';
import { PlanRotation } from './PlanRotation';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000bb';
const HUGO = { ...ME_WRITER, id: 'hugo', username: 'hugo', name: 'Hugo Petrescu', roles: ['head-of-sales'],
  capabilities: ['people.depart'] };
const ROTATION: Handover = {
  id: ID, kind: 'rotation', state: 'approved', items: 1, withSuccessor: 1, reviewed: 0, acknowledged: 0, yours: 0,
  yoursAcknowledged: 0, reached: 0, overdue: 0, allowedActions: ['cancel'], createdAt: '2026-11-26T10:00:00Z',
  createdBy: 'hugo', version: 2, events: [],
  rotation: { startsOn: '2026-12-07', due: false,
    members: [{ id: 'sam', name: 'Sam Rusu' }, { id: 'sara', name: 'Sara Moldovan' }] },
};
const ITEM: HandoverItem = {
  id: 'item-1', handoverId: ID, clientId: 'client-1', clientName: 'Vinăria Codru', kinds: ['owner'], holderId: 'sam',
  holderName: 'Sam Rusu', successorId: 'sara', successorName: 'Sara Moldovan', urgentMatters: [], reviewed: false,
  version: 1, redactedFields: [], letters: [],
};

describe('PlanRotation', () => {
  it('plans a rotation among the managers chosen, in order, on a day, then opens it', async () => {
    const sent: unknown[] = [];
    const planned = vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return jsonResponse(201, { id: ID });
    });
    const routes = routeFetch({
      'GET /api/v1/assignments/candidates': () => jsonResponse(200, { items: [
        { userId: 'sam', userName: 'Sam Rusu', teams: ['north'] }, { userId: 'sara', userName: 'Sara Moldovan', teams: ['north'] }] }),
      'POST /api/v1/handovers': planned,
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes>
      <Route path="/handovers" element={<PlanRotation />} />
      <Route path="/handovers/:id" element={<p>opened</p>} />
    </Routes>, { route: '/handovers' });

    await userEvent.click(screen.getByRole('button', { name: 'Plan a rotation' }));
    const dialog = await screen.findByRole('dialog');
    const plan = within(dialog).getByRole('button', { name: 'Plan it' });
    expect(plan).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Managers, in order' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Sara Moldovan', hidden: true }));
    // One manager is no rotation.
    expect(plan).toBeDisabled();
    await userEvent.click(await screen.findByRole('option', { name: 'Sam Rusu', hidden: true }));
    await userEvent.click(plan);
    await waitFor(() => expect(planned).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ kind: 'rotation', managerIds: ['sara', 'sam'], startsOn: localDay(7) }]);
    expect(await screen.findByText('opened')).toBeInTheDocument();
  });

  it('shows a rotation by its day and managers, whose each client was, and not completing before its day', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, HUGO),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, ROTATION),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [ITEM] }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    expect(await screen.findByRole('heading', { name: /^Rotation on / })).toBeInTheDocument();
    expect(screen.getByTestId('handover-summary')).toHaveTextContent('Among Sam Rusu → Sara Moldovan');
    expect(screen.getByTestId('rotation-not-due')).toHaveTextContent('It completes by itself on');
    expect(await screen.findByRole('columnheader', { name: 'From' })).toBeInTheDocument();
    const row = screen.getByText('Vinăria Codru').closest('tr') as HTMLElement;
    expect(within(row).getByText('Sam Rusu')).toBeInTheDocument();
    expect(within(row).getByText('Sara Moldovan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete: move the clients' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel handover' })).toBeInTheDocument();
  });
});
