import { useTranslation } from 'react-i18next';
import { ConflictNotice, markedNotes } from '@/components/ConflictNotice';
import { changedFields } from '@/lib/diff';
import { notifyProblem } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { useRebasing } from '@/lib/rebase';
import { getContact } from '../api/get-contacts';
import type { Contact } from '../api/types';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm, toContactInput, toContactValues, useContactValueText } from './ContactForm';

type Props = { clientId: string; contact: Contact; onDone: () => void };

/**
 * Edits a contact person from the version the user opened. When a colleague saved first, the dialog
 * stays open with the user's typing re-applied on the current version, tells what the colleague
 * changed and marks the fields both changed (as the client editor does).
 */
export function ContactEditor({ clientId, contact, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateContact(clientId);
  const text = useContactValueText();
  const { base, baseValues, start, generation, conflict, sending, caughtUp } = useRebasing(contact, toContactValues);

  const catchUp = async () => {
    try {
      caughtUp(await getContact(contact.id));
    } catch (error) {
      notifyProblem(error); // deleted meanwhile, or unreachable: the form keeps the typing
    }
  };
  const marked = markedNotes(conflict, text.show);

  return (
    <>
      {conflict && (
        <ConflictNotice
          title={conflict.by ? t('conflict.contactChangedBy', { name: conflict.by }) : t('conflict.contactChangedBySomeone')}
          theirs={conflict.theirs} both={conflict.both} label={text.label} show={text.show} />
      )}
      <ContactForm
        key={generation}
        initial={start}
        marked={marked}
        onCancel={onDone}
        onError={(error) => (isStaleVersion(error) ? void catchUp() : notifyProblem(error))}
        onSubmit={async (values) => {
          sending(values);
          const patch = changedFields(toContactInput(baseValues), toContactInput(values));
          if (Object.keys(patch).length > 0) {
            await update.mutateAsync({ id: base.id, version: base.version, patch });
          }
          onDone();
        }}
      />
    </>
  );
}
