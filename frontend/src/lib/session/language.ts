import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '@/lib/api-client';
import { i18n, isLanguage, switchLanguage, type Language } from '@/lib/i18n';
import { keycloak } from '@/lib/keycloak';
import { meQueryKey, useMe, type Me } from './get-me';

/**
 * Relay speaks the language the person chose (kept by the API, so it follows them to any device);
 * until they choose, the one they picked on Keycloak's sign-in page, else the browser's.
 */
export function useSessionLanguage(): void {
  const chosen = useMe().data?.language;
  useEffect(() => {
    const signIn = keycloak.tokenParsed?.locale as unknown;
    const language = chosen ?? (isLanguage(signIn) ? signIn : undefined);
    if (language && language !== i18n.language) void switchLanguage(language);
  }, [chosen]);
}

/** Keeps a person's choice of language and speaks it at once. */
export function useChooseLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (language: Language) =>
      unwrap(await api.PATCH('/api/v1/me', { body: { language } })),
    onMutate: async (language) => {
      const before = isLanguage(i18n.language) ? i18n.language : 'en';
      await switchLanguage(language);
      return { before };
    },
    // Not kept by Relay: back to what it keeps, so the SPA and the exports speak the same language.
    onError: (_error, _language, context) => context && void switchLanguage(context.before),
    onSuccess: (me: Me) => queryClient.setQueryData(meQueryKey, me),
  });
}
