import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientsPage } from '@/features/clients/components/ClientsPage';
import { jsonResponse, ME_WRITER, renderWithProviders } from '@/testing/render';
import { NoticeBanner } from './NoticeBanner';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const ON_NOTICE = { ...ME_WRITER, capabilities: [], noticeUntil: '2026-12-10' };
const HANDOVER = { id: '00000000-0000-4000-8000-0000000000a1', userId: ME_WRITER.id, state: 'draft' };

function serve(me: object) {
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/me') return jsonResponse(200, me);
    if (path === '/api/v1/handovers') return jsonResponse(200, { items: [HANDOVER] });
    return jsonResponse(200, { items: [] });
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the notice period in the SPA', () => {
  it('tells a person serving notice what is open to them and leads to their handover', async () => {
    serve(ON_NOTICE);
    renderWithProviders(<NoticeBanner />);
    expect(await screen.findByText(/serving your notice until/)).toHaveTextContent('Dec 10, 2026');
    expect(await screen.findByRole('link', { name: 'Open my handover' }))
      .toHaveAttribute('href', `/handovers/${HANDOVER.id}`);
  });

  it('says nothing to everyone else', async () => {
    serve(ME_WRITER);
    renderWithProviders(<><NoticeBanner /><ClientsPage /></>);
    expect(await screen.findByRole('button', { name: 'New client' })).toBeInTheDocument();
    expect(screen.queryByTestId('notice-banner')).not.toBeInTheDocument();
  });

  it('offers no new client and no export during the notice', async () => {
    serve(ON_NOTICE);
    renderWithProviders(<ClientsPage />);
    await screen.findByText(/Matching clients|No clients/);
    expect(screen.queryByRole('button', { name: 'New client' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });
});
