import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Stage = components['schemas']['Stage'];
export type Phase = components['schemas']['Phase'];
export { phaseValues as PHASES } from '@/lib/api/schema';

/** The conveyor's stages in the board's order (by phase, then position), archived ones too: their names still show. */
export function useStages() {
  return useQuery({
    queryKey: ['stages'],
    queryFn: async () => unwrap(await api.GET('/api/v1/pipeline/stages')).items,
    staleTime: 5 * 60_000,
  });
}

/** A stage's name in this language, in English where the company gave none. */
export function stageName(stage: Stage, language: string): string {
  const names = stage.names as Record<string, string | undefined>;
  return names[language] || stage.names.en;
}

/** Stage ids → names in the SPA's language, and the stages one may move to, grouped by phase. */
export function useStageNames() {
  const { i18n } = useTranslation();
  const { data } = useStages();
  return useMemo(() => {
    const all = data ?? [];
    const byId = new Map(all.map((stage) => [stage.id, stage]));
    return {
      stages: all,
      active: all.filter((stage) => !stage.archivedAt),
      /** Never an id on screen: a stage not (yet) known reads as an ellipsis. */
      nameOf: (id: string | null | undefined) => {
        const stage = id ? byId.get(id) : undefined;
        return stage ? stageName(stage, i18n.language) : '…';
      },
      loaded: data !== undefined,
      find: (id: string | null | undefined) => (id ? byId.get(id) : undefined),
    };
  }, [data, i18n.language]);
}
