import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '@/lib/calendar';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { StartHandover } from './StartHandover';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ALEX = { id: 'alex', name: 'Alex Popa' };

describe('StartHandover', () => {
  it('adds a partner with duties and no end: only what a partnership takes is sent', async () => {
    const sent: unknown[] = [];
    const started = vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return jsonResponse(201, { id: 'h1' });
    });
    const routes = routeFetch({
      // Only partners are offered: a picker for another kind would find no one.
      'GET /api/v1/assignments/candidates': (request) => jsonResponse(200, {
        items: new URL(request.url).searchParams.get('kind') !== 'partner' ? [] : [
          { userId: 'sam', userName: 'Sam Rusu', teams: ['north'] }, { userId: 'alex', userName: 'Alex Popa', teams: ['north'] }],
      }),
      'POST /api/v1/handovers': started,
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<StartHandover person={ALEX} />);

    await userEvent.click(screen.getByRole('button', { name: 'Start handover for Alex Popa' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByText('Partner'));
    expect(within(dialog).getByRole('button', { name: 'Add the partner' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Partner' }));
    // The person whose clients these are is not offered as their own partner.
    expect(screen.queryByRole('option', { name: 'Alex Popa', hidden: true })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'Sam Rusu', hidden: true }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Duties' }), 'Exports to Spain');
    expect(within(dialog).getByLabelText('Last day (optional)')).toHaveValue('');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add the partner' }));
    await waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ kind: 'partner', userId: 'alex', partnerId: 'sam', duties: 'Exports to Spain',
      startsOn: localDay() }]);
  });
});
