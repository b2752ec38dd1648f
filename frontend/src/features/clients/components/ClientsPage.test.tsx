import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, withSegments } from '@/testing/render';
import type { Client } from '../api/types';
import { ClientsPage } from './ClientsPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

function client(n: number): Client {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`, name: `Client ${n}`, kind: 'company', country: 'RO',
    lifecycle: 'active', tags: [], attributes: {}, contactCount: n, createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'u', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 0, redactedFields: [],
  };
}

const ME = ME_WRITER;

afterEach(() => vi.unstubAllGlobals());

describe('ClientsPage', () => {
  it('lists clients, loads the next page by cursor and searches as you type', async () => {
    const urls: URL[] = [];
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      urls.push(url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, ME);
      if (url.searchParams.get('cursor') === 'page-2') return jsonResponse(200, { items: [client(3)] });
      if (url.searchParams.get('q')) return jsonResponse(200, { items: [client(2)] });
      return jsonResponse(200, { items: [client(1), client(2)], nextCursor: 'page-2', total: 3 });
    })));
    renderWithProviders(<ClientsPage />);

    expect(await screen.findByText('Client 1')).toBeInTheDocument();
    expect(screen.getByTestId('client-total')).toHaveTextContent('Matching clients: 3');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Client 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    // Only the first page asks for the total: the next pages are one query each.
    expect(urls.filter((url) => url.pathname === '/api/v1/clients').map((url) => url.searchParams.get('total')))
      .toEqual(['true', null]);

    await userEvent.type(screen.getByLabelText('Search'), 'ştef');
    await screen.findByText('Client 2');
    await vi.waitFor(() => expect(urls.some((url) => url.searchParams.get('q') === 'ştef')).toBe(true));
    expect(screen.queryByText('Client 1')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: 'Deleted clients' })).not.toBeInTheDocument();
  });

  it('works from the keyboard: "/" focuses the search, Enter opens a row, "n" starts a new client', async () => {
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => new URL(request.url).pathname === '/api/v1/me'
      ? jsonResponse(200, ME) : jsonResponse(200, { items: [client(1)] }))));
    renderWithProviders(
      <Routes>
        <Route path="/" element={<ClientsPage />} />
        <Route path="/clients/:id" element={<p>client page</p>} />
      </Routes>,
    );
    const row = (await screen.findByText('Client 1')).closest('tr')!;

    await userEvent.keyboard('/');
    expect(screen.getByLabelText('Search')).toHaveFocus();

    row.focus();
    await userEvent.keyboard('n');
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('client page')).toBeInTheDocument();
  });

  it('keeps its search and filters in the URL, and starts from the ones a link gives', async () => {
    const asked: URL[] = [];
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, ME);
      asked.push(url);
      return jsonResponse(200, { items: [client(1)] });
    })));
    function Address() {
      return <output data-testid="address">{useLocation().search}</output>;
    }
    renderWithProviders(
      <Routes>
        <Route path="/clients" element={<><ClientsPage /><Address /></>} />
      </Routes>,
      { route: '/clients?q=agro&segment=vip&lifecycle=dormant' },
    );

    expect(await screen.findByText('Client 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Search')).toHaveValue('agro');
    expect(screen.getByRole('textbox', { name: 'Segment' })).toHaveValue('VIP');
    // The unknown lifecycle of the link is left out, the rest is asked for.
    expect(asked[0].searchParams.get('q')).toBe('agro');
    expect(asked[0].searchParams.get('segment')).toBe('vip');
    expect(asked[0].searchParams.get('lifecycle')).toBeNull();

    await userEvent.clear(screen.getByLabelText('Search'));
    await userEvent.type(screen.getByLabelText('Search'), 'vest');
    await vi.waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('?q=vest&segment=vip'));
  });

  const REFUSED = { type: '/problems/forbidden', title: 'Forbidden', status: 403,
    detail: 'Exporting more than 100 clients needs a head of sales or the director' };

  /** A list of one client; the workbook export answers 2 bytes, the contacts CSV a BOM and a letter, the clients CSV a refusal. */
  function exportingServer(exports: URL[]) {
    return vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, ME);
      if (url.pathname.startsWith('/api/v1/exports/')) {
        exports.push(url);
        if (url.pathname.endsWith('.xlsx')) {
          return new Response('PK', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
        }
        return url.pathname.endsWith('/contacts.csv')
          ? new Response('\uFEFFЁ', { status: 200, headers: { 'Content-Type': 'text/csv; charset=UTF-8' } })
          : jsonResponse(403, REFUSED, 'application/problem+json');
      }
      return jsonResponse(200, { items: [client(1)] });
    });
  }

  /** The browser's side of a download, stood in for: the object URLs made (by blob size) and the link clicks. */
  function downloads() {
    const createObjectURL = vi.fn((file: Blob) => `blob:${file.size}`);
    // jsdom has no object URLs: a stand-in URL class that unstubAllGlobals puts back.
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return { files: () => createObjectURL.mock.results.map((result) => result.value), clicked };
  }

  async function exportAs(item: string) {
    await screen.findByText('Client 1');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: item }));
  }

  it('exports the searched list as a workbook', async () => {
    const exports: URL[] = [];
    vi.stubGlobal('fetch', withSegments(exportingServer(exports)));
    const { files, clicked } = downloads();
    renderWithProviders(<ClientsPage />);
    await userEvent.type(await screen.findByLabelText('Search'), 'agro');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the search is debounced

    await exportAs('Excel workbook: clients and contact persons (.xlsx)');
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(exports[0].pathname).toBe('/api/v1/exports/clients.xlsx');
    expect(exports[0].searchParams.get('q')).toBe('agro');
    // The file handed to the browser is the server's body (2 bytes here), not a re-encoded text.
    expect(files()).toEqual(['blob:2']);
    clicked.mockRestore();
  });

  it('downloads the contact persons CSV byte for byte, BOM included, for spreadsheet programs', async () => {
    const exports: URL[] = [];
    vi.stubGlobal('fetch', withSegments(exportingServer(exports)));
    const { files, clicked } = downloads();
    renderWithProviders(<ClientsPage />);

    await exportAs('Contact persons (.csv)');
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(exports[0].pathname).toBe('/api/v1/exports/contacts.csv');
    // 3 bytes of BOM and 2 of "Ё": decoding to text and back would lose the BOM.
    expect(files()).toEqual(['blob:5']);
    clicked.mockRestore();
  });

  it('says why an export was refused, and downloads nothing', async () => {
    const exports: URL[] = [];
    vi.stubGlobal('fetch', withSegments(exportingServer(exports)));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<ClientsPage />);

    await exportAs('Clients (.csv)');
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      message: 'Exports of this many clients need a head of sales or the director. Narrow the list with search or filters.' })));
    expect(exports[0].pathname).toBe('/api/v1/exports/clients.csv');
    expect(clicked).not.toHaveBeenCalled();
    clicked.mockRestore();
    shown.mockRestore();
  });

  it('shows the board a feature composes in, under the filters of the list, instead of the table', async () => {
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, ME);
      throw new Error(`the board asks no list: ${url.pathname}`);
    })));
    const board = vi.fn((query: { q?: string }) => <div data-testid="composed-board">{query.q}</div>);
    renderWithProviders(<ClientsPage board={board} />, { route: '/clients?view=board&q=agro&lifecycle=lost' });

    expect(await screen.findByTestId('composed-board')).toHaveTextContent('agro');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The board has columns of its own: no lifecycle filter.
    expect(screen.queryByRole('textbox', { name: 'Lifecycle' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Table', { exact: true }));
    expect(screen.queryByTestId('composed-board')).not.toBeInTheDocument();
  });

  it('offers no board without one composed in', async () => {
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, ME);
      return jsonResponse(200, { items: [client(1)], total: 1 });
    })));
    renderWithProviders(<ClientsPage />, { route: '/clients?view=board' });
    expect(await screen.findByText('Client 1')).toBeInTheDocument();
    expect(screen.queryByText('Board', { exact: true })).not.toBeInTheDocument();
  });

  it('lets a supervisor list the clients nobody holds', async () => {
    const asked: URL[] = [];
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      asked.push(url);
      if (url.pathname === '/api/v1/me') return jsonResponse(200, { ...ME, capabilities: ['clients.assign'] });
      if (url.pathname === '/api/v1/users') return jsonResponse(200, { items: [{ id: 'u2', username: 'sam',
        name: 'Sam Rusu', teams: ['north'], roles: [], enabledInKeycloak: true, allowedActions: [] }] });
      return jsonResponse(200, { items: [client(1)] });
    })));
    const user = userEvent.setup();
    renderWithProviders(<ClientsPage />);
    expect(await screen.findByText('Client 1')).toBeInTheDocument();

    await user.click(await screen.findByRole('textbox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Nobody (waiting)', hidden: true }));
    await waitFor(() => expect(asked.some((url) => url.pathname === '/api/v1/clients'
      && url.searchParams.get('ownerId') === 'none')).toBe(true));
  });
});
