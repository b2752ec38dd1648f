import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '@/features/clients/api/types';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import { ClientRoute } from './ClientRoute';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const ID = '11111111-1111-4111-8111-111111111111';
const CLIENT: Client = {
  id: ID, name: 'Agroprod SRL', kind: 'company', country: 'RO', lifecycle: 'active', tags: [], attributes: {},
  contactCount: 0, createdAt: '2026-01-01T00:00:00Z', createdBy: 'u', updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'u', version: 3, redactedFields: [],
};
const SUPERVISOR = { ...ME_WRITER, roles: ['head-of-sales'], capabilities: [...ME_WRITER.capabilities, 'clients.restore'] };

/** The client page's server: the client as `clientAt` says on each read, no contacts, no history. */
function clientServer(me: object, clientAt: (read: number) => Client, more: Parameters<typeof routeFetch>[0]) {
  let reads = 0;
  return routeFetch({
    'GET /api/v1/me': () => jsonResponse(200, me),
    [`GET /api/v1/clients/${ID}`]: () => jsonResponse(200, clientAt(reads++)),
    [`GET /api/v1/clients/${ID}/contacts`]: () => jsonResponse(200, { items: [] }),
    [`GET /api/v1/clients/${ID}/history`]: () => jsonResponse(200, { items: [] }),
    [`GET /api/v1/clients/${ID}/activities`]: () => jsonResponse(200, { items: [] }),
    ...more,
  });
}

function renderClientPage() {
  renderWithProviders(
    <Routes>
      <Route path="/clients/:id" element={<ClientRoute />} />
      <Route path="/clients" element={<p>client list</p>} />
    </Routes>,
    { route: `/clients/${ID}`, modals: false },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function confirmDelete() {
  await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
  await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
}

describe('ClientRoute', () => {
  it('names the page and the browser tab after the client', async () => {
    const { handler } = clientServer(ME_WRITER, () => CLIENT, {});
    vi.stubGlobal('fetch', vi.fn(handler));
    renderClientPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Agroprod SRL' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Agroprod SRL · Relay'));
  });

  it('leads back to the list as it was left: its search and filters', async () => {
    sessionStorage.setItem('relay.clients.list', '?q=agro&country=RO');
    const { handler } = clientServer(ME_WRITER, () => CLIENT, {});
    vi.stubGlobal('fetch', vi.fn(handler));
    renderClientPage();

    expect(await screen.findByRole('link', { name: '← Clients' })).toHaveAttribute('href', '/clients?q=agro&country=RO');
    sessionStorage.clear();
  });

  it('says once that a client is not found, and why that may be', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET /api/v1/clients/${ID}`]: () => jsonResponse(404,
        { type: '/problems/not-found', title: 'Not found', status: 404, detail: 'Client not found' },
        'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderClientPage();

    expect(await screen.findByText('It does not exist, or it is not one of the clients you may see.')).toBeInTheDocument();
    expect(screen.getAllByText('Client not found')).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe('Client not found · Relay'));
  });

  it('deletes the version shown and goes back to the list', async () => {
    const { handler, requests } = clientServer(ME_WRITER, () => CLIENT, {
      [`DELETE /api/v1/clients/${ID}`]: () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderClientPage();

    await confirmDelete();

    expect(await screen.findByText('client list')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"3"');
  });

  it('deletes nothing when someone changed the client meanwhile: says so and shows their version', async () => {
    const theirs = { ...CLIENT, notes: 'Changed by a colleague', version: 4 };
    const { handler } = clientServer(ME_WRITER, (read) => (read === 0 ? CLIENT : theirs), {
      [`DELETE /api/v1/clients/${ID}`]: () => jsonResponse(412, { type: '/problems/stale-version',
        title: 'Changed by someone else', status: 412, detail: 'Someone else changed this record' }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderClientPage();

    await confirmDelete();

    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      title: 'Someone changed this client', message: expect.stringContaining('so it was not deleted') })));
    expect(await screen.findByText('Changed by a colleague')).toBeInTheDocument();
    expect(screen.queryByText('client list')).not.toBeInTheDocument();
  });

  it('shows why a restore was refused when a colleague restored the client first, and shows it restored', async () => {
    const deleted = { ...CLIENT, deletedAt: '2026-02-01T00:00:00Z' };
    const { handler } = clientServer(SUPERVISOR, (read) => (read === 0 ? deleted : { ...CLIENT, version: 5 }), {
      [`POST /api/v1/clients/${ID}/restore`]: () => jsonResponse(409, { type: '/problems/conflict',
        title: 'Conflicting change', status: 409, detail: 'This client is not deleted; there is nothing to restore' },
      'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderClientPage();

    expect(await screen.findByText(/This client is deleted/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      title: 'Already exists', message: 'Someone restored this client already: the page now shows it.' })));
    await waitFor(() => expect(screen.queryByText(/This client is deleted/)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
  });
});
