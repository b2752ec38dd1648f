import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/lib/api/schema';
import { freshToken, keycloak, login } from '@/lib/keycloak';
import { i18n } from '@/lib/i18n';
import { problemFrom } from '@/lib/problem';

/** Adds the bearer token; sends the user to the login page when the API no longer accepts it. */
const auth: Middleware = {
  async onRequest({ request }) {
    const token = await freshToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // What the server words for people (export headers, labels) comes in the language the SPA speaks now.
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401 && keycloak.authenticated) {
      await login();
    }
    return response;
  },
};

/** The one typed client of the API: paths and bodies come from the generated openapi.yaml types. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up at call time, so that tests can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

/** Unwraps an openapi-fetch result: the data, or an ApiProblem thrown for any error answer. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw problemFrom(result.response.status, result.error);
  }
  return result.data as T;
}

/** The If-Match value for a record read at `version`. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

export const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' };
