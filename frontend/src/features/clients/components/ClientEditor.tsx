import { useTranslation } from 'react-i18next';
import { ConflictNotice, markedNotes } from '@/components/ConflictNotice';
import { changedFields } from '@/lib/diff';
import { notifyProblem } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { useRebasing } from '@/lib/rebase';
import { useUpdateClient } from '../api/update-client';
import { lifecyclesIn, type Client } from '../api/types';
import { ClientForm, toFormValues, toInput, useClientValueText } from './ClientForm';

type Props = { client: Client; onReload: () => Promise<Client | undefined>; onDone: () => void };

/**
 * Edits a client from the version the user read. When someone else saved in between, the server
 * answers 412 and nothing is overwritten; nothing typed is lost either: the form comes back on the
 * current version with the user's edits re-applied, says what the colleague changed, and marks the
 * fields both changed. Saving again sends only the user's edits, against the current version.
 */
export function ClientEditor({ client, onReload, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateClient(client.id);
  const text = useClientValueText();
  const { base, baseValues, start, generation, conflict, sending, caughtUp } = useRebasing(client, toFormValues);

  const catchUp = async () => {
    const fresh = await onReload();
    if (fresh) caughtUp(fresh);
    else notifyProblem(undefined); // could not read the current version: the form keeps the typing
  };
  const marked = markedNotes(conflict, text.show);

  return (
    <>
      {conflict && (
        <ConflictNotice title={conflict.by ? t('conflict.changedBy', { name: conflict.by }) : t('conflict.changedBySomeone')}
          theirs={conflict.theirs} both={conflict.both} label={text.label} show={text.show} />
      )}
      <ClientForm
        key={generation}
        initial={start}
        marked={marked}
        lifecycles={lifecyclesIn(base.phase)}
        submitLabel={t('actions.save')}
        onCancel={onDone}
        onError={(error) => (isStaleVersion(error) ? void catchUp() : notifyProblem(error))}
        onSubmit={async (values) => {
          sending(values);
          const patch = changedFields(toInput(baseValues), toInput(values));
          if (Object.keys(patch).length > 0) {
            await update.mutateAsync({ version: base.version, patch });
          }
          onDone();
        }}
      />
    </>
  );
}
