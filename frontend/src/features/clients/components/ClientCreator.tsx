import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { conflictsOf, type Conflict } from '@/lib/problem';
import { useCreateClient } from '../api/create-client';
import type { Client } from '../api/types';
import { ClientConflicts } from './ClientConflicts';
import { ClientForm, EMPTY_CLIENT, toInput } from './ClientForm';

type Props = { onCancel: () => void; onCreated: (client: Client) => void };

/** The refused attempt: the name sent and the existing clients it would repeat. */
type Refusal = { name: string; conflicts: Conflict[] };

/**
 * Creates a client. When the server finds it already in the file (409), the form keeps what was
 * typed and shows the existing clients; for a name only, the user may confirm it is another one.
 */
export function ClientCreator({ onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateClient();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const sentName = useRef('');
  // The name the user confirmed as another client ("Create anyway"), for the submission it starts.
  // Only that name is let through: after renaming, the server checks the new name again.
  const confirmedName = useRef<string | null>(null);

  return (
    <ClientForm
      initial={EMPTY_CLIENT}
      submitLabel={t('actions.create')}
      checkForDuplicates
      onCancel={onCancel}
      notice={({ submit, saving }) => refusal && (
        <ClientConflicts conflicts={refusal.conflicts} saving={saving} onCreateAnyway={() => {
          confirmedName.current = refusal.name;
          submit();
        }} />
      )}
      onError={(error) => {
        const conflicts = conflictsOf(error);
        // Another failure (a field error, say) leaves the refusal shown: it still holds.
        if (conflicts.length > 0) setRefusal({ name: sentName.current, conflicts });
        else notifyProblem(error);
      }}
      onSubmit={async (values) => {
        const input = toInput(values);
        const allowDuplicate = confirmedName.current === input.name;
        confirmedName.current = null;
        sentName.current = input.name;
        onCreated(await create.mutateAsync({ input, allowDuplicate }));
      }}
    />
  );
}
