import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';
import type { ClientListQuery } from './types';

/** A workbook (clients and contact persons), or one of the two CSV files. */
export type ExportFormat = 'xlsx' | 'csv' | 'contacts-csv';

/**
 * Downloads what the list's filters find, in the reader's language (audited; large exports need a
 * supervisor, and the refusal comes back as a problem to show). Read as bytes: decoding as text would
 * drop the BOM that spreadsheet programs need to read Cyrillic and diacritics in a CSV.
 */
export async function exportClients(query: ClientListQuery, format: ExportFormat): Promise<void> {
  const { q, lifecycle, segment, country, region, team, ownerId, tag } = query;
  const params = { query: { q, lifecycle, segment, country, region, team, ownerId, tag } };
  const file = format === 'xlsx'
    ? unwrap(await api.GET('/api/v1/exports/clients.xlsx', { params, parseAs: 'blob' }))
    : format === 'csv'
      ? unwrap(await api.GET('/api/v1/exports/clients.csv', { params, parseAs: 'blob' }))
      : unwrap(await api.GET('/api/v1/exports/contacts.csv', { params, parseAs: 'blob' }));
  const day = new Date().toISOString().slice(0, 10);
  saveFile(file, format === 'contacts-csv' ? `relay-contacts-${day}.csv` : `relay-clients-${day}.${format}`);
}
