import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function contactsQueryKey(clientId: string) {
  return ['contacts', clientId] as const;
}

export async function getContacts(clientId: string, deleted = false) {
  return unwrap(await api.GET('/api/v1/clients/{clientId}/contacts', {
    params: { path: { clientId }, query: deleted ? { deleted: true } : {} },
  }));
}

export function useContacts(clientId: string) {
  return useQuery({ queryKey: contactsQueryKey(clientId), queryFn: () => getContacts(clientId) });
}

/** The client's deleted contact persons, for those who may restore them; fetched only when asked for. */
export function useDeletedContacts(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...contactsQueryKey(clientId), 'deleted'] as const,
    queryFn: () => getContacts(clientId, true),
    enabled,
  });
}

/**
 * After any contact change: the contact list, the client's contact count (in the client and the
 * list) and the client's history all moved. History is keyed ['history', clientId] by its feature.
 */
export function invalidateAfterContactChange(queryClient: QueryClient, clientId: string): void {
  void queryClient.invalidateQueries({ queryKey: contactsQueryKey(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['clients'] });
  void queryClient.invalidateQueries({ queryKey: ['history', clientId] });
}
