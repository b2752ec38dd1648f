import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import { FieldPolicyGrid } from './FieldPolicyGrid';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));

const MATRIX = {
  roles: ['sales-manager', 'lead-generator'],
  fields: [
    { key: 'client.taxId', description: 'Tax identification number' },
    { key: 'contact.hobbies', description: 'Hobbies (personal)', guard: 'hidden outside the inner circle' },
    { key: 'client.future', description: 'A field the SPA has no label for' },
  ],
  levels: {
    'sales-manager': { 'client.taxId': 'write', 'contact.hobbies': 'write', 'client.future': 'read' },
    'lead-generator': { 'client.taxId': 'read', 'contact.hobbies': 'hidden', 'client.future': 'read' },
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('FieldPolicyGrid', () => {
  it('names fields and roles for people, and saves nothing before the changes are reviewed', async () => {
    const saved: { path: string; body: unknown }[] = [];
    const { handler } = routeFetch({
      'GET /api/v1/admin/field-policies': () => jsonResponse(200, MATRIX),
      'PUT /api/v1/admin/field-policies/sales-manager/client.taxId': async (request) => {
        saved.push({ path: new URL(request.url).pathname, body: await request.json() });
        return jsonResponse(200, { ...MATRIX, levels: { ...MATRIX.levels,
          'sales-manager': { ...MATRIX.levels['sales-manager'], 'client.taxId': 'hidden' } } });
      },
      'GET /api/v1/me': () => jsonResponse(200, {}),
    });
    vi.stubGlobal('fetch', vi.fn(handler));
    const shown = vi.spyOn(notifications, 'show');
    renderWithProviders(<FieldPolicyGrid />);

    const cell = await screen.findByLabelText('Sales manager: Tax id (client.taxId)');
    expect(screen.getByRole('columnheader', { name: 'Lead generator' })).toBeInTheDocument();
    expect(screen.getByText('A field the SPA has no label for')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes (0)' })).toBeDisabled();

    await userEvent.selectOptions(cell, 'hidden');
    // Choosing a level and choosing it back leaves nothing to save.
    await userEvent.selectOptions(screen.getByLabelText('Lead generator: Hobbies (contact.hobbies)'), 'read');
    await userEvent.selectOptions(screen.getByLabelText('Lead generator: Hobbies (contact.hobbies)'), 'hidden');
    expect(saved).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Review changes (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'What changes for whom' });
    expect(within(dialog).getByText('Sales manager')).toBeInTheDocument();
    expect(within(dialog).getByText('Tax id: write → hidden')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the changes (1)' }));

    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'Field rules saved: 1' })));
    expect(saved).toEqual([{ path: '/api/v1/admin/field-policies/sales-manager/client.taxId', body: { level: 'hidden' } }]);
    expect(screen.getByRole('button', { name: 'Review changes (0)' })).toBeDisabled();
    expect(screen.getByLabelText('Sales manager: Tax id (client.taxId)')).toHaveValue('hidden');
  });
});
