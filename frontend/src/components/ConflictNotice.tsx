import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import type { Change, Rebased } from '@/lib/rebase';

type Props = {
  /** Who changed what: "Sara Lungu changed this client while you were editing". */
  title: string;
  theirs: Change[];
  /** The field's label and a value as the reader should see it. */
  label: (field: string) => string;
  show: (field: string, value: unknown) => string;
  both: string[];
};

/** Tells what a colleague saved while the user was editing, and that the user's own edits are still there. */
export function ConflictNotice({ title, theirs, label, show, both }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={title} data-testid="conflict-alert">
      {theirs.length > 0 && (
        <List size="sm" mb="xs" data-testid="their-changes">
          {theirs.map((change) => (
            <List.Item key={change.field}>
              <b>{label(change.field)}</b>: {t('history.fromTo', { from: show(change.field, change.from), to: show(change.field, change.to) })}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm">{both.length > 0 ? t('conflict.keptBoth') : t('conflict.kept')}</Text>
    </Alert>
  );
}

/** For each field both changed, the note its form field shows: what the colleague saved, and that the user's stays. */
export function markedNotes(conflict: Pick<Rebased<object>, 'theirs' | 'both'> | undefined,
  show: (field: string, value: unknown) => string): Record<string, string> {
  return Object.fromEntries((conflict?.both ?? []).map((field) => [field, i18n.t('conflict.alsoChanged',
    { value: show(field, conflict?.theirs.find((change) => change.field === field)?.to) })]));
}

/** A form field both the user and a colleague changed: outlined, with the note in the same colour. */
export function markedField(note: string | undefined) {
  return note
    ? {
      description: note,
      'data-marked': true,
      styles: {
        input: { borderColor: 'var(--mantine-color-orange-7)', borderWidth: 2 },
        description: { color: 'var(--mantine-color-orange-9)' },
      },
    }
    : {};
}
