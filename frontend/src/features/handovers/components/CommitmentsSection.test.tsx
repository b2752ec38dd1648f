import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME_WRITER, jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { Commitments, Handover, HandoverItem } from '../api/handovers';
import { CommitmentsSection } from './CommitmentsSection';
import { HandoverDocument } from './HandoverDocument';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000cc';
const HANDOVER: Handover = {
  id: ID, kind: 'departure', userId: 'sara', userName: 'Sara Moldovan', reason: 'resignation', lastWorkingDay: '2026-12-10',
  state: 'approved', items: 1, withSuccessor: 1, reviewed: 1, acknowledged: 0, yours: 0, yoursAcknowledged: 0, reached: 0,
  overdue: 0, allowedActions: ['complete', 'cancel', 'commitments'], createdAt: '2026-11-26T10:00:00Z', createdBy: 'hugo',
  version: 2, events: [{ kind: 'transition', fromState: 'submitted', toState: 'approved', actorId: 'hugo',
    actorName: 'Hugo Petrescu', at: '2026-11-27T10:00:00Z' },
  // A note by someone else afterwards is no approval: the document names the approver.
  { kind: 'note', fromState: 'approved', toState: 'approved', actorId: 'ada', actorName: 'Ada Admin',
    at: '2026-11-27T11:00:00Z', note: 'commitments recorded' }],
};
const ITEM: HandoverItem = {
  id: 'item-1', handoverId: ID, clientId: 'client-1', clientName: 'Vinăria Codru', kinds: ['owner'], successorId: 'sam',
  successorName: 'Sam Rusu', stateOfWork: 'Contract renewal in January', urgentMatters: [{ text: 'Send the offer', due: '2026-12-03' }],
  reviewed: true, version: 1, redactedFields: [], letters: [],
};
const SUGGESTED: Commitments = {
  handoverId: ID, recorded: false, nonCompeteSigned: false, nonCompeteEndsOn: '2027-12-10',
  keyClients: [{ clientId: 'client-1', clientName: 'Vinăria Codru' }], phoneNumber: '+40 21 300 1000', phoneTo: 'sam',
  phoneToName: 'Sam Rusu', mailbox: 'sara@relay.test', mailboxTo: 'sam', mailboxToName: 'Sam Rusu', version: 0,
};

describe('CommitmentsSection', () => {
  it('records the suggested commitments with the promise signed, at the version read', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    const routes = routeFetch({
      [`GET /api/v1/handovers/${ID}/commitments`]: () => jsonResponse(200, SUGGESTED),
      'GET /api/v1/assignments/candidates': () => jsonResponse(200, { items: [
        { userId: 'sam', userName: 'Sam Rusu', teams: ['north'] }, { userId: 'sara', userName: 'Sara Moldovan', teams: ['north'] }] }),
      [`PUT /api/v1/handovers/${ID}/commitments`]: async (request) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return jsonResponse(200, { ...SUGGESTED, recorded: true, nonCompeteSigned: true, signedOn: '2026-11-27', version: 1 });
      },
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<CommitmentsSection handover={HANDOVER} items={[ITEM]} editable />);

    const section = await screen.findByTestId('commitments');
    expect(within(section).getByText('Suggested by Relay: not recorded yet')).toBeInTheDocument();
    expect(within(section).getByLabelText('Corporate phone number')).toHaveValue('+40 21 300 1000');
    await userEvent.click(within(section).getByRole('checkbox', { name: /Signed the promise/ }));
    await userEvent.type(within(section).getByLabelText(/Signed on/), '2026-11-27');
    await userEvent.click(within(section).getByRole('button', { name: 'Record the commitments' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].ifMatch).toBe('"0"');
    expect(sent[0].body).toEqual({ nonCompeteSigned: true, signedOn: '2026-11-27', nonCompeteEndsOn: '2027-12-10',
      keyClientIds: ['client-1'], phoneNumber: '+40 21 300 1000', phoneTo: 'sam', mailbox: 'sara@relay.test', mailboxTo: 'sam' });
  });

  it('keeps what was typed when someone recorded the commitments first, and says what they changed', async () => {
    // Hugo, who runs the handover (no candidate to receive a phone), recorded them a moment before.
    const theirs = { ...SUGGESTED, recorded: true, phoneNumber: '+40 21 300 2000', updatedBy: 'hugo', version: 1 };
    let current: Commitments = SUGGESTED;
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    const routes = routeFetch({
      [`GET /api/v1/handovers/${ID}/commitments`]: () => jsonResponse(200, current),
      'GET /api/v1/assignments/candidates': () => jsonResponse(200, { items: [{ userId: 'sam', userName: 'Sam Rusu', teams: ['north'] }] }),
      'GET /api/v1/users': () => jsonResponse(200, { items: [{ id: 'hugo', name: 'Hugo Petrescu', username: 'hugo' }] }),
      [`PUT /api/v1/handovers/${ID}/commitments`]: async (request) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        if (request.headers.get('If-Match') === '"0"') {
          current = theirs;
          return jsonResponse(412, { type: '/problems/stale-version', title: 'Changed by someone else', status: 412 },
            'application/problem+json');
        }
        return jsonResponse(200, { ...theirs, note: 'Keys returned', version: 2 });
      },
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<CommitmentsSection handover={HANDOVER} items={[ITEM]} editable />);

    const section = await screen.findByTestId('commitments');
    await userEvent.type(within(section).getByLabelText('Note'), 'Keys returned');
    await userEvent.click(within(section).getByRole('button', { name: 'Record the commitments' }));
    const notice = await within(section).findByTestId('conflict-alert');
    expect(notice).toHaveTextContent('Hugo Petrescu recorded the commitments while you were editing');
    expect(notice).toHaveTextContent('Corporate phone number: +40 21 300 1000 → +40 21 300 2000');
    // Their phone number, and the note typed here: nothing lost on either side.
    expect(within(section).getByLabelText('Corporate phone number')).toHaveValue('+40 21 300 2000');
    expect(within(section).getByLabelText('Note')).toHaveValue('Keys returned');
    await userEvent.click(within(section).getByRole('button', { name: 'Record the commitments' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].ifMatch).toBe('"1"');
    expect(sent[1].body).toMatchObject({ phoneNumber: '+40 21 300 2000', note: 'Keys returned' });
  });

  it('shows the person leaving their commitments to read, not to change', async () => {
    const routes = routeFetch({
      [`GET /api/v1/handovers/${ID}/commitments`]: () => jsonResponse(200, { ...SUGGESTED, recorded: true,
        nonCompeteSigned: true, signedOn: '2026-11-27', version: 1 }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<CommitmentsSection handover={{ ...HANDOVER, allowedActions: [] }} items={[ITEM]} editable={false} />);

    const section = await screen.findByTestId('commitments');
    expect(within(section).getByText(/Key clients covered: 1\. Vinăria Codru/)).toBeInTheDocument();
    expect(within(section).getByText('Corporate phone +40 21 300 1000 passed to Sam Rusu')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Record the commitments' })).not.toBeInTheDocument();
  });
});

describe('HandoverDocument', () => {
  it('lays every item out with its write-up, the commitments, and a line to sign for each party', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, { ...ME_WRITER, id: 'hugo' }),
      [`GET /api/v1/handovers/${ID}`]: () => jsonResponse(200, HANDOVER),
      [`GET /api/v1/handovers/${ID}/items`]: () => jsonResponse(200, { items: [ITEM] }),
      [`GET /api/v1/handovers/${ID}/commitments`]: () => jsonResponse(200, SUGGESTED),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes><Route path="/handovers/:id/document" element={<HandoverDocument />} /></Routes>,
      { route: `/handovers/${ID}/document` });

    const items = await screen.findByTestId('document-items');
    const row = (await within(items).findByText('Vinăria Codru')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Contract renewal in January')).toBeInTheDocument();
    expect(within(row).getByText(/Send the offer/)).toBeInTheDocument();
    expect(await screen.findByTestId('document-commitments')).toHaveTextContent('Non-compete: not signed.');
    const signatures = screen.getByTestId('document-signatures');
    expect(signatures).toHaveTextContent('Person leaving: Sara Moldovan');
    expect(signatures).toHaveTextContent('Supervisor: Hugo Petrescu');
    expect(signatures).toHaveTextContent('Successor: Sam Rusu');
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
  });
});
