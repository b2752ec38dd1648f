import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, ME_WRITER, renderWithProviders } from '@/testing/render';
import { RecordField } from './RecordField';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token', keycloak: { authenticated: true } }));
afterEach(() => vi.unstubAllGlobals());

const ME = { ...ME_WRITER, fields: { ...ME_WRITER.fields, 'client.notes': 'hidden', 'client.taxId': 'masked' } };

describe('RecordField', () => {
  it('tells a value the rules withhold from one never filled in, and shows a masked value as sent', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, ME)));
    renderWithProviders(
      <>
        <div data-testid="notes"><RecordField label="Notes" field="client.notes" /></div>
        <div data-testid="industry"><RecordField label="Industry" field="client.industry" /></div>
        <div data-testid="address"><RecordField label="Address" field="client.address" redacted /></div>
        <div data-testid="tax"><RecordField label="Tax id" field="client.taxId" redacted>RO***89</RecordField></div>
        <div data-testid="city"><RecordField label="City">Iași</RecordField></div>
      </>,
    );
    // Hidden by the rules in force (from /me), or by the server for this record: said so.
    expect(await within(screen.getByTestId('notes')).findByText('withheld by the field rules')).toBeInTheDocument();
    expect(within(screen.getByTestId('address')).getByText('withheld by the field rules')).toBeInTheDocument();
    // Readable but empty: a dash.
    expect(within(screen.getByTestId('industry')).getByText('—')).toBeInTheDocument();
    expect(within(screen.getByTestId('tax')).getByText('RO***89')).toBeInTheDocument();
    expect(within(screen.getByTestId('city')).getByText('Iași')).toBeInTheDocument();
  });
});
