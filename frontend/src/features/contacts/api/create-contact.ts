import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateAfterContactChange } from './get-contacts';
import type { ContactInput } from './types';

export async function createContact(clientId: string, input: ContactInput) {
  return unwrap(await api.POST('/api/v1/clients/{clientId}/contacts', { params: { path: { clientId } }, body: input }));
}

export function useCreateContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) => createContact(clientId, input),
    onSuccess: () => invalidateAfterContactChange(queryClient, clientId),
  });
}
