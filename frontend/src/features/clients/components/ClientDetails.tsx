import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordField as Field } from '@/components/RecordField';
import { useFormats } from '@/lib/format';
import type { Client } from '../api/types';

/** The client's card: who they are, where, and who in the company holds the relationship. */
export function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const format = useFormats();
  const governed = (name: keyof Client) => ({ field: `client.${name}`, redacted: client.redactedFields.includes(name) });
  const website = client.website && (client.website.startsWith('http') ? client.website : `https://${client.website}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="client-details">
      <Field label={t('clients.fields.kind')} {...governed('kind')}>{client.kind && t(`kind.${client.kind}`)}</Field>
      <Field label={t('clients.fields.taxId')} {...governed('taxId')}>{client.taxId}</Field>
      <Field label={t('clients.fields.industry')} {...governed('industry')}>{client.industry}</Field>
      <Field label={t('clients.fields.city')}>
        {[client.city, client.region, client.country && t(`country.${client.country}`)].filter(Boolean).join(', ')}
      </Field>
      <Field label={t('clients.fields.address')} {...governed('address')}>{client.address}</Field>
      <Field label={t('clients.fields.website')} {...governed('website')}>
        {website && <Anchor href={website} target="_blank" rel="noreferrer">{client.website}</Anchor>}
      </Field>
      <Field label={t('clients.fields.owner')} {...governed('ownerId')}>
        {client.redactedFields.includes('ownerId') ? client.ownerName : client.ownerName ?? t('clients.unassigned')}
      </Field>
      <Field label={t('clients.fields.coOwner')} {...governed('coOwnerId')}>{client.coOwnerName}</Field>
      <Field label={t('clients.fields.team')} {...governed('team')}>{client.team}</Field>
      <Field label={t('clients.fields.tags')} {...governed('tags')}>{client.tags?.join(', ')}</Field>
      <Field label={t('clients.fields.notes')} {...governed('notes')}>{client.notes}</Field>
      <Field label={t('clients.fields.nextStep')} {...governed('nextStep')}>
        {client.nextStep && (client.nextStep.due
          ? t('pipeline.stepDue', { step: client.nextStep.text, due: format.calendarDay(client.nextStep.due) })
          : client.nextStep.text)}
      </Field>
      <Field label={t('clients.fields.qualification')} {...governed('qualification')}>
        {client.qualification && (['money', 'authority', 'need'] as const)
          .filter((part) => client.qualification?.[part])
          .map((part) => `${t(`pipeline.${part}`)}: ${client.qualification?.[part]}`).join(' · ')}
      </Field>
    </SimpleGrid>
  );
}
