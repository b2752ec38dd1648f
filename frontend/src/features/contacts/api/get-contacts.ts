import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function contactsQueryKey(clientId: string) {
  return ['contacts', clientId] as const;
}

export async function getContacts(clientId: string) {
  return unwrap(await api.GET('/api/v1/clients/{clientId}/contacts', { params: { path: { clientId } } }));
}

export function useContacts(clientId: string) {
  return useQuery({ queryKey: contactsQueryKey(clientId), queryFn: () => getContacts(clientId) });
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
