import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch, SHIPPED_STAGES } from '@/testing/render';
import { PipelineBoard } from './PipelineBoard';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const [NEW_LEAD, CONTACTED, QUALIFIED, , PROPOSAL, , , , LOST] = SHIPPED_STAGES.map((stage) => stage.id);
const card = (n: number, stageId: string, more: object = {}) => ({
  id: `c${n}`, name: `Client ${n}`, stageId, ownerName: 'Sam Rusu', contactCount: 0, createdAt: '2026-11-01T00:00:00Z',
  createdBy: 'sam', updatedAt: '2026-11-01T00:00:00Z', updatedBy: 'sam', version: 1, redactedFields: [], ...more,
});
const column = (stageId: string, items: object[], count = items.length, more: object = {}) => ({
  stageId, count, sum: 1500, items, ...more,
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('PipelineBoard', () => {
  it('shows a column per stage with its count and money, and pages a column on its own', async () => {
    const { handler, requests } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/pipeline/board': (request) => {
        const url = new URL(request.url);
        if (url.searchParams.get('cursor') === 'next') {
          return jsonResponse(200, { currency: 'EUR', sumsWithheld: false, columns: [column(NEW_LEAD, [card(3, NEW_LEAD)], 3)] });
        }
        return jsonResponse(200, { currency: 'EUR', sumsWithheld: false, columns: [
          column(NEW_LEAD, [card(1, NEW_LEAD), card(2, NEW_LEAD, { nextStep: { text: 'call back', due: '2026-12-01' } })], 3,
            { nextCursor: 'next' }),
          column(PROPOSAL, [], 0, { sum: 0 }),
        ] });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<PipelineBoard query={{ q: 'agro', team: 'north' }} />);

    const leads = await screen.findByRole('region', { name: 'New lead' });
    expect(within(leads).getByTestId('board-count')).toHaveTextContent('3');
    expect(within(leads).getByTestId('board-sum')).toHaveTextContent('€1,500.00');
    expect(within(leads).getByText('call back, due Dec 1, 2026')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Proposal' })).toHaveTextContent('Nobody here');
    const asked = new URL(requests.find((r) => r.url.includes('/pipeline/board'))!.url).searchParams;
    expect(asked.get('q')).toBe('agro');
    expect(asked.get('team')).toBe('north');

    await user.click(within(leads).getByRole('button', { name: 'Load more' }));
    expect(await within(leads).findByText('Client 3')).toBeInTheDocument();
    const paged = new URL(requests.filter((r) => r.url.includes('/pipeline/board')).at(-1)!.url).searchParams;
    expect(paged.get('stageId')).toBe(NEW_LEAD);
    expect(paged.get('cursor')).toBe('next');
  });

  it('moves a card on the stage it showed, and says so when someone moved it first', async () => {
    const moves: unknown[] = [];
    let refused = false;
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/pipeline/board': () => jsonResponse(200, { currency: 'EUR', sumsWithheld: true, columns: [
        column(CONTACTED, [card(1, CONTACTED, { qualification: { money: 'm', authority: 'a', need: 'n' } })], 1, { sum: undefined }),
        column(QUALIFIED, [], 0, { sum: undefined }),
      ] }),
      'POST /api/v1/clients/c1/stage': async (request) => {
        moves.push(await request.json());
        if (refused) {
          return jsonResponse(409, { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'moved meanwhile' },
            'application/problem+json');
        }
        return jsonResponse(200, { id: 'm', clientId: 'c1', toStageId: QUALIFIED, movedBy: 'sam', movedAt: '2026-11-27T10:00:00Z', redactedFields: [] });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    const user = userEvent.setup();
    renderWithProviders(<PipelineBoard query={{}} />);

    const contacted = await screen.findByRole('region', { name: 'Contacted' });
    expect(within(contacted).queryByTestId('board-sum')).not.toBeInTheDocument();
    await user.click(within(contacted).getByRole('button', { name: 'Move Client 1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Qualified' }));
    await waitFor(() => expect(moves).toEqual([{ stageId: QUALIFIED, fromStageId: CONTACTED }]), { timeout: 5000 });

    refused = true;
    // The card is movable again once the first move's answer and the board read after it are in.
    await user.click(await within(contacted).findByRole('button', { name: 'Move Client 1' }, { timeout: 5000 }));
    await user.click(await screen.findByRole('menuitem', { name: 'Qualified' }, { timeout: 5000 }));
    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      message: 'Someone moved this client meanwhile: look at where it stands now, then move it again.' })), { timeout: 5000 });
  });

  it('asks why before a card is lost, and for the qualification before an unqualified lead goes to sales', async () => {
    const moves: unknown[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'GET /api/v1/pipeline/board': () => jsonResponse(200, { currency: 'EUR', sumsWithheld: false, columns: [
        column(CONTACTED, [card(1, CONTACTED)]), column(QUALIFIED, []), column(LOST, []),
      ] }),
      'POST /api/v1/clients/c1/stage': async (request) => {
        moves.push(await request.json());
        return jsonResponse(200, { id: 'm', clientId: 'c1', toStageId: LOST, movedBy: 'sam', movedAt: '2026-11-27T10:00:00Z', redactedFields: [] });
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<PipelineBoard query={{}} />);

    const contacted = await screen.findByRole('region', { name: 'Contacted' });
    await user.click(within(contacted).getByRole('button', { name: 'Move Client 1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Qualified' }));
    const form = await screen.findByRole('dialog');
    expect(within(form).getByTestId('qualification')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(moves).toEqual([]);

    await user.click(within(contacted).getByRole('button', { name: 'Move Client 1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Lost', hidden: true }));
    const lost = await screen.findByRole('dialog');
    await user.type(within(lost).getByRole('textbox', { name: /Why/ }), 'no budget');
    await user.click(within(lost).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(moves).toEqual([{ stageId: LOST, fromStageId: CONTACTED, reason: 'no budget' }]));
  });
});
