import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Segment = components['schemas']['Segment'];
export type Names = components['schemas']['Names'];

/** The company's segments, highest rank first: names, colours and rules are data the director keeps. */
export function useSegments() {
  return useQuery({
    queryKey: ['segments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/segments')).items,
    staleTime: 5 * 60_000,
  });
}

/** A segment's name in this language, in English where the company gave none. */
export function segmentName(segment: Segment, language: string): string {
  const names = segment.names as Record<string, string | undefined>;
  return names[language] || segment.names.en;
}

/** Segment keys → names in the language the SPA speaks, for pickers and labels; a key Relay no longer has stays as it is. */
export function useSegmentNames() {
  const { i18n } = useTranslation();
  const { data } = useSegments();
  return useMemo(() => {
    const all = data ?? [];
    const byKey = new Map(all.map((segment) => [segment.key, segment]));
    return {
      segments: all,
      options: all.map((segment) => ({ value: segment.key, label: segmentName(segment, i18n.language) })),
      nameOf: (key: string) => {
        const segment = byKey.get(key);
        return segment ? segmentName(segment, i18n.language) : key;
      },
      find: (key: string) => byKey.get(key),
    };
  }, [data, i18n.language]);
}
