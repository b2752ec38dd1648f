import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldLevels } from '@/lib/session/field-levels';

type Props = {
  label: string;
  /** The governed field shown (`client.taxId`); left out for what the field rules do not govern. */
  field?: string;
  /** The record's `redactedFields` name this field: the server withheld or masked its value for the reader. */
  redacted?: boolean;
  children?: ReactNode;
};

/**
 * One field of a record, read as the field rules let the reader see it: the value, the masked value the
 * server sent, or "withheld" when the rules keep it from them (never an empty look-alike of "not filled").
 */
export function RecordField({ label, field, redacted = false, children }: Props) {
  const { t } = useTranslation();
  const level = useFieldLevels()(field ?? '');
  const empty = children === undefined || children === null || children === '' || children === false;
  const withheld = Boolean(field) && empty && (redacted || level === 'hidden');
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase">{label}</Text>
      {withheld ? <Text size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text> : <Text size="sm">{empty ? '—' : children}</Text>}
    </Stack>
  );
}
