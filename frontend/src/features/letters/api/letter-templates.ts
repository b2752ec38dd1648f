import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type LetterTemplate = components['schemas']['LetterTemplate'];
export type LetterKind = LetterTemplate['kind'];
export type LetterLanguage = LetterTemplate['language'];

const key = ['letter-templates'] as const;

export function useLetterTemplates() {
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/v1/letter-templates')).items });
}

type Target = { kind: LetterKind; language: LetterLanguage; text: string };

/** Renders a rewrite with sample data, keeping nothing; a template the server refuses comes back as a problem. */
export function usePreviewLetter() {
  return useMutation({
    mutationFn: async ({ kind, language, text }: Target) =>
      unwrap(await api.POST('/api/v1/letter-templates/{kind}/{language}/preview', {
        params: { path: { kind, language } }, body: { text },
      })),
  });
}

/** Keeps a rewrite over the version the admin read. */
export function useSaveLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, language, text, version }: Target & { version: number }) =>
      unwrap(await api.PUT('/api/v1/letter-templates/{kind}/{language}', {
        params: { path: { kind, language }, header: { 'If-Match': ifMatch(version) } }, body: { text },
      })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}
