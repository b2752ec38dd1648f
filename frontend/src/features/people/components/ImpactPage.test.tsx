import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { ImpactPage } from './ImpactPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const SARA = { userId: 'sara', userName: 'Sara Moldovan', clients: 40, bySegment: { vip: 4, medium: 30, key: 6 },
  topSegment: 10, onlyParty: 25, personalOnlyContacts: 3, noDecisionMaker: 12, atRisk: 30, redactedFields: [],
  countedAt: '2026-11-27T09:30:00Z' };
const SAM = { userId: 'sam', userName: 'Sam Rusu', clients: 20, atRisk: 0,
  redactedFields: ['onlyParty', 'bySegment', 'topSegment', 'personalOnlyContacts', 'noDecisionMaker'] };

describe('ImpactPage', () => {
  it('ranks people by clients at risk, says withheld figures as such, and shows a chosen person by segment', async () => {
    vi.stubGlobal('fetch', vi.fn(routeFetch({
      'GET /api/v1/users/impact': () => jsonResponse(200, { items: [SARA, SAM] }),
    }).handler));
    renderWithProviders(<ImpactPage />, { route: '/people/impact' });

    const table = await screen.findByTestId('impact-ranking');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Sara Moldovan');
    expect(within(rows[0]).getByLabelText('30 of 40 clients at risk')).toBeInTheDocument();
    expect(within(rows[1]).getAllByText('withheld by the field rules')).toHaveLength(3);

    await userEvent.click(within(rows[0]).getByText('Sara Moldovan'));
    const person = await screen.findByTestId('impact-person');
    expect(person).toHaveTextContent('Sara Moldovan: clients by segment');
    expect(within(person).getByLabelText('Medium: 30 clients')).toBeInTheDocument();
    expect(within(person).getByLabelText('VIP: 4 clients')).toBeInTheDocument();
    expect(screen.getByTestId('impact-counted')).toHaveTextContent(/^Counted at .+; nothing has changed/);

    await userEvent.click(within(rows[1]).getByText('Sam Rusu'));
    expect(screen.getByTestId('impact-counted')).toHaveTextContent('Counted just now.');
  });

  it('says so when a shared link names someone not in the ranking', async () => {
    vi.stubGlobal('fetch', vi.fn(routeFetch({
      'GET /api/v1/users/impact': () => jsonResponse(200, { items: [SARA] }),
    }).handler));
    renderWithProviders(<ImpactPage />, { route: '/people/impact?person=nobody' });
    expect(await screen.findByTestId('impact-person-missing')).toHaveTextContent('not among those you supervise');
    expect(screen.queryByTestId('impact-person')).not.toBeInTheDocument();
  });
});
