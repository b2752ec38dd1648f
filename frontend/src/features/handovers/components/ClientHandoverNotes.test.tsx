import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { ClientHandoverNotes } from './ClientHandoverNotes';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const HANDOVER = {
  handoverId: 'h', itemId: 'i', state: 'completed', leaverId: 'sara', leaverName: 'Sara Moldovan', successorId: 'sam',
  successorName: 'Sam Rusu', completedAt: '2026-11-20T10:00:00Z', stateOfWork: 'Renewal agreed in principle',
  urgentMatters: [{ text: 'Send the contract', due: '2000-01-03' }, { text: 'Visit in spring', due: '2999-03-01' }],
  redactedFields: [], letters: [],
};

describe('ClientHandoverNotes', () => {
  it('tells the successor what was left for them, overdue matters first to the eye', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { items: [HANDOVER] })));
    renderWithProviders(<ClientHandoverNotes clientId="c" />);
    expect(await screen.findByText(/Handed over by Sara Moldovan to Sam Rusu on/)).toBeInTheDocument();
    expect(screen.getByText('Renewal agreed in principle')).toBeInTheDocument();
    expect(screen.getByText('Jan 3, 2000')).toHaveStyle({ fontWeight: '600' });
    expect(screen.getByText('Mar 1, 2999')).not.toHaveStyle({ fontWeight: '600' });
  });

  it('says the write-up is withheld when the field rules keep it, and shows nothing without handovers', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { items: [{ ...HANDOVER, stateOfWork: undefined,
      urgentMatters: [], redactedFields: ['stateOfWork', 'urgentMatters'] }] })));
    renderWithProviders(<ClientHandoverNotes clientId="c" />);
    expect(await screen.findByText('withheld by the field rules')).toBeInTheDocument();
  });
});
