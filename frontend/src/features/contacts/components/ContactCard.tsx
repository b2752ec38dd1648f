import { Anchor, Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import type { Contact } from '../api/types';

type Props = { contact: Contact; onEdit?: () => void; onDelete?: () => void; onRestore?: () => void };

/** One contact person at a glance: role for the client, how to reach them, and what is personal. */
export function ContactCard({ contact, onEdit, onDelete, onRestore }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const birthday = contact.birthday && format.anniversary(contact.birthday);
  return (
    <Card withBorder padding="sm" data-testid="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{contact.fullName}</Text>
            {contact.deletedAt && <Badge size="xs" color="gray.8">{t('clients.deletedBadge')}</Badge>}
            {contact.position && <Text size="sm" c="dimmed">· {contact.position}</Text>}
          </Group>
          {contact.functions && contact.functions.length > 0 && (
            <Group gap={4}>
              {contact.functions.map((f) => <Badge key={f} size="sm" variant="light">{t(`function.${f}`)}</Badge>)}
            </Group>
          )}
          {(contact.channels ?? []).map((channel) => (
            <Group key={`${channel.kind}:${channel.value}`} gap={6}>
              <Text size="xs" c="dimmed" w={48}>{t(`channel.${channel.kind}`)}</Text>
              {channel.value.includes('***') ? <Text size="sm">{channel.value}</Text> : (
                <Anchor size="sm" href={`${channel.kind === 'phone' ? 'tel' : 'mailto'}:${channel.value}`}>{channel.value}</Anchor>
              )}
              {channel.label && <Text size="xs" c="dimmed">({channel.label})</Text>}
              {!channel.corporate && (
                // Personal numbers leave with the person if nobody records a corporate one.
                <Tooltip label={t('contacts.personalHint')}>
                  <Badge size="xs" color="#9c3d00">{t('contacts.personal')}</Badge>
                </Tooltip>
              )}
            </Group>
          ))}
          <Group gap="md">
            {contact.preferredChannel && (
              <Text size="xs" c="dimmed">
                {t('contacts.fields.preferredChannel')}: {t(`preferred.${contact.preferredChannel}`)}
              </Text>
            )}
            {birthday && <Text size="xs" c="dimmed">{t('contacts.fields.birthday')}: {birthday}</Text>}
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          {onEdit && (
            <Button size="xs" variant="subtle" onClick={onEdit}
              aria-label={t('contacts.editNamed', { name: contact.fullName })}>{t('actions.edit')}</Button>
          )}
          {onRestore && (
            <Button size="xs" variant="light" color="green" onClick={onRestore}
              aria-label={t('contacts.restoreNamed', { name: contact.fullName })}>{t('actions.restore')}</Button>
          )}
          {onDelete && (
            <Button size="xs" variant="subtle" color="red" onClick={onDelete}
              aria-label={t('contacts.deleteNamed', { name: contact.fullName })}>{t('actions.delete')}</Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}
