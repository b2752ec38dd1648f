import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Contact } from './types';

/** The largest page the API serves: a client's contact persons rarely need more than one. */
export const CONTACTS_PAGE_SIZE = 200;

/** The prefix of every contact list of a client (live and deleted). */
export function contactsQueryKey(clientId: string) {
  return ['contacts', clientId] as const;
}

/** One page of the client's contact persons, by name; `nextCursor` when more follow. */
export async function getContactsPage(clientId: string, { deleted = false, cursor }: { deleted?: boolean; cursor?: string },
  signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/clients/{clientId}/contacts', {
    params: { path: { clientId }, query: { ...(deleted ? { deleted: true } : {}), cursor, limit: CONTACTS_PAGE_SIZE } },
    signal,
  }));
}

/**
 * Every contact person of the client, page after page: the section shows them all, so the list
 * is complete (and a refetch after a change brings the whole list again, never a stale tail).
 */
export async function getContacts(clientId: string, deleted = false, signal?: AbortSignal): Promise<{ items: Contact[] }> {
  const items: Contact[] = [];
  let cursor: string | undefined;
  do {
    const page = await getContactsPage(clientId, { deleted, cursor }, signal);
    items.push(...page.items);
    // A cursor that does not move would loop forever: stop rather than hammer the server.
    cursor = page.nextCursor && page.nextCursor !== cursor ? page.nextCursor : undefined;
  } while (cursor);
  return { items };
}

export function useContacts(clientId: string) {
  return useQuery({
    queryKey: [...contactsQueryKey(clientId), 'live'] as const,
    queryFn: ({ signal }) => getContacts(clientId, false, signal),
  });
}

/** The client's deleted contact persons, for those who may restore them; fetched only when asked for. */
export function useDeletedContacts(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...contactsQueryKey(clientId), 'deleted'] as const,
    queryFn: ({ signal }) => getContacts(clientId, true, signal),
    enabled,
  });
}

/**
 * After any contact change: the contact lists (live and deleted), the client's contact count (in
 * the client and the list) and the client's history all moved. History is keyed ['history', clientId]
 * by its feature.
 */
export function invalidateAfterContactChange(queryClient: QueryClient, clientId: string): void {
  void queryClient.invalidateQueries({ queryKey: contactsQueryKey(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['clients'] });
  void queryClient.invalidateQueries({ queryKey: ['history', clientId] });
}

/** One contact person as it is now (after a refused save, to catch up with a colleague's change). */
export async function getContact(id: string): Promise<Contact> {
  return unwrap(await api.GET('/api/v1/contacts/{id}', { params: { path: { id } } }));
}
