import { ActionIcon, Button, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { markedField } from '@/components/ConflictNotice';
import { LANGUAGES } from '@/lib/i18n';
import { labelled, useServerSubmit } from '@/lib/server-form';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { CHANNEL_KINDS, FUNCTIONS, PREFERRED, type Contact, type ContactChannel, type ContactInput } from '../api/types';

export type ContactFormValues = {
  fullName: string;
  position: string;
  functions: string[];
  channels: ContactChannel[];
  preferredChannel: string;
  birthday: string;
  hobbies: string;
  familyNotes: string;
  consent: boolean;
  /** Empty: the server takes the client's country's language. */
  language: string;
};

export function toContactValues(contact?: Contact): ContactFormValues {
  return {
    fullName: contact?.fullName ?? '',
    position: contact?.position ?? '',
    functions: contact?.functions ?? [],
    channels: contact?.channels ?? [{ kind: 'phone', value: '', corporate: true }],
    preferredChannel: contact?.preferredChannel ?? '',
    birthday: contact?.birthday ?? '',
    hobbies: contact?.hobbies ?? '',
    familyNotes: contact?.familyNotes ?? '',
    consent: contact?.consent ?? false,
    language: contact?.language ?? '',
  };
}

export function toContactInput(values: ContactFormValues): ContactInput {
  return {
    ...values,
    functions: values.functions as ContactInput['functions'],
    channels: values.channels.filter((channel) => channel.value.trim() !== ''),
    preferredChannel: (values.preferredChannel || undefined) as ContactInput['preferredChannel'],
    birthday: values.birthday || undefined,
    language: (values.language || undefined) as ContactInput['language'],
  };
}

/** A contact form field's label and a value of it as the reader sees them (labels for codes, "—" for nothing). */
export function useContactValueText() {
  const { t } = useTranslation();
  return {
    label: (field: string) => t(`contacts.fields.${field}`),
    show: (field: string, value: unknown): string => {
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
      if (field === 'functions' && Array.isArray(value)) return value.map((code) => t(`function.${String(code)}`)).join(', ');
      if (field === 'channels' && Array.isArray(value)) {
        return (value as ContactChannel[]).map((channel) => `${t(`channel.${channel.kind}`)} ${channel.value}`).join('; ');
      }
      if (field === 'preferredChannel') return t(`preferred.${String(value)}`);
      if (field === 'language') return t(`language.${String(value)}`);
      if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
      return String(value);
    },
  };
}

type Props = {
  initial: ContactFormValues;
  onSubmit: (values: ContactFormValues) => Promise<unknown>;
  onError: (error: unknown) => void;
  onCancel: () => void;
  /** Fields to draw attention to (both the user and a colleague changed them), with what to say. */
  marked?: Partial<Record<string, string>>;
};

/** A contact person: functions for the client, channels (corporate or personal), personal notes. */
export function ContactForm({ initial, onSubmit, onError, onCancel, marked = {} }: Props) {
  const { t } = useTranslation();
  const form = useForm<ContactFormValues>({ initialValues: initial });
  const options = (values: readonly string[], prefix: string) => labelled(t, values, prefix);

  const levelOf = useFieldLevels();
  // Fields the caller may not write are read-only; hidden ones (e.g. personal notes) are left out.
  const field = (name: string, options?: { type: 'checkbox' }) => ({
    ...form.getInputProps(name, options),
    disabled: !canWrite(levelOf(`contact.${name.split('.')[0]}`)),
    ...markedField(marked[name]),
  });
  const shown = (name: string) => levelOf(`contact.${name}`) !== 'hidden';

  const { submit, saving } = useServerSubmit(form, onSubmit, onError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contacts.fields.fullName')} required data-autofocus {...field('fullName')} />
          <TextInput label={t('contacts.fields.position')} {...field('position')} />
        </SimpleGrid>
        <MultiSelect label={t('contacts.fields.functions')} data={options(FUNCTIONS, 'function')} {...field('functions')} />
        {/* The channels are rows of inputs: a conflict on them is said once, above the rows. */}
        {marked.channels && <Text size="sm" c="orange.9" data-testid="channels-marked">{marked.channels}</Text>}
        {form.values.channels.map((_, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <Select label={t('contacts.fields.channelKind')} w={110} allowDeselect={false}
              data={options(CHANNEL_KINDS, 'channel')} {...field(`channels.${index}.kind`)} />
            <TextInput label={t('contacts.fields.channelValue')} style={{ flex: 1 }} {...field(`channels.${index}.value`)} />
            <Checkbox label={t('contacts.fields.corporate')} mb={8}
              {...field(`channels.${index}.corporate`, { type: 'checkbox' })} />
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('contacts.removeChannel')}
              onClick={() => form.removeListItem('channels', index)}>×</ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => form.insertListItem('channels', { kind: 'phone', value: '', corporate: true })}>
            {t('contacts.addPhone')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => form.insertListItem('channels', { kind: 'email', value: '', corporate: true })}>
            {t('contacts.addEmail')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('contacts.fields.preferredChannel')} clearable data={options(PREFERRED, 'preferred')}
            {...field('preferredChannel')} />
          {shown('birthday') && <TextInput type="date" label={t('contacts.fields.birthday')} {...field('birthday')} />}
        </SimpleGrid>
        {shown('hobbies') && <Textarea label={t('contacts.fields.hobbies')} autosize {...field('hobbies')} />}
        {shown('familyNotes') && <Textarea label={t('contacts.fields.familyNotes')} autosize {...field('familyNotes')} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {/* Left empty on a new contact, the client's country decides; once set, it is changed, not cleared. */}
          <Select label={t('contacts.fields.language')} clearable={initial.language === ''}
            placeholder={t('contacts.languageFromCountry')}
            data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
            {...field('language')} />
          <Checkbox label={t('contacts.fields.consent')} mt={{ sm: 'xl' }} {...field('consent', { type: 'checkbox' })} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
