import Keycloak from 'keycloak-js';
import { i18n } from '@/lib/i18n';

/** The one Keycloak adapter of the SPA; `init` runs once, before React renders. */
export const keycloak = new Keycloak({
  url: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: 'relay',
  clientId: 'relay-spa',
});

/** Signs in (Keycloak's page speaks the SPA's current language) before anything is shown. */
export async function initAuth(): Promise<void> {
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale: i18n.language });
}

/** Back to Keycloak's sign-in page, in the SPA's language. */
export function login(): Promise<void> {
  return keycloak.login({ locale: i18n.language });
}

/** A token valid for at least 30 more seconds, refreshed when needed. */
export async function freshToken(): Promise<string | undefined> {
  if (!keycloak.authenticated) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await login();
  }
  return keycloak.token;
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: window.location.origin });
}
