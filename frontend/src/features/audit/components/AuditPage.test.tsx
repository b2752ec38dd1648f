import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { AuditPage } from './AuditPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
const entry = (id: number, clientName?: string) => ({
  id, at: '2026-11-25T10:00:00Z', actorId: 'sam', actorName: 'Sam Rusu', action: 'read', entityType: 'client',
  clientId: CLIENT_ID, clientName, recordCount: 1, sourceIp: '10.0.0.7',
});

afterEach(() => vi.unstubAllGlobals());

describe('AuditPage', () => {
  it('names the client with a link, and narrows the log to the days picked', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/users': () => jsonResponse(200, { items: [] }),
      'GET /api/v1/audit': () => jsonResponse(200, { items: [entry(2, 'Agrofirma Codru SA'), entry(1)] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<AuditPage />);

    const link = await screen.findByRole('link', { name: 'Agrofirma Codru SA' });
    expect(link).toHaveAttribute('href', `/clients/${CLIENT_ID}`);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(link.parentElement).toHaveTextContent('client Agrofirma Codru SA');

    fireEvent.change(screen.getByLabelText('From day'), { target: { value: '2026-11-02' } });
    fireEvent.change(screen.getByLabelText('To day (included)'), { target: { value: '2026-11-03' } });
    await vi.waitFor(() => {
      const last = new URL(requests.filter((r) => r.url.includes('/audit')).at(-1)!.url);
      expect(last.searchParams.get('from')).toBe(new Date(2026, 10, 2).toISOString());
      expect(last.searchParams.get('to')).toBe(new Date(2026, 10, 4).toISOString());
    });
  });
});
