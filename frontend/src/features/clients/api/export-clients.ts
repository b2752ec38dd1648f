import { api, unwrap } from '@/lib/api-client';
import type { ClientListQuery } from './types';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * Downloads the clients matching the list's filters, as CSV or an Excel workbook (audited; large
 * exports need a supervisor, and the refusal comes back as a problem to show).
 */
export async function exportClients(query: ClientListQuery, format: ExportFormat): Promise<void> {
  const { q, lifecycle, segment, country, region, team, ownerId, tag } = query;
  const params = { query: { q, lifecycle, segment, country, region, team, ownerId, tag } };
  const file = format === 'csv'
    ? new Blob([unwrap(await api.GET('/api/v1/exports/clients.csv', { params, parseAs: 'text' }))],
      { type: 'text/csv;charset=utf-8' })
    : unwrap(await api.GET('/api/v1/exports/clients.xlsx', { params, parseAs: 'blob' }));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `relay-clients-${new Date().toISOString().slice(0, 10)}.${format}`;
  link.click();
  URL.revokeObjectURL(link.href);
}
