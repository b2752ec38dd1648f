import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import type { Todo } from '../api/todos';
import { TodoList } from './TodoList';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const ITEM = '00000000-0000-4000-8000-0000000000b1';
function todo(position: number, text: string, due: string, doneAt?: string): Todo {
  return { itemId: ITEM, position, handoverId: 'h1', clientId: 'c1', clientName: 'Lactis SRL', fromId: 'sara',
    fromName: 'Sara Moldovan', text, due, doneAt, redactedFields: [] };
}

afterEach(() => vi.unstubAllGlobals());

describe('TodoList', () => {
  it('lists the urgent matters handed over, overdue in red, and checks one off', async () => {
    const posted: { url: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      if (request.method === 'POST') {
        posted.push({ url: new URL(request.url).pathname, body: await request.json() });
        return jsonResponse(200, todo(0, 'Send the samples', '2020-01-01', '2026-11-26T10:00:00Z'));
      }
      return jsonResponse(200, { items: [todo(0, 'Send the samples', '2020-01-01'), todo(1, 'Call back', '2099-01-01')] });
    }));
    renderWithProviders(<TodoList />);

    expect(await screen.findByText('Send the samples')).toBeInTheDocument();
    expect(screen.getByText(/overdue since/)).toBeInTheDocument();
    expect(screen.getByText(/due Jan 1, 2099/)).toBeInTheDocument();
    expect(screen.getAllByText(/from Sara Moldovan's handover/)).toHaveLength(2);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done: Send the samples' }));
    await waitFor(() => expect(posted).toEqual([{ url: `/api/v1/todos/${ITEM}/0`, body: { done: true } }]));
  });

  it('shows nothing to someone with no to-dos', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { items: [] })));
    const { container } = renderWithProviders(<TodoList />);
    await waitFor(() => expect(container.querySelector('[data-testid="todos"]')).toBeNull());
  });
});
