import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME_WRITER, jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { ProfilePage } from './ProfilePage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const USERS = { items: [{ id: 'u', username: 'sam', name: 'Sam Rusu', teams: ['north'], roles: ['sales-manager'],
  enabledInKeycloak: true, allowedActions: [] }, { id: 'x', username: 'sara', name: 'Sara Moldovan', teams: ['north'],
  roles: ['sales-manager'], enabledInKeycloak: true, allowedActions: [] }] };

function show(id: string, routes: ReturnType<typeof routeFetch>) {
  vi.stubGlobal('fetch', vi.fn(routes.handler));
  renderWithProviders(<Routes><Route path="/people/:id/profile" element={<ProfilePage />} /></Routes>,
    { route: `/people/${id}/profile` });
}

describe('ProfilePage', () => {
  it('lets a person keep their corporate phone and mailbox', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/users': () => jsonResponse(200, USERS),
      'GET /api/v1/users/u/profile': () => jsonResponse(200, { corporateEmail: 'sam@relay.example' }),
      'PUT /api/v1/users/u/profile': async (request) => jsonResponse(200, await request.json()),
    });
    show('u', routes);
    expect(await screen.findByRole('heading', { name: 'Profile of Sam Rusu' })).toBeInTheDocument();
    expect(screen.getByLabelText('Corporate e-mail')).toHaveValue('sam@relay.example');
    await userEvent.type(screen.getByLabelText('Corporate phone'), '+40 21 300 1004');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(routes.requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = routes.requests.find((request) => request.method === 'PUT')!;
    expect(await put.json()).toEqual({ corporatePhone: '+40 21 300 1004', corporateEmail: 'sam@relay.example' });
  });

  it('shows a colleague\'s profile to read, not to change', async () => {
    const routes = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/users': () => jsonResponse(200, USERS),
      'GET /api/v1/users/x/profile': () => jsonResponse(200, { corporatePhone: '+40 21 300 1005' }),
    });
    show('x', routes);
    expect(await screen.findByRole('heading', { name: 'Profile of Sara Moldovan' })).toBeInTheDocument();
    expect(screen.getByLabelText('Corporate phone')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
