import { Alert, Button, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { useUpdateClient } from '../api/update-client';
import type { Client } from '../api/types';
import { changedFields } from '@/lib/diff';
import { ClientForm, toFormValues, toInput } from './ClientForm';

type Props = { client: Client; onReload: () => Promise<Client | undefined>; onDone: () => void };

/**
 * Edits a client from the version the user read. When someone else saved in between, the server
 * answers 412 and nothing is overwritten: the user reloads their colleague's change and decides.
 */
export function ClientEditor({ client, onReload, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateClient(client.id);
  const [conflict, setConflict] = useState(false);
  // The version being edited is pinned: a background refetch must neither wipe the user's typing
  // nor quietly move the If-Match forward. Only an explicit Reload starts over from fresh data.
  const [base, setBase] = useState(client);
  const [generation, setGeneration] = useState(0);
  const initial = useMemo(() => toFormValues(base), [base]);
  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return; // the reload failed: keep the alert, so the user can try again
    setBase(fresh);
    setGeneration((n) => n + 1); // a new form: nothing typed against the old version survives
    setConflict(false);
  };

  return (
    <>
      {conflict && (
        <Alert color="orange" mb="md" title={t('conflict.title')} data-testid="conflict-alert">
          <Text size="sm" mb="xs">{t('conflict.detail')}</Text>
          <Button size="xs" onClick={reload}>
            {t('conflict.reload')}
          </Button>
        </Alert>
      )}
      <ClientForm
        key={generation}
        initial={initial}
        submitLabel={t('actions.save')}
        onCancel={onDone}
        onError={(error) => (isStaleVersion(error) ? setConflict(true) : notifyProblem(error))}
        onSubmit={async (values) => {
          const patch = changedFields(toInput(initial), toInput(values));
          if (Object.keys(patch).length > 0) {
            await update.mutateAsync({ version: base.version, patch });
          }
          onDone();
        }}
      />
    </>
  );
}
