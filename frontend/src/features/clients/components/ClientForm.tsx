import { Alert, Button, Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { markedField } from '@/components/ConflictNotice';
import { labelled, useServerSubmit } from '@/lib/server-form';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { useCheckDuplicates } from '../api/check-duplicates';
import { useSegmentNames } from '@/lib/session/segments';
import { COUNTRIES, KINDS, LIFECYCLES, type ClientInput, type Lifecycle } from '../api/types';

export type ClientFormValues = {
  name: string;
  taxId: string;
  kind: ClientInput['kind'];
  industry: string;
  country: string;
  region: string;
  city: string;
  address: string;
  website: string;
  lifecycle: ClientInput['lifecycle'];
  segment: string;
  tags: string[];
  notes: string;
};

export const EMPTY_CLIENT: ClientFormValues = {
  name: '', taxId: '', kind: 'company', industry: '', country: 'RO', region: '', city: '', address: '',
  website: '', lifecycle: 'prospect', segment: '', tags: [], notes: '',
};

/** The form's fields of a client, and nothing else (no version, dates or names that a form does not edit). */
export function toFormValues(client: Partial<ClientInput>): ClientFormValues {
  const known = client as Record<string, unknown>;
  return Object.fromEntries(Object.entries(EMPTY_CLIENT).map(([field, empty]) =>
    [field, known[field] === undefined || known[field] === null ? empty : known[field]])) as ClientFormValues;
}

/** The body for the API: empty strings clear a field (the server treats blank as no value). */
export function toInput(values: ClientFormValues): ClientInput {
  return { ...values, segment: (values.segment || undefined) as ClientInput['segment'] };
}

type Props = {
  initial: ClientFormValues;
  submitLabel: string;
  onSubmit: (values: ClientFormValues) => Promise<unknown>;
  /** Told of every failure after field errors were shown (conflicts, toasts). */
  onError: (error: unknown) => void;
  onCancel?: () => void;
  checkForDuplicates?: boolean;
  /**
   * Shown above the buttons, inside the form. `submit` sends what is typed now, for a second-chance
   * action such as "Create anyway"; `saving` is true while a submission is under way.
   */
  notice?: (form: { submit: () => void; saving: boolean }) => ReactNode;
  /** Fields to draw attention to (both the user and a colleague changed them), with what to say. */
  marked?: Partial<Record<string, string>>;
  /** The lifecycles offered (an existing client's phase allows only some; a new client takes any). */
  lifecycles?: readonly Lifecycle[];
};

const CODED: Partial<Record<keyof ClientFormValues, string>> = { kind: 'kind', lifecycle: 'lifecycle', country: 'country' };

/** A client form field's label and a value of it, as the reader sees them (labels for codes, "—" for nothing). */
export function useClientValueText() {
  const { t } = useTranslation();
  const segments = useSegmentNames();
  return {
    label: (field: string) => t(`clients.fields.${field}`),
    show: (field: string, value: unknown): string => {
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
      if (Array.isArray(value)) return value.join(', ');
      if (field === 'segment') return segments.nameOf(String(value));
      const prefix = CODED[field as keyof ClientFormValues];
      return prefix ? t(`${prefix}.${String(value)}`) : String(value);
    },
  };
}

/** Holds its own values from `initial`; give it a new `key` to start over from a fresh record. */
export function ClientForm({ initial, submitLabel, onSubmit, onError, onCancel, checkForDuplicates, notice, marked = {},
  lifecycles = LIFECYCLES }: Props) {
  const { t } = useTranslation();
  const form = useForm<ClientFormValues>({ initialValues: initial });
  const [duplicate, setDuplicate] = useState<string | null>(null);

  const checkDuplicates = useCheckDuplicates();
  const lookForDuplicate = async () => {
    const name = form.values.name.trim();
    if (!checkForDuplicates || name.length < 3) return setDuplicate(null);
    try {
      const { matches } = await checkDuplicates(name);
      setDuplicate(matches.length > 0 ? (matches[0].ownerName ?? t('clients.form.someone')) : null);
    } catch {
      // Only a hint: if the check fails, creating still works and the server has the last word.
      setDuplicate(null);
    }
  };

  const { submit, saving } = useServerSubmit(form, onSubmit, onError);

  const options = (values: readonly string[], prefix: string) => labelled(t, values, prefix);
  const segments = useSegmentNames();
  const levelOf = useFieldLevels();
  // Fields the caller may not write are shown read-only; hidden ones are not shown at all.
  const field = (name: keyof ClientFormValues) => ({
    ...form.getInputProps(name),
    disabled: !canWrite(levelOf(`client.${name}`)),
    ...markedField(marked[name]),
  });
  const shown = (name: keyof ClientFormValues) => levelOf(`client.${name}`) !== 'hidden';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('clients.fields.name')} required {...field('name')} onBlur={lookForDuplicate} data-autofocus />
        {duplicate && <Alert color="yellow" data-testid="duplicate-hint">{t('clients.form.duplicate', { owner: duplicate })}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label={t('clients.fields.kind')} data={options(KINDS, 'kind')} allowDeselect={false} {...field('kind')} />
          <Select label={t('clients.fields.lifecycle')} data={options(lifecycles, 'lifecycle')} allowDeselect={false} {...field('lifecycle')} />
          {shown('segment') && <Select label={t('clients.fields.segment')} data={segments.options} clearable {...field('segment')} />}
          {shown('taxId') && <TextInput label={t('clients.fields.taxId')} {...field('taxId')} />}
          {shown('industry') && <TextInput label={t('clients.fields.industry')} {...field('industry')} />}
          {shown('website') && <TextInput label={t('clients.fields.website')} {...field('website')} />}
          <Select label={t('clients.fields.country')} data={options(COUNTRIES, 'country')} allowDeselect={false} {...field('country')} />
          {shown('region') && <TextInput label={t('clients.fields.region')} {...field('region')} />}
          {shown('city') && <TextInput label={t('clients.fields.city')} {...field('city')} />}
        </SimpleGrid>
        {shown('address') && <TextInput label={t('clients.fields.address')} {...field('address')} />}
        {shown('tags') && <TagsInput label={t('clients.fields.tags')} {...field('tags')} />}
        {shown('notes') && <Textarea label={t('clients.fields.notes')} autosize minRows={2} {...field('notes')} />}
        {notice?.({ submit: () => submit(), saving })}
        <Group justify="flex-end">
          {onCancel && <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>}
          <Button type="submit" loading={saving}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
