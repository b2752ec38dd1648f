import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import type { Client } from '../api/types';
import { ClientCreator } from './ClientCreator';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const EXISTING_ID = '11111111-1111-4111-8111-111111111111';
const CREATED: Client = {
  id: '99999999-9999-4999-8999-999999999999', name: 'Agroprod', kind: 'company', country: 'RO',
  lifecycle: 'prospect', tags: [], attributes: {}, contactCount: 0, createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 0, redactedFields: [],
};

function repeats(detail: string, conflicts: object[]) {
  return jsonResponse(409, { type: '/problems/conflict', title: 'Conflicting change', status: 409, detail, conflicts },
    'application/problem+json');
}

const SAME_NAME = () => repeats('A client with this name already exists', [
  { matchedOn: 'name', id: EXISTING_ID, name: 'AGROPROD SRL', ownerId: 'u-2', ownerName: 'Dana Moraru', deleted: false },
  { matchedOn: 'name', ownerId: 'u-3', ownerName: 'Ion Vlad' },
]);

/** A server that refuses a first creation with `refusal` and accepts what follows. */
function creatingServer(refusal: () => Response) {
  let posts = 0;
  return routeFetch({
    'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
    'GET /api/v1/clients/duplicates': () => jsonResponse(200, { matches: [] }),
    'POST /api/v1/clients': () => (posts++ === 0 ? refusal() : jsonResponse(201, CREATED)),
  });
}

async function fillAndCreate() {
  await waitFor(() => expect(screen.getByLabelText(/Name/)).toBeEnabled());
  await userEvent.type(screen.getByLabelText(/Name/), 'Agroprod');
  await userEvent.type(screen.getByLabelText('Tax id'), 'RO1');
  await userEvent.click(screen.getByRole('button', { name: 'Create' }));
}

const posts = (requests: Request[]) => requests.filter((request) => request.method === 'POST');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Typing into a whole form is slow under jsdom: these tests get more than the default 5 s.
describe('ClientCreator', { timeout: 20_000 }, () => {
  it('shows the clients with the same name, keeps what was typed and creates anyway when asked', async () => {
    const { handler, requests } = creatingServer(SAME_NAME);
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    const onCreated = vi.fn();
    renderWithProviders(<ClientCreator onCancel={() => undefined} onCreated={onCreated} />);

    await fillAndCreate();

    const refusal = await screen.findByTestId('client-conflicts');
    expect(refusal).toHaveTextContent('A client with this name already exists');
    const link = within(refusal).getByRole('link', { name: 'AGROPROD SRL' });
    expect(link).toHaveAttribute('href', `/clients/${EXISTING_ID}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(refusal).toHaveTextContent('owner: Dana Moraru');
    expect(refusal).toHaveTextContent('A client owned by Ion Vlad');
    // What the user typed is all still there, and the refusal is the panel, not a toast.
    expect(screen.getByLabelText(/Name/)).toHaveValue('Agroprod');
    expect(screen.getByLabelText('Tax id')).toHaveValue('RO1');
    expect(shown).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();
    expect(new URL(posts(requests)[0].url).searchParams.has('allowDuplicate')).toBe(false);

    await userEvent.click(within(refusal).getByRole('button', { name: 'Create anyway' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(CREATED));
    const retry = posts(requests)[1];
    expect(new URL(retry.url).searchParams.get('allowDuplicate')).toBe('true');
    expect(await retry.json()).toMatchObject({ name: 'Agroprod', taxId: 'RO1', country: 'RO' });
  });

  it('lets through only the name confirmed: after renaming, the server checks again', async () => {
    const { handler, requests } = creatingServer(SAME_NAME);
    vi.stubGlobal('fetch', vi.fn(handler));
    const onCreated = vi.fn();
    renderWithProviders(<ClientCreator onCancel={() => undefined} onCreated={onCreated} />);

    await fillAndCreate();
    await screen.findByTestId('client-conflicts');
    await userEvent.type(screen.getByLabelText(/Name/), ' Nord');
    await userEvent.click(screen.getByRole('button', { name: 'Create anyway' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const retry = posts(requests)[1];
    expect(new URL(retry.url).searchParams.has('allowDuplicate')).toBe(false);
    expect(await retry.json()).toMatchObject({ name: 'Agroprod Nord' });
  });

  it('explains that a tax id cannot be used twice, and that a deleted client can be restored', async () => {
    const { handler, requests } = creatingServer(() => repeats('A client with this tax id already exists in this country',
      [{ matchedOn: 'taxId', id: EXISTING_ID, name: 'Agroprod SRL', ownerName: 'Dana Moraru', deleted: true }]));
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ClientCreator onCancel={() => undefined} onCreated={() => undefined} />);

    await fillAndCreate();

    const refusal = await screen.findByTestId('client-conflicts');
    expect(refusal).toHaveTextContent('A client with this tax id already exists in this country');
    expect(refusal).toHaveTextContent('cannot be created twice');
    expect(refusal).toHaveTextContent('a supervisor (head of sales, director or admin) can restore it');
    expect(within(refusal).getByText('deleted')).toBeInTheDocument();
    expect(within(refusal).queryByRole('button', { name: 'Create anyway' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Tax id')).toHaveValue('RO1');
    expect(posts(requests)).toHaveLength(1);
  });

  it('still shows other failures, in the language of the reader, by the type of the problem', async () => {
    const { handler } = creatingServer(() => jsonResponse(403, { type: '/problems/forbidden', title: 'Not allowed',
      status: 403, detail: 'Your role may not create clients' }, 'application/problem+json'));
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<ClientCreator onCancel={() => undefined} onCreated={() => undefined} />);

    await fillAndCreate();

    await waitFor(() => expect(shown).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Not allowed', message: 'Your role does not allow this here.' })));
    expect(screen.queryByTestId('client-conflicts')).not.toBeInTheDocument();
  });
});
