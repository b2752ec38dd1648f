import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';
import { saveFile } from '@/lib/save-file';

export type AttributionPeriod = NonNullable<paths['/api/v1/reports/attribution']['get']['parameters']['query']>;
export type AttributionReport = components['schemas']['AttributionReport'];
export type AttributionAmounts = components['schemas']['AttributionAmounts'];

/** Revenue of a period per person and role; an absent day is the server's default (the year so far). */
export function useAttribution(period: AttributionPeriod) {
  return useQuery({
    queryKey: ['attribution', period],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/attribution', { params: { query: period } })),
    placeholderData: keepPreviousData,
  });
}

/** The same report as a workbook in the reader's language (audited as an export). */
export async function downloadAttribution(period: AttributionPeriod, from: string, to: string): Promise<void> {
  const file = unwrap(await api.GET('/api/v1/exports/attribution.xlsx', { params: { query: period }, parseAs: 'blob' }));
  saveFile(file, `relay-attribution-${from}-${to}.xlsx`);
}
