import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { ActivitiesSection } from './ActivitiesSection';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const FIRST = { id: 'a1', clientId: 'c', kind: 'call', happenedAt: '2026-11-26T09:00:00Z',
  contacts: [{ id: 'p1', fullName: 'Ana Pop' }], outcome: 'Introduced myself', nextStep: 'Send the price list',
  byId: 'sam', byName: 'Sam Rusu', firstContact: true };

describe('ActivitiesSection', () => {
  it('shows the timeline, the first contact marked, and logs a meeting with a contact person', async () => {
    let logged = false;
    const routes = routeFetch({
      'GET /api/v1/clients/c/activities': () => jsonResponse(200, { items: logged
        ? [{ ...FIRST, id: 'a2', kind: 'meeting', firstContact: false, outcome: 'Agreed on spring', nextStep: undefined }, FIRST]
        : [FIRST] }),
      'GET /api/v1/clients/c/contacts': () => jsonResponse(200, { items: [{ id: 'p1', clientId: 'c', fullName: 'Ana Pop',
        createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'sam', version: 0, redactedFields: [] }] }),
      'POST /api/v1/clients/c/activities': () => { logged = true; return jsonResponse(201, FIRST); },
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<ActivitiesSection clientId="c" readOnly={false} />);

    expect(await screen.findByText('Introduced myself')).toBeInTheDocument();
    expect(screen.getByText('first contact')).toBeInTheDocument();
    expect(screen.getByText('With Ana Pop')).toBeInTheDocument();
    expect(screen.getByText('Next: Send the price list')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Log an activity' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'What' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Meeting', hidden: true }));
    await userEvent.click(screen.getByRole('textbox', { name: 'With whom' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ana Pop', hidden: true }));
    await userEvent.type(screen.getByLabelText('Outcome'), 'Agreed on spring');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(routes.requests.some((request) => request.method === 'POST')).toBe(true));
    const body = await routes.requests.find((request) => request.method === 'POST')!.json();
    expect(body).toMatchObject({ kind: 'meeting', contactIds: ['p1'], outcome: 'Agreed on spring' });
    expect(new Date(body.happenedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await screen.findByText('Agreed on spring')).toBeInTheDocument();
  });

  it('offers no logging on a deleted client and says when nothing was logged', async () => {
    const routes = routeFetch({ 'GET /api/v1/clients/c/activities': () => jsonResponse(200, { items: [] }) });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<ActivitiesSection clientId="c" readOnly />);
    expect(await screen.findByText('No activities logged yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log an activity' })).not.toBeInTheDocument();
  });
});
