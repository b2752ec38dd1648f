import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch } from '@/testing/render';
import type { Contact } from '../api/types';
import { ContactsSection } from './ContactsSection';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
const CONTACTS = `/api/v1/clients/${CLIENT_ID}/contacts`;
const ANA: Contact = {
  id: '22222222-2222-4222-8222-222222222222', clientId: CLIENT_ID, fullName: 'Ana Popescu', position: 'Buyer',
  functions: ['orders', 'decision_maker'], preferredChannel: 'messenger', birthday: '1985-03-09', consent: true,
  channels: [
    { kind: 'phone', value: '+40721234567', corporate: true },
    { kind: 'phone', value: '+40744000111', corporate: false },
  ],
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'u', version: 1, redactedFields: [],
};
const INVALID_PHONE = {
  type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'The request has invalid fields',
  errors: [{ field: 'channels[0].value', message: 'not a valid phone number' }],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const SUPERVISOR = { ...ME_WRITER, roles: ['head-of-sales'], capabilities: [...ME_WRITER.capabilities, 'clients.restore'] };

describe('ContactsSection', () => {
  it('shows functions, channels with a personal warning, the preferred channel and the birthday', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [ANA] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    const card = await screen.findByTestId('contact-card');
    expect(within(card).getByText('Ana Popescu')).toBeInTheDocument();
    expect(within(card).getByText('Places orders')).toBeInTheDocument();
    expect(within(card).getByText('Decision maker')).toBeInTheDocument();
    expect(within(card).getAllByText('personal')).toHaveLength(1);
    expect(within(card).getByText('+40744000111').parentElement).toHaveTextContent('personal');
    expect(within(card).getByText(/Preferred channel: Messenger/)).toBeInTheDocument();
    expect(within(card).getByText(/Birthday: 9 March|Birthday: March 9/)).toBeInTheDocument();
  });

  it('dials a phone and writes an e-mail from the card, but a masked value is no link', async () => {
    const reachable: Contact = { ...ANA, channels: [
      { kind: 'phone', value: '+40721234567', corporate: true },
      { kind: 'email', value: 'ana@agroprod.ro', corporate: true },
      { kind: 'phone', value: '+40 *** *** 01 11', corporate: true },
    ] };
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [reachable] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    const card = await screen.findByTestId('contact-card');
    expect(within(card).getByRole('link', { name: '+40721234567' })).toHaveAttribute('href', 'tel:+40721234567');
    expect(within(card).getByRole('link', { name: 'ana@agroprod.ro' })).toHaveAttribute('href', 'mailto:ana@agroprod.ro');
    expect(within(card).getByText('+40 *** *** 01 11').closest('a')).toBeNull();
  });

  it('adds a contact and shows a server error on the channel it concerns', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [] }),
      [`POST ${CONTACTS}`]: () => jsonResponse(400, INVALID_PHONE, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    expect(await screen.findByText(/No contact persons yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    await userEvent.type(await screen.findByLabelText(/Full name/), 'Ion Rusu');
    await userEvent.type(screen.getByLabelText('Phone or e-mail'), '0721 234');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('not a valid phone number')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toMatchObject({
      fullName: 'Ion Rusu', channels: [{ kind: 'phone', value: '0721 234', corporate: true }],
    });
  });

  it('offers no changes on a deleted client', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [ANA] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly />);

    await screen.findByTestId('contact-card');
    expect(screen.queryByRole('button', { name: 'Add contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('lets a supervisor bring a deleted contact person back', async () => {
    const ION: Contact = { ...ANA, id: '33333333-3333-4333-8333-333333333333', fullName: 'Ion Rusu', deletedAt: '2026-02-01T00:00:00Z' };
    let restored = false;
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, SUPERVISOR),
      [`GET ${CONTACTS}`]: (request) => {
        const deletedOnes = new URL(request.url).searchParams.get('deleted') === 'true';
        if (deletedOnes) return jsonResponse(200, { items: restored ? [] : [ION] });
        return jsonResponse(200, { items: restored ? [ANA, { ...ION, deletedAt: undefined }] : [ANA] });
      },
      [`POST /api/v1/contacts/${ION.id}/restore`]: () => {
        restored = true;
        return jsonResponse(200, { ...ION, deletedAt: undefined });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Show deleted contact persons' }));
    const deletedList = await screen.findByTestId('deleted-contacts');
    expect(await within(deletedList).findByText('Ion Rusu')).toBeInTheDocument();
    expect(within(deletedList).getByText('deleted')).toBeInTheDocument();
    await userEvent.click(within(deletedList).getByRole('button', { name: 'Restore Ion Rusu' }));

    expect(await within(deletedList).findByText('No deleted contact persons.')).toBeInTheDocument();
    expect(await screen.findAllByTestId('contact-card')).toHaveLength(2);
    expect(requests.some((request) => request.method === 'POST' && request.url.endsWith('/restore'))).toBe(true);
  });

  it('offers no deleted list to a sales manager', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [ANA] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    // The delete button shows that /me has arrived: the capabilities are known.
    await screen.findByRole('button', { name: 'Delete Ana Popescu' });
    expect(screen.queryByRole('button', { name: 'Show deleted contact persons' })).not.toBeInTheDocument();
  });

  it('loads every page of contact persons, the largest pages the API serves', async () => {
    const ION: Contact = { ...ANA, id: '33333333-3333-4333-8333-333333333333', fullName: 'Ion Rusu' };
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: (request) => new URL(request.url).searchParams.get('cursor') === 'after-ana'
        ? jsonResponse(200, { items: [ION] })
        : jsonResponse(200, { items: [ANA], nextCursor: 'after-ana' }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    expect(await screen.findAllByTestId('contact-card')).toHaveLength(2);
    expect(screen.getByText('Ion Rusu')).toBeInTheDocument();
    const pages = requests.filter((request) => request.url.includes(CONTACTS)).map((request) => new URL(request.url).searchParams);
    expect(pages.map((query) => [query.get('limit'), query.get('cursor')])).toEqual([['200', null], ['200', 'after-ana']]);
  });

  it("keeps the dialog and the user's typing when a colleague saved the contact first", async () => {
    const theirs: Contact = { ...ANA, position: 'Head buyer', hobbies: 'chess', version: 2, updatedBy: 'u2' };
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/users': () => jsonResponse(200, { items: [{ id: 'u2', username: 'sara', name: 'Sara Lungu', teams: [],
        roles: [], enabledInKeycloak: true, allowedActions: [] }] }),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [ANA] }),
      [`GET /api/v1/contacts/${ANA.id}`]: () => jsonResponse(200, theirs),
      [`PATCH /api/v1/contacts/${ANA.id}`]: (request) => request.headers.get('If-Match') === '"1"'
        ? jsonResponse(412, { type: '/problems/stale-version', title: 'Changed by someone else', status: 412,
          detail: 'Changed' }, 'application/problem+json')
        : jsonResponse(200, { ...theirs, position: 'Procurement lead', familyNotes: 'Two kids', version: 3 }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit Ana Popescu' }));
    const dialog = await screen.findByRole('dialog');
    // Pasted rather than typed key by key: the test is about what happens after, and stays quick on a busy machine.
    await userEvent.clear(within(dialog).getByLabelText('Position'));
    await userEvent.click(within(dialog).getByLabelText('Position'));
    await userEvent.paste('Procurement lead');
    await userEvent.click(within(dialog).getByLabelText('Family notes'));
    await userEvent.paste('Two kids');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('Sara Lungu changed this contact person while you were editing');
    expect(alert).toHaveTextContent('Position: Buyer → Head buyer');
    expect(alert).toHaveTextContent('Hobbies: — → chess');
    expect(within(dialog).getByLabelText('Position')).toHaveValue('Procurement lead');
    expect(within(dialog).getByLabelText('Position')).toHaveAttribute('data-marked');
    expect(within(dialog).getByLabelText('Family notes')).toHaveValue('Two kids');
    expect(within(dialog).getByLabelText('Hobbies')).toHaveValue('chess');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = requests.filter((request) => request.method === 'PATCH');
    expect(saved.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
    expect(await saved[1].json()).toEqual({ position: 'Procurement lead', familyNotes: 'Two kids' });
  });

  it('deletes the version shown; when someone changed it meanwhile, says so and shows their version', async () => {
    const THEIRS: Contact = { ...ANA, position: 'Head buyer', version: 2 };
    let lists = 0;
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      [`GET ${CONTACTS}`]: () => jsonResponse(200, { items: [lists++ === 0 ? ANA : THEIRS] }),
      [`DELETE /api/v1/contacts/${ANA.id}`]: () => jsonResponse(412, { type: '/problems/stale-version',
        title: 'Changed by someone else', status: 412, detail: 'Someone else changed this record' }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete Ana Popescu' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      title: 'Someone changed this contact', message: expect.stringContaining('so it was not deleted') })));
    expect(await screen.findByText(/Head buyer/)).toBeInTheDocument();
    const removal = requests.find((request) => request.method === 'DELETE');
    expect(removal?.headers.get('If-Match')).toBe('"1"');
  });

  it('shows why a restore was refused when a colleague restored the contact first, and refreshes the lists', async () => {
    const ION: Contact = { ...ANA, id: '33333333-3333-4333-8333-333333333333', fullName: 'Ion Rusu', deletedAt: '2026-02-01T00:00:00Z' };
    let restoredByColleague = false;
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, SUPERVISOR),
      [`GET ${CONTACTS}`]: (request) => {
        if (new URL(request.url).searchParams.get('deleted') === 'true') {
          return jsonResponse(200, { items: restoredByColleague ? [] : [ION] });
        }
        return jsonResponse(200, { items: restoredByColleague ? [ANA, { ...ION, deletedAt: undefined }] : [ANA] });
      },
      [`POST /api/v1/contacts/${ION.id}/restore`]: () => {
        restoredByColleague = true;
        return jsonResponse(409, { type: '/problems/conflict', title: 'Conflicting change', status: 409,
          detail: 'This contact is not deleted; there is nothing to restore' }, 'application/problem+json');
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<ContactsSection clientId={CLIENT_ID} readOnly={false} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Show deleted contact persons' }));
    const deletedList = await screen.findByTestId('deleted-contacts');
    await userEvent.click(await within(deletedList).findByRole('button', { name: 'Restore Ion Rusu' }));

    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      title: 'Already exists', message: 'Someone restored this contact person already: the list now shows it.' })));
    expect(await within(deletedList).findByText('No deleted contact persons.')).toBeInTheDocument();
    expect(await screen.findAllByTestId('contact-card')).toHaveLength(2);
  });
});
