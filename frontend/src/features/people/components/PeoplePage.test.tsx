import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders } from '@/testing/render';
import { PeoplePage } from './PeoplePage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const HUGO = { ...ME_WRITER, id: 'hugo', username: 'hugo', name: 'Hugo Petrescu', roles: ['head-of-sales'],
  teams: ['north'], capabilities: ['clients.assign', 'clients.delete', 'clients.restore', 'people.depart'] };
// The server says whom the caller may mark as leaving (allowedActions); the page follows it.
const person = (id: string, name: string, teams: string[], departedAt?: string, mayDepart = false, enabled = true) =>
  ({ id, username: id, name, teams, roles: ['sales-manager'], departedAt, enabledInKeycloak: enabled,
    allowedActions: mayDepart ? ['depart'] : [] });

afterEach(() => vi.unstubAllGlobals());

describe('PeoplePage', () => {
  it('offers "Mark as leaving" only for people the caller may supervise', async () => {
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => request.url.endsWith('/api/v1/me')
      ? jsonResponse(200, HUGO)
      : jsonResponse(200, { items: [person('hugo', 'Hugo Petrescu', ['north']), person('sam', 'Sam Rusu', ['north'], undefined, true),
        person('sid', 'Sid Morales', ['south'], undefined, false, false), person('old', 'Old Timer', ['north'], '2026-01-01T00:00:00Z')] })));
    renderWithProviders(<PeoplePage />);

    const row = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;
    expect(within(await row('Sam Rusu')).getByRole('button', { name: 'Mark as leaving: Sam Rusu' })).toBeInTheDocument();
    expect(within(await row('Sid Morales')).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await row('Sid Morales')).getByText('disabled in Keycloak')).toBeInTheDocument();
    expect(within(await row('Sam Rusu')).queryByText('disabled in Keycloak')).not.toBeInTheDocument();
    expect(within(await row('Hugo Petrescu')).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await row('Old Timer')).getByText('left')).toBeInTheDocument();
  });
});
