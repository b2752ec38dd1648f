import { Button, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem, notifyProblemSaying, problemMessage } from '@/lib/notify';
import { isStaleVersion } from '@/lib/problem';
import { useMe } from '@/lib/session/get-me';
import { useCreateContact } from '../api/create-contact';
import { useDeleteContact } from '../api/delete-contact';
import { useContacts, useDeletedContacts } from '../api/get-contacts';
import { useRestoreContact } from '../api/restore-contact';
import type { Contact } from '../api/types';
import { ContactCard } from './ContactCard';
import { ContactEditor } from './ContactEditor';
import { ContactForm, toContactInput, toContactValues } from './ContactForm';

/** The client's contact persons: who orders, receives, handles documents, pays, decides. */
export function ContactsSection({ clientId, readOnly }: { clientId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const contacts = useContacts(clientId);
  const create = useCreateContact(clientId);
  const remove = useDeleteContact(clientId);
  const restore = useRestoreContact(clientId);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  // Nothing is lost: those who may restore can look at the deleted contact persons and bring them back.
  const canRestore = !readOnly && (me.data?.capabilities.includes('clients.restore') ?? false);
  const [showDeleted, setShowDeleted] = useState(false);
  const deleted = useDeletedContacts(clientId, canRestore && showDeleted);

  // Nothing was deleted: the list is refetched and shows what the colleague changed.
  const onDeleteError = (error: unknown) => isStaleVersion(error)
    ? notifications.show({ color: 'orange', title: t('conflict.contactTitle'), message: t('conflict.contactDeleteDetail') })
    : notifyProblem(error);
  const confirmDelete = (contact: Contact) =>
    modals.openConfirmModal({
      title: t('contacts.deleteTitle'),
      children: <Text size="sm">{t('contacts.deleteConfirm', { name: contact.fullName })}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate({ id: contact.id, version: contact.version }, { onError: onDeleteError }),
    });
  const canDelete = !readOnly && (me.data?.capabilities.includes('clients.delete') ?? false);
  const restoreContact = (contact: Contact) => restore.mutate(contact.id, {
    onSuccess: () => notifications.show({ color: 'green', message: t('contacts.restored', { name: contact.fullName }) }),
    onError: notifyProblemSaying({ conflict: 'conflict.contactAlreadyRestored' }),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">{t('contacts.title')}</Title>
        {!readOnly && <Button variant="light" onClick={() => setEditing('new')}>{t('contacts.add')}</Button>}
      </Group>
      {contacts.isPending && <Center p="md"><Loader size="sm" /></Center>}
      {contacts.isError && <Text c="red">{problemMessage(contacts.error)}</Text>}
      {contacts.data?.items.length === 0 && <Text c="dimmed">{t('contacts.empty')}</Text>}
      {contacts.data?.items.map((contact) => (
        <ContactCard key={contact.id} contact={contact}
          onEdit={readOnly ? undefined : () => setEditing(contact)}
          onDelete={canDelete ? () => confirmDelete(contact) : undefined} />
      ))}
      {canRestore && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setShowDeleted(!showDeleted)}>
            {t(showDeleted ? 'contacts.hideDeleted' : 'contacts.showDeleted')}
          </Button>
        </Group>
      )}
      {canRestore && showDeleted && (
        <Stack gap="xs" data-testid="deleted-contacts">
          <Title order={3} size="h4">{t('contacts.deletedTitle')}</Title>
          {deleted.isPending && <Center p="md"><Loader size="sm" /></Center>}
          {deleted.isError && <Text c="red">{problemMessage(deleted.error)}</Text>}
          {deleted.data?.items.length === 0 && <Text size="sm" c="dimmed">{t('contacts.deletedEmpty')}</Text>}
          {deleted.data?.items.map((contact) => (
            <ContactCard key={contact.id} contact={contact} onRestore={() => restoreContact(contact)} />
          ))}
        </Stack>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} size="lg"
        title={editing === 'new' ? t('contacts.add') : t('contacts.edit')}>
        {editing === 'new' && (
          <ContactForm
            initial={toContactValues()}
            onCancel={() => setEditing(null)}
            onError={notifyProblem}
            onSubmit={async (values) => {
              await create.mutateAsync(toContactInput(values));
              setEditing(null);
            }}
          />
        )}
        {editing !== null && editing !== 'new' && (
          <ContactEditor clientId={clientId} contact={editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}
