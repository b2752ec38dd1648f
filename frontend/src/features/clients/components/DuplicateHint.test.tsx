import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import { ClientForm, EMPTY_CLIENT } from './ClientForm';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

afterEach(() => vi.unstubAllGlobals());

/** Renders the form and waits for /me: until the field rules are known, nothing is editable. */
async function renderCreateForm() {
  renderWithProviders(<ClientForm initial={EMPTY_CLIENT} submitLabel="Create" checkForDuplicates
    onSubmit={async () => undefined} onError={() => undefined} />);
  await waitFor(() => expect(screen.getByLabelText(/Name/)).toBeEnabled());
}

describe('duplicate hint in the create form', () => {
  it('warns on name blur when a client with that name exists, naming its owner', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/clients/duplicates': () =>
        jsonResponse(200, { matches: [{ matchedOn: 'name', ownerId: 'u-2', ownerName: 'Dana Moraru' }] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    await renderCreateForm();

    await userEvent.type(screen.getByLabelText(/Name/), 'Agroprod');
    expect(screen.queryByTestId('duplicate-hint')).not.toBeInTheDocument();
    await userEvent.tab();

    expect(await screen.findByTestId('duplicate-hint'))
      .toHaveTextContent('A client with this name already exists (owner: Dana Moraru).');
    const check = requests.find((request) => request.url.includes('/duplicates'));
    expect(new URL(check!.url).searchParams.get('name')).toBe('Agroprod');
  });

  it('stays quiet when there is no match or the check fails', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/clients/duplicates': () => jsonResponse(503, { type: '/problems/unavailable', title: 'Down',
        status: 503, detail: 'later' }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    await renderCreateForm();

    await userEvent.type(screen.getByLabelText(/Name/), 'Brand new');
    await userEvent.tab();
    await waitFor(() => expect(requests.filter((request) => request.url.includes('/duplicates'))).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('duplicate-hint')).not.toBeInTheDocument();
  });
});
