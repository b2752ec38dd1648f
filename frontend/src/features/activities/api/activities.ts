import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { activityKindValues, type components } from '@/lib/api/schema';

export type Activity = components['schemas']['Activity'];
export type ActivityInput = components['schemas']['ActivityInput'];
export type ActivityKind = Activity['kind'];
export const ACTIVITY_KINDS: readonly ActivityKind[] = activityKindValues;

const activitiesKey = (clientId: string) => ['activities', clientId] as const;

/** The client's timeline of calls, meetings, visits and e-mails, newest first. */
export function useActivities(clientId: string) {
  return useQuery({
    queryKey: activitiesKey(clientId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/clients/{id}/activities',
      { params: { path: { id: clientId } }, signal })).items,
  });
}

/** The client's contact persons to choose from (names only), for "with whom". */
export function useContactChoices(clientId: string) {
  return useQuery({
    queryKey: ['activities', clientId, 'contacts'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/clients/{clientId}/contacts',
      { params: { path: { clientId }, query: { limit: 200 } }, signal })).items
      .map((contact) => ({ value: contact.id, label: contact.fullName ?? contact.id })),
  });
}

/** Logs one activity; a successor's first one after a handover moves the handover's progress, read again too. */
export function useLogActivity(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ActivityInput) =>
      unwrap(await api.POST('/api/v1/clients/{id}/activities', { params: { path: { id: clientId } }, body: input })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activitiesKey(clientId) });
      void queryClient.invalidateQueries({ queryKey: ['handovers'] });
    },
  });
}
