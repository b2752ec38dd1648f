import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders, routeFetch } from '@/testing/render';
import type { LetterTemplate } from '../api/letter-templates';
import { LetterTemplatesPage } from './LetterTemplatesPage';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const SHIPPED = '{successor.name} is your new manager\n\nDear {contact.name},';
const template = (more: Partial<LetterTemplate>): LetterTemplate => ({
  kind: 'handover', language: 'en', text: SHIPPED, shipped: SHIPPED, customised: false, version: 0,
  placeholders: ['client.name', 'contact.name', 'successor.name'], ...more,
});

describe('LetterTemplatesPage', () => {
  it('shows what the server refuses in a rewrite, previews a valid one and saves it over the version read', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    const routes = routeFetch({
      'GET /api/v1/letter-templates': () => jsonResponse(200, { items: [template({}),
        template({ kind: 'partner', text: 'P\n\nQ', shipped: 'P\n\nQ' })] }),
      'POST /api/v1/letter-templates/handover/en/preview': async (request) => {
        const { text } = await request.json() as { text: string };
        return text.includes('{successor.fax}')
          ? jsonResponse(400, { type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'The template names what a letter does not have',
            errors: [{ field: 'text', message: 'unknown placeholder {successor.fax} on line 3' }] })
          : jsonResponse(200, { subject: 'Sam Rusu is your new manager', body: 'Dear Ion Rusu, hello\n' });
      },
      'PUT /api/v1/letter-templates/handover/en': async (request) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return jsonResponse(200, template({ text: `${SHIPPED} hello`, customised: true, version: 1 }));
      },
    });
    vi.stubGlobal('fetch', vi.fn(routes.handler));
    renderWithProviders(<LetterTemplatesPage />);

    const editor = await screen.findByRole('textbox', { name: /Template/ });
    expect(editor).toHaveValue(SHIPPED);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.type(editor, ' {{successor.fax}');
    await userEvent.click(screen.getByRole('button', { name: 'Preview with a sample client' }));
    expect(await screen.findByText('unknown placeholder {successor.fax} on line 3')).toBeInTheDocument();

    await userEvent.clear(editor);
    await userEvent.type(editor, `${SHIPPED.replace(/\{/g, '{{')} hello`);
    await userEvent.click(screen.getByRole('button', { name: 'Preview with a sample client' }));
    expect(await screen.findByTestId('letter-sample')).toHaveTextContent('Sam Rusu is your new manager');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toEqual([{ ifMatch: '"0"', body: { text: `${SHIPPED} hello` } }]));
  });
});
