import { api, unwrap } from '@/lib/api-client';
import type { ClientListQuery } from './types';

/** Downloads the clients matching the list's filters as CSV (audited; large exports need a supervisor). */
export async function exportClients(query: ClientListQuery): Promise<void> {
  const { q, lifecycle, segment, country, region, team, ownerId, tag } = query;
  const csv = unwrap(await api.GET('/api/v1/exports/clients.csv', {
    params: { query: { q, lifecycle, segment, country, region, team, ownerId, tag } },
    parseAs: 'text',
  }));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = `relay-clients-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}
