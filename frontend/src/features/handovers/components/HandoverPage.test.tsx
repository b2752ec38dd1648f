import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME_WRITER, jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { Handover, HandoverItem } from '../api/handovers';
import { HandoverPage } from './HandoverPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000aa';
const HANDOVER: Handover = {
  id: ID, kind: 'departure', userId: 'sara', userName: 'Sara Moldovan', reason: 'resignation', lastWorkingDay: '2026-12-10',
  state: 'draft', items: 2, withSuccessor: 0, reviewed: 1, acknowledged: 0, yours: 0, yoursAcknowledged: 0, reached: 0, overdue: 0,
  allowedActions: ['assign', 'submit', 'cancel', 'writeUp'], createdAt: '2026-11-26T10:00:00Z', createdBy: 'hugo', version: 0,
  events: [{ kind: 'transition', toState: 'draft', actorId: 'hugo', actorName: 'Hugo Petrescu', at: '2026-11-26T10:00:00Z' }],
};
const HUGO = { ...ME_WRITER, id: 'hugo', username: 'hugo', name: 'Hugo Petrescu', roles: ['head-of-sales'],
  capabilities: ['people.depart'] };
const SAM = { ...ME_WRITER, id: 'sam' };
const item = (n: number, more: Partial<HandoverItem>): HandoverItem => ({
  id: `item-${n}`, handoverId: ID, clientId: `client-${n}`, clientName: `Client ${n}`, kinds: ['owner'],
  urgentMatters: [], reviewed: false, version: 0, redactedFields: [], letters: [], ...more,
});

describe('HandoverPage', () => {
  it('offers a successor of a submitted handover nothing but reading: no steps, no successor picker', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, HUGO),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, { ...HANDOVER, state: 'submitted', allowedActions: [] }),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [item(1, {})] }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    expect(await screen.findByText('Client 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel handover' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Successor' })).not.toBeInTheDocument();
  });

  it('shows each client with its successor or suggestion, and takes the next step', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, HUGO),
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

  it('lets a successor acknowledge their items of a completed handover, one or all, and shows the steps to nobody', async () => {
    const completed = { ...HANDOVER, state: 'completed' as const, withSuccessor: 2, acknowledged: 0, yours: 2,
      yoursAcknowledged: 0, allowedActions: ['acknowledge'] };
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, SAM),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, completed),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [
        item(1, { successorId: 'sam', successorName: 'Sam Rusu' }),
        item(2, { successorId: 'sam', successorName: 'Sam Rusu', acknowledgedAt: '2026-11-26T12:00:00Z' }),
      ] }),
      [`POST /api/v1/handovers/${ID}/acknowledge`]: () => jsonResponse(200, { ...completed, acknowledged: 1, yoursAcknowledged: 1 }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    expect(await screen.findByTestId('handover-progress')).toHaveTextContent('Acknowledged by their successors: 0 of 2');
    expect(await screen.findByRole('button', { name: 'I have read all mine (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel handover' })).not.toBeInTheDocument();
    // The write-up opens to be read, not changed.
    await userEvent.click(screen.getAllByRole('cell', { name: 'owner' })[0]);
    expect(await screen.findByLabelText(/State of work/)).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await userEvent.click(await screen.findByRole('button', { name: 'I have read it' }));
    await waitFor(() => expect(screen.getByTestId('handover-progress')).toHaveTextContent('Acknowledged by their successors: 1 of 2'));
    const posted = routes.requests.find((request) => request.method === 'POST')!;
    expect(await posted.json()).toEqual({ itemIds: ['item-1'] });
    expect(screen.getByRole('button', { name: 'I have read all mine (1)' })).toBeInTheDocument();
  });

  it('shows an approved handover\'s letters to its supervisor, who holds one back with a reason', async () => {
    const approved = { ...HANDOVER, state: 'approved' as const, withSuccessor: 1, allowedActions: ['complete', 'cancel'] };
    const letter = { clientId: 'client-1', contactId: 'contact-1', recipientName: 'Ana Pop', email: 'ana@ro.example',
      language: 'ro' as const, subject: 'Sam Rusu este noul dumneavoastră manager', body: 'Stimate/Stimată Ana Pop,',
      state: 'preview' as const, attempts: 0 };
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, HUGO),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, approved),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [
        item(1, { successorId: 'sam', successorName: 'Sam Rusu', letters: [letter] }),
        item(2, { successorId: 'sam', successorName: 'Sam Rusu', letters: [{ ...letter, recipientName: undefined,
          email: undefined, contactId: undefined, state: 'no_channel', reason: 'The client has no contact person' }] }),
      ] }),
      [`PUT /api/v1/handovers/${ID}/items/item-1/letter-hold`]: () => jsonResponse(200, item(1, {})),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    // Each client's letters are summed up by what needs attention first.
    expect(await screen.findByRole('button', { name: 'Letters to Client 2: cannot be sent (1)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Letters to Client 1: preview (1)' }));
    expect(await screen.findByText('Ana Pop')).toBeInTheDocument();
    expect(screen.getByText('ana@ro.example')).toBeInTheDocument();
    expect(screen.getByText(/Română/)).toBeInTheDocument();
    const hold = screen.getByRole('button', { name: 'Hold back' });
    expect(hold).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Why hold this letter back?'), 'Told in person');
    await userEvent.click(hold);
    await waitFor(() => expect(routes.requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = routes.requests.find((request) => request.method === 'PUT')!;
    expect(await put.json()).toEqual({ reason: 'Told in person' });
  });

  it('shows a temporary cover with its substitute and period, and ends it early: no successors, letters or write-up', async () => {
    const cover: Handover = { ...HANDOVER, kind: 'temporary', reason: undefined, lastWorkingDay: undefined, state: 'completed',
      items: 1, withSuccessor: 1, allowedActions: ['cancel'],
      cover: { substituteId: 'sam', substituteName: 'Sam Rusu', startsOn: '2026-12-01', endsOn: '2026-12-12', phase: 'running' },
      events: [{ kind: 'transition', toState: 'completed', actorId: 'hugo', actorName: 'Hugo Petrescu', at: '2026-11-26T10:00:00Z' }] };
    const cancelled = vi.fn(() => jsonResponse(200, { ...cover, state: 'cancelled', allowedActions: [],
      cover: { ...cover.cover!, phase: undefined } }));
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, HUGO),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, cover),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [item(1, { successorId: 'sam', successorName: 'Sam Rusu' })] }),
      [`POST /api/v1/handovers/${ID}/cancel`]: cancelled,
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id" element={<HandoverPage />} /></Routes>,
      { route: `/handovers/${ID}` });

    expect(await screen.findByRole('heading', { name: 'Cover for Sara Moldovan' })).toBeInTheDocument();
    expect(screen.getByTestId('handover-summary')).toHaveTextContent('Sam Rusu stands in');
    expect(screen.getByText('Under way')).toBeInTheDocument();
    expect(screen.getByText('Arranged', { exact: false })).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: 'Substitute' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Letters' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('handover-progress')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'End the cover now' }));
    // Ending it touches every client: asked first.
    expect(await screen.findByText(/Clients affected: 1/)).toBeInTheDocument();
    expect(cancelled).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'End it now' }));
    await waitFor(() => expect(cancelled).toHaveBeenCalledTimes(1));
  });
});
