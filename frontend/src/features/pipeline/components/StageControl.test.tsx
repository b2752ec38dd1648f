import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders, routeFetch, SHIPPED_STAGES } from '@/testing/render';
import { StageControl } from './StageControl';
import { StageTimeline } from './StageTimeline';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const [NEW_LEAD, CONTACTED, QUALIFIED, , , , , , LOST] = SHIPPED_STAGES.map((stage) => stage.id);
const LEAD = { id: 'c1', stageId: CONTACTED, qualification: { money: 'budget 20k' }, nextStep: { text: 'call back' } };

function moveAnswer(body: { stageId: string }, handedTo?: string) {
  return jsonResponse(200, {
    id: 'm1', clientId: 'c1', fromStageId: CONTACTED, toStageId: body.stageId, ownerBefore: 'leo', ownerAfter: handedTo ?? 'leo',
    ownerAfterName: handedTo ? 'Sam Rusu' : 'Leo Lungu', movedBy: 'leo', movedAt: '2026-11-27T10:00:00Z', redactedFields: [],
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('StageControl', () => {
  it('asks Money, Authority and Need when a lead passes to sales, and says to whom it was handed', async () => {
    const sent: unknown[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'POST /api/v1/clients/c1/stage': async (request) => {
        const body = await request.json();
        sent.push(body);
        return moveAnswer(body, 'sam');
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    const moved = vi.fn();
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<StageControl client={LEAD} readOnly={false} onMoved={moved} />);

    expect(await screen.findByTestId('stage-badge')).toHaveTextContent('Contacted');
    await user.click(await screen.findByRole('button', { name: 'Move to stage…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByTestId('qualification')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Qualified', hidden: true }));
    const man = within(dialog).getByTestId('qualification');
    expect(within(man).getByRole('textbox', { name: /Money/ })).toHaveValue('budget 20k');
    await user.type(within(man).getByRole('textbox', { name: /Authority/ }), 'the owner signs');
    await user.type(within(man).getByRole('textbox', { name: /Need/ }), 'cold rooms');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    await vi.waitFor(() => expect(sent).toEqual([{ stageId: QUALIFIED, fromStageId: CONTACTED, nextStep: 'call back',
      qualification: { money: 'budget 20k', authority: 'the owner signs', need: 'cold rooms' } }]));
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({
      message: 'Moved to Qualified and handed to Sam Rusu.' })));
    expect(moved).toHaveBeenCalledWith(expect.objectContaining({ ownerAfter: 'sam' }));
  });

  it('wants a reason before a client is lost, and offers no stage it stands at', async () => {
    const sent: unknown[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, ME_WRITER),
      'POST /api/v1/clients/c1/stage': async (request) => {
        const body = await request.json();
        sent.push(body);
        return moveAnswer(body);
      },
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<StageControl client={LEAD} readOnly={false} />);

    await user.click(await screen.findByRole('button', { name: 'Move to stage…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: 'Stage' }));
    expect(screen.queryByRole('option', { name: 'Contacted', hidden: true })).not.toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'New lead', hidden: true })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Lost', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByText('Say why the client is lost')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /Why/ }), 'chose a competitor');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    await vi.waitFor(() => expect(sent).toEqual([{ stageId: LOST, fromStageId: CONTACTED, reason: 'chose a competitor',
      nextStep: 'call back' }]));
  });

  it('offers the last next step again, but not its date once it has passed', async () => {
    const { handler } = routeFetch({ 'GET /api/v1/me': () => jsonResponse(200, ME_WRITER) });
    vi.stubGlobal('fetch', vi.fn(handler));
    const user = userEvent.setup();
    renderWithProviders(<StageControl client={{ ...LEAD, nextStep: { text: 'call back', due: '2020-01-02' } }} readOnly={false} />);
    await user.click(await screen.findByRole('button', { name: 'Move to stage…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: 'Next step' })).toHaveValue('call back');
    expect(within(dialog).getByLabelText('Due on')).toHaveValue('');
  });

  it('shows the stage without the move to those who may not move it', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/me': () => jsonResponse(200, { ...ME_WRITER, fields: { ...ME_WRITER.fields, 'client.stageId': 'read' } }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<StageControl client={{ ...LEAD, stageId: NEW_LEAD }} readOnly={false} />);
    expect(await screen.findByTestId('stage-badge')).toHaveTextContent('New lead');
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Move to stage…' })).not.toBeInTheDocument());
  });
});

describe('StageTimeline', () => {
  it('tells each move by stage names, with why, the next step and the hand-over', async () => {
    const { handler } = routeFetch({
      'GET /api/v1/clients/c1/stage-moves': () => jsonResponse(200, { items: [{
        id: 'm1', clientId: 'c1', fromStageId: CONTACTED, toStageId: QUALIFIED, reason: 'budget confirmed',
        nextStep: 'meet the owner', nextStepDue: '2026-12-01', ownerBefore: 'leo', ownerBeforeName: 'Leo Lungu',
        ownerAfter: 'sam', ownerAfterName: 'Sam Rusu', movedBy: 'leo', movedByName: 'Leo Lungu',
        movedAt: '2026-11-27T10:00:00Z', redactedFields: [],
      }] }),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    renderWithProviders(<StageTimeline clientId="c1" />);
    const timeline = await screen.findByTestId('stage-timeline');
    expect(await within(timeline).findByText('Contacted → Qualified')).toBeInTheDocument();
    expect(within(timeline).getByText('budget confirmed')).toBeInTheDocument();
    expect(within(timeline).getByText('Next: meet the owner (due Dec 1, 2026)')).toBeInTheDocument();
    expect(within(timeline).getByText('Handed to Sam Rusu')).toBeInTheDocument();
  });
});
