import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { NoticeBell } from './NoticeBell';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const RECEIVED = { id: 'n1', kind: 'clients_received', handoverId: 'h1', personId: 'sara', personName: 'Sara Moldovan',
  actorId: 'hugo', actorName: 'Hugo Petrescu', count: 12, createdAt: '2026-11-26T10:00:00Z', read: false };
const APPROVED = { ...RECEIVED, id: 'n2', kind: 'handover_approved', handoverId: 'h2', read: true };

describe('NoticeBell', () => {
  it('counts the unread, words each notice, and opening one goes to its handover and marks it read', async () => {
    const routes = routeFetch({
      'GET /api/v1/notifications': () => jsonResponse(200, { items: [RECEIVED, APPROVED], unread: 1 }),
      'POST /api/v1/notifications/read': () => jsonResponse(200, { marked: 1 }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<Routes>
      <Route path="/" element={<NoticeBell />} />
      <Route path="/handovers/:id" element={<p>handover page</p>} />
    </Routes>);

    await userEvent.click(await screen.findByRole('button', { name: 'Notices, unread: 1' }));
    expect(await screen.findByText('Hugo Petrescu approved the handover of your clients')).toBeInTheDocument();
    await userEvent.click(screen.getByText(
      'Clients of Sara Moldovan that are now yours: 12. Read the handover and acknowledge them'));

    expect(await screen.findByText('handover page')).toBeInTheDocument();
    const marked = routes.requests.find((request) => request.method === 'POST')!;
    expect(await marked.json()).toEqual({ ids: ['n1'] });
  });

  it('marks every notice read at once', async () => {
    const routes = routeFetch({
      'GET /api/v1/notifications': () => jsonResponse(200, { items: [RECEIVED], unread: 1 }),
      'POST /api/v1/notifications/read': () => jsonResponse(200, { marked: 1 }),
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<NoticeBell />);

    await userEvent.click(await screen.findByRole('button', { name: 'Notices, unread: 1' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(routes.requests.some((request) => request.method === 'POST')).toBe(true));
    expect(await routes.requests.find((request) => request.method === 'POST')!.json()).toEqual({ all: true });
  });
});
