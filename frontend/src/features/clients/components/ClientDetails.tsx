import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '../api/types';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase">{label}</Text>
      <Text size="sm">{children || '—'}</Text>
    </Stack>
  );
}

/** The client's card: who they are, where, and who in the company holds the relationship. */
export function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  // A field the rules withhold says so, rather than looking empty.
  const value = (name: keyof Client, content: React.ReactNode) =>
    client.redactedFields.includes(name) && !client[name] ? <Text span c="dimmed" fs="italic">{t('fields.withheld')}</Text> : content;
  const website = client.website && (client.website.startsWith('http') ? client.website : `https://${client.website}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="client-details">
      <Field label={t('clients.fields.kind')}>{value('kind', client.kind && t(`kind.${client.kind}`))}</Field>
      <Field label={t('clients.fields.taxId')}>{value('taxId', client.taxId)}</Field>
      <Field label={t('clients.fields.industry')}>{value('industry', client.industry)}</Field>
      <Field label={t('clients.fields.city')}>
        {[client.city, client.region, client.country && t(`country.${client.country}`)].filter(Boolean).join(', ')}
      </Field>
      <Field label={t('clients.fields.address')}>{value('address', client.address)}</Field>
      <Field label={t('clients.fields.website')}>
        {website && <Anchor href={website} target="_blank" rel="noreferrer">{client.website}</Anchor>}
      </Field>
      <Field label={t('clients.fields.owner')}>{value('ownerId', client.ownerName ?? t('clients.unassigned'))}</Field>
      <Field label={t('clients.fields.coOwner')}>{client.coOwnerName}</Field>
      <Field label={t('clients.fields.team')}>{client.team}</Field>
      <Field label={t('clients.fields.tags')}>
        <Group gap={4} component="span">{value('tags', client.tags?.join(', '))}</Group>
      </Field>
      <Field label={t('clients.fields.notes')}>{value('notes', client.notes)}</Field>
    </SimpleGrid>
  );
}
