import { useTranslation } from 'react-i18next';
import { ClientsPage } from '@/features/clients/components/ClientsPage';
import { useAssignableKinds } from '@/features/parties/api/parties';
import { AssignForm } from '@/features/parties/components/AssignForm';

/** The client list, with bulk assignment for whoever may assign some kind of party under the rules in force. */
export function ClientsRoute() {
  const { t } = useTranslation();
  const assigner = useAssignableKinds().length > 0;
  return (
    <ClientsPage bulk={assigner ? {
      label: t('parties.bulk'),
      title: t('parties.add'),
      form: ({ ids, clients, onCancel, onDone }) => (
        <AssignForm clientIds={ids} onCancel={onCancel}
          // Prospects take other holders than customers: the form offers who fits when all chosen are prospects.
          prospects={clients.length === ids.length && clients.every((client) => client.lifecycle === 'prospect')}
          onDone={(count) => onDone(t('parties.assigned', { count }))} />
      ),
    } : undefined} />
  );
}
