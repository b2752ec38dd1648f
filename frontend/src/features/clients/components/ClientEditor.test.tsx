import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders } from '@/testing/render';
import type { Client } from '../api/types';
import { ClientEditor } from './ClientEditor';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT: Client = {
  id: '11111111-1111-4111-8111-111111111111', name: 'Agroprod SRL', kind: 'company', country: 'RO',
  lifecycle: 'active', tags: [], attributes: {}, contactCount: 0, createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 3, redactedFields: [],
};

const THEIRS: Client = { ...CLIENT, notes: 'Changed by a colleague', version: 4 };

afterEach(() => vi.unstubAllGlobals());

describe('ClientEditor', () => {
  it('sends the read version, shows the conflict on 412 and reloads', async () => {
    const requests: Request[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      if (request.url.endsWith('/api/v1/me')) return jsonResponse(200, ME_WRITER);
      requests.push(request);
      if (requests.length > 1) return jsonResponse(200, { ...THEIRS, city: 'Iași', version: 5 });
      return jsonResponse(412, { type: '/problems/stale-version', title: 'Changed by someone else', status: 412,
        detail: 'Someone else changed this record' }, 'application/problem+json');
    }));
    const onReload = vi.fn(async () => THEIRS);
    const onDone = vi.fn();
    renderWithProviders(<ClientEditor client={CLIENT} onReload={onReload} onDone={onDone} />);

    await waitFor(() => expect(screen.getByLabelText('City')).toBeEnabled());
    await userEvent.type(screen.getByLabelText('City'), 'Iași');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('conflict-alert')).toBeInTheDocument();
    expect(requests[0].method).toBe('PATCH');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
    expect(requests[0].headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await requests[0].clone().json()).toEqual({ city: 'Iași' });

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument());
    // The form now shows their version, and nothing typed against the old one.
    expect(screen.getByLabelText('Notes')).toHaveValue('Changed by a colleague');
    expect(screen.getByLabelText('City')).toHaveValue('');

    await userEvent.type(screen.getByLabelText('City'), 'Iași');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(requests[1].headers.get('If-Match')).toBe('"4"');
    expect(await requests[1].clone().json()).toEqual({ city: 'Iași' });
  });

  it('shows server field errors next to the fields', async () => {
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => request.url.endsWith('/api/v1/me')
      ? jsonResponse(200, ME_WRITER) : jsonResponse(400, { type: '/problems/validation', title: 'Invalid input',
      status: 400, detail: 'The request has invalid fields',
      errors: [{ field: 'website', message: 'must be a web address such as example.com' }] }, 'application/problem+json')));
    renderWithProviders(<ClientEditor client={CLIENT} onReload={async () => undefined} onDone={() => undefined} />);

    await waitFor(() => expect(screen.getByLabelText('Website')).toBeEnabled());
    await userEvent.type(screen.getByLabelText('Website'), 'not a site');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('must be a web address such as example.com')).toBeInTheDocument();
  });
  it('renders from the field rules: read-only fields are disabled, hidden ones absent', async () => {
    const me = { ...ME_WRITER, fields: { ...ME_WRITER.fields, 'client.segment': 'read', 'client.taxId': 'hidden' } };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, me)));
    renderWithProviders(<ClientEditor client={CLIENT} onReload={async () => undefined} onDone={() => undefined} />);

    await waitFor(() => expect(screen.getByLabelText('City')).toBeEnabled());
    expect(screen.getByRole('textbox', { name: 'Segment' })).toBeDisabled();
    expect(screen.queryByLabelText('Tax id')).not.toBeInTheDocument();
  });
});
