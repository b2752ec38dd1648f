import { pathsApiV1ClientsGetParametersQuerySortValues } from '@/lib/api/schema';
import { COUNTRIES, LIFECYCLES, type ClientListQuery } from './types';

/** Every order the API offers, as generated from openapi.yaml. */
export const SORTS = pathsApiV1ClientsGetParametersQuerySortValues;
const TEXTS = ['q', 'region', 'ownerId', 'team', 'tag'] as const;
/** The shape of a segment's key: which keys exist is the company's data, and the API answers an unknown one. */
const SEGMENT_KEY = /^[a-z][a-z0-9-]{0,15}$/;

/** The list's query, and how the clients are shown: the table (default) or a board with a column per lifecycle. */
export type ClientListState = ClientListQuery & { view?: 'board' };

/** The client list's view, search, filters and order as the URL carries them; unknown values are left out. */
export function listFromUrl(params: URLSearchParams): ClientListState {
  const query: ClientListState = {};
  const one = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return allowed.includes(value as T) ? (value as T) : undefined;
  };
  TEXTS.forEach((name) => {
    const value = params.get(name)?.trim();
    if (value) query[name] = value;
  });
  const lifecycle = one('lifecycle', LIFECYCLES);
  const segment = params.get('segment') ?? '';
  const country = one('country', COUNTRIES);
  const sort = one('sort', SORTS);
  if (lifecycle) query.lifecycle = lifecycle;
  if (SEGMENT_KEY.test(segment)) query.segment = segment;
  if (country) query.country = country;
  if (sort && sort !== 'name') query.sort = sort;
  if (params.get('deleted') === 'true') query.deleted = true;
  if (params.get('view') === 'board') query.view = 'board';
  return query;
}

/** The URL's query string for a list state: only what differs from the defaults, in a stable order. */
export function listToUrl(query: ClientListState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view === 'board') params.set('view', 'board');
  ([...TEXTS, 'lifecycle', 'segment', 'country', 'sort'] as const).forEach((name) => {
    const value = query[name];
    if (value && !(name === 'sort' && value === 'name')) params.set(name, String(value));
  });
  if (query.deleted) params.set('deleted', 'true');
  return params;
}

const LAST_LIST = 'relay.clients.list';

/** Remembers the list as last seen (this tab only), so that "back to the list" returns to it. */
export function rememberList(search: string) {
  sessionStorage.setItem(LAST_LIST, search);
}

/** The client list as the user last left it in this tab. */
export function lastListUrl(): string {
  return `/clients${sessionStorage.getItem(LAST_LIST) ?? ''}`;
}
