import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, withSegments } from '@/testing/render';
import type { Client } from '../api/types';
import { ClientEditor } from './ClientEditor';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT: Client = {
  id: '11111111-1111-4111-8111-111111111111', name: 'Agroprod SRL', kind: 'company', country: 'RO',
  lifecycle: 'active', tags: [], attributes: {}, contactCount: 0, createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 3, redactedFields: [],
};

const THEIRS: Client = { ...CLIENT, notes: 'Changed by a colleague', version: 4, updatedBy: 'u2' };

afterEach(() => vi.unstubAllGlobals());

describe('ClientEditor', () => {
  it("keeps the user's typing on a conflict: tells what the colleague changed, marks what both changed, saves on their version", async () => {
    const requests: Request[] = [];
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => {
      if (request.url.endsWith('/api/v1/me')) return jsonResponse(200, ME_WRITER);
      if (request.url.endsWith('/api/v1/users')) {
        return jsonResponse(200, { items: [{ id: 'u2', username: 'sara', name: 'Sara Lungu', teams: [], roles: [],
          enabledInKeycloak: true, allowedActions: [] }] });
      }
      requests.push(request);
      if (requests.length > 1) return jsonResponse(200, { ...THEIRS, city: 'Iași', version: 5 });
      return jsonResponse(412, { type: '/problems/stale-version', title: 'Changed by someone else', status: 412,
        detail: 'Someone else changed this record' }, 'application/problem+json');
    })));
    const onReload = vi.fn(async () => THEIRS);
    const onDone = vi.fn();
    renderWithProviders(<ClientEditor client={CLIENT} onReload={onReload} onDone={onDone} />);

    await waitFor(() => expect(screen.getByLabelText('City')).toBeEnabled());
    await userEvent.type(screen.getByLabelText('City'), 'Iași');
    await userEvent.type(screen.getByLabelText('Notes'), 'Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    // Refused: the current version is read at once; nothing needs a reload button.
    const alert = await screen.findByTestId('conflict-alert');
    expect(onReload).toHaveBeenCalled();
    expect(requests[0].method).toBe('PATCH');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
    expect(requests[0].headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await requests[0].clone().json()).toEqual({ city: 'Iași', notes: 'Mine' });
    expect(alert).toHaveTextContent('Sara Lungu changed this client while you were editing');
    expect(alert).toHaveTextContent('Notes: — → Changed by a colleague');
    // Only what the form edits: no version, author id or timestamps.
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
    // The user's typing is still there, on top of their version; the field both changed is marked.
    expect(screen.getByLabelText('City')).toHaveValue('Iași');
    expect(screen.getByLabelText('Notes')).toHaveValue('Mine');
    expect(screen.getByLabelText('Notes')).toHaveAttribute('data-marked');
    expect(screen.getByText('Also changed meanwhile, to: Changed by a colleague. Yours is kept.')).toBeInTheDocument();
    expect(screen.getByLabelText('City')).not.toHaveAttribute('data-marked');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(requests[1].headers.get('If-Match')).toBe('"4"');
    expect(await requests[1].clone().json()).toEqual({ city: 'Iași', notes: 'Mine' });
  });

  it('shows server field errors next to the fields', async () => {
    vi.stubGlobal('fetch', withSegments(vi.fn(async (request: Request) => request.url.endsWith('/api/v1/me')
      ? jsonResponse(200, ME_WRITER) : jsonResponse(400, { type: '/problems/validation', title: 'Invalid input',
      status: 400, detail: 'The request has invalid fields',
      errors: [{ field: 'website', message: 'must be a web address such as example.com' }] }, 'application/problem+json'))));
    renderWithProviders(<ClientEditor client={CLIENT} onReload={async () => undefined} onDone={() => undefined} />);

    await waitFor(() => expect(screen.getByLabelText('Website')).toBeEnabled());
    await userEvent.type(screen.getByLabelText('Website'), 'not a site');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('must be a web address such as example.com')).toBeInTheDocument();
  });
  it('renders from the field rules: read-only fields are disabled, hidden ones absent', async () => {
    const me = { ...ME_WRITER, fields: { ...ME_WRITER.fields, 'client.segment': 'read', 'client.taxId': 'hidden' } };
    vi.stubGlobal('fetch', withSegments(vi.fn(async () => jsonResponse(200, me))));
    renderWithProviders(<ClientEditor client={CLIENT} onReload={async () => undefined} onDone={() => undefined} />);

    await waitFor(() => expect(screen.getByLabelText('City')).toBeEnabled());
    expect(screen.getByRole('textbox', { name: 'Segment' })).toBeDisabled();
    expect(screen.queryByLabelText('Tax id')).not.toBeInTheDocument();
  });
});
