import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import { PartiesSection } from './PartiesSection';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const party = (id: string, kind: string, userName: string) => ({
  id, userId: id, userName, kind, validFrom: '2026-01-01T00:00:00Z', standing: true, version: 0,
});
const PARTIES = { items: [party('sam', 'owner', 'Sam Rusu'), party('sid', 'partner', 'Sid Morales')], redactedKinds: ['successor'] };
// What the field rules in force let this caller assign: partners, and nothing else.
const levels = (partner: 'write' | 'read') => ({
  ...ME_WRITER,
  fields: { ...ME_WRITER.fields, 'client.ownerId': 'read', 'client.coOwnerId': 'read', 'party.partner': partner,
    'party.temporaryOwner': 'read', 'party.executiveSponsor': 'read', 'party.successor': 'hidden' },
});

function serve(me: unknown) {
  const { handler } = routeFetch({
    'GET /api/v1/me': () => jsonResponse(200, me),
    'GET /api/v1/clients/c1/parties': () => jsonResponse(200, PARTIES),
    'GET /api/v1/assignments/candidates': () => jsonResponse(200, { items: [] }),
  });
  vi.stubGlobal('fetch', vi.fn(handler));
}

afterEach(() => vi.unstubAllGlobals());

describe('PartiesSection', () => {
  it('offers to assign and end only the kinds the field rules let the caller assign', async () => {
    serve(levels('write'));
    renderWithProviders(<PartiesSection clientId="c1" prospect={false} readOnly={false} />);

    const row = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;
    expect(within(await row('Sid Morales')).getByRole('button', { name: 'End' })).toBeInTheDocument();
    expect(within(await row('Sam Rusu')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/Withheld from you by the field rules: successor/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Assign someone' }));
    await userEvent.click(await screen.findByRole('textbox', { name: 'Role at the client' }));
    const offered = (await screen.findAllByRole('option', { hidden: true })).map((option) => option.textContent);
    expect(offered).toEqual(['partner']);
  });

  it('shows the people but offers nothing to a caller who may assign no kind', async () => {
    serve(levels('read'));
    renderWithProviders(<PartiesSection clientId="c1" prospect={false} readOnly={false} />);

    expect(await screen.findByText('Sid Morales')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign someone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End' })).not.toBeInTheDocument();
  });
});
