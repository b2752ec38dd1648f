import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME_WRITER, jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { HandoverItem } from '../api/handovers';
import { ItemEditor } from './ItemEditor';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ITEM: HandoverItem = {
  id: 'item-1', handoverId: 'h', clientId: 'c', clientName: 'Agroprod', kinds: ['owner'], urgentMatters: [],
  reviewed: false, version: 3, redactedFields: [], letters: [],
};

describe('ItemEditor', () => {
  it('writes up the state of work and an urgent matter with its due date, on the version read', async () => {
    const routes = routeFetch({ 'GET /api/v1/me': () => jsonResponse(200, ME_WRITER), 'PATCH /api/v1/handovers/h/items/item-1': () => jsonResponse(200, { ...ITEM, version: 4 }) });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    const onDone = vi.fn();
    renderWithProviders(<ItemEditor handoverId="h" item={ITEM} onDone={onDone} />);
    await waitFor(() => expect(screen.getByLabelText(/State of work/)).not.toHaveAttribute('readonly'));

    await userEvent.type(screen.getByLabelText(/State of work/), 'Renewal agreed in principle');
    await userEvent.click(screen.getByRole('button', { name: '+ Add an urgent matter' }));
    // A matter without its text and date cannot be saved.
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Urgent matter'), 'Send the contract');
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2026-12-03' } });
    await userEvent.click(screen.getByLabelText('Written up and checked'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const sent = routes.requests.find((request) => request.method === 'PATCH')!;
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toEqual({ stateOfWork: 'Renewal agreed in principle', reviewed: true,
      urgentMatters: [{ text: 'Send the contract', due: '2026-12-03' }] });
  });

  it('shows a masked write-up as it is and never sends it back', async () => {
    const masked: HandoverItem = { ...ITEM, stateOfWork: 'R***', urgentMatters: undefined,
      redactedFields: ['stateOfWork', 'urgentMatters'] };
    const routes = routeFetch({ 'GET /api/v1/me': () => jsonResponse(200, ME_WRITER), 'PATCH /api/v1/handovers/h/items/item-1': () => jsonResponse(200, { ...masked, version: 4 }) });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    const onDone = vi.fn();
    renderWithProviders(<ItemEditor handoverId="h" item={masked} onDone={onDone} />);
    // The reader may write the field in general (from /me): the mask alone keeps it read-only here.
    await waitFor(() => expect(routes.requests.some((request) => request.url.endsWith('/api/v1/me'))).toBe(true));
    await new Promise((settled) => setTimeout(settled, 50));

    expect(screen.getByLabelText(/State of work/)).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: '+ Add an urgent matter' })).toBeDisabled();
    await userEvent.click(screen.getByLabelText('Written up and checked'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await routes.requests.find((request) => request.method === 'PATCH')!.json()).toEqual({ reviewed: true });
  });
});
