import { useTranslation } from 'react-i18next';
import { ClientsPage } from '@/features/clients/components/ClientsPage';
import { useAssignableKinds } from '@/features/parties/api/parties';
import { AssignForm } from '@/features/parties/components/AssignForm';
import { PipelineBoard } from '@/features/pipeline/components/PipelineBoard';
import { canRead, useFieldLevels } from '@/lib/session/field-levels';

/**
 * The client list, with bulk assignment for whoever may assign some kind of party under the rules in force, and the
 * pipeline's board for whoever may read the stage it groups by (a column would tell it otherwise).
 */
export function ClientsRoute() {
  const { t } = useTranslation();
  const assigner = useAssignableKinds().length > 0;
  const readsStage = canRead(useFieldLevels()('client.stageId'));
  return (
    <ClientsPage board={readsStage ? ({ q, segment, country, region, team, ownerId, tag }) => (
      <PipelineBoard query={{ q, segment, country, region, team, ownerId, tag }} />
    ) : undefined} bulk={assigner ? {
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
