import type { TFunction } from 'i18next';
import type { Formats } from '@/lib/format';
import type { HistoryEntry } from '../api/get-history';

/** Bookkeeping the database records with every change: not part of the story a successor reads. */
const BOOKKEEPING = new Set(['id', 'clientId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt',
  'deletedBy', 'version']);

/** Fields whose values are codes with a label of their own (`lifecycle.active` → "Active"). */
const CODES: Record<string, string> = {
  lifecycle: 'lifecycle', kind: 'kind', country: 'country', preferredChannel: 'preferred',
  functions: 'function',
};

/** Where each entity's field labels live, and the label keys whose API name differs. */
const LABELS: Record<HistoryEntry['entityType'], string> = { client: 'clients.fields', contact: 'contacts.fields', party: 'parties' };
const RENAMED: Record<HistoryEntry['entityType'], Record<string, string>> = {
  client: { ownerId: 'owner', coOwnerId: 'coOwner' }, contact: {}, party: { userId: 'person', kind: 'kindLabel' },
};
const PEOPLE = new Set(['ownerId', 'coOwnerId', 'userId']);

export type Line = { field: string; label: string; from: string; to: string; withheld?: boolean };
export type Story = { headline: string; lines: Line[] };

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === ''
    || (Array.isArray(value) && value.length === 0)
    || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);
}

/** How the company names its own codes: segments by key, pipeline stages by id. */
export type Names = { segment: (key: string) => string; stage: (id: string) => string };
const AS_IS: Names = { segment: (key) => key, stage: (id) => id };

/** Tells one recorded change as a sentence and its lines, in the reader's language, without ids or codes. */
export function tell(entry: HistoryEntry, t: TFunction, i18n: { exists: (key: string) => boolean; language: string },
  format: Formats, names: Names = AS_IS): Story {
  const label = (field: string) => {
    const key = `${LABELS[entry.entityType]}.${RENAMED[entry.entityType][field] ?? field}`;
    return i18n.exists(key) ? t(key) : field;
  };
  const coded = (field: string, code: string) => {
    const key = field === 'kind' && entry.entityType === 'party' ? `parties.kind.${code}` : `${CODES[field]}.${code}`;
    return i18n.exists(key) ? t(key) : code;
  };
  const show = (field: string, value: unknown): string => {
    if (isEmpty(value)) return '—';
    if (PEOPLE.has(field)) return entry.people[String(value)] ?? String(value);
    if (field === 'segment' && entry.entityType === 'client') return names.segment(String(value));
    if (field === 'stageId' && entry.entityType === 'client') return names.stage(String(value));
    if (field === 'nextStep' && entry.entityType === 'client' && typeof value === 'object') {
      const step = value as { text?: string; due?: unknown };
      // A day as "yyyy-mm-dd"; anything else (an older record's shape) is not a date to format.
      const due = typeof step.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(step.due) ? format.calendarDay(step.due) : undefined;
      return due ? `${step.text ?? ''} (${due})` : step.text ?? '—';
    }
    if (field === 'qualification' && entry.entityType === 'client' && typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>).filter(([, said]) => !isEmpty(said))
        .map(([part, said]) => `${t(`pipeline.${part}`)}: ${String(said)}`).join('; ');
    }
    if (field in CODES || (field === 'kind' && entry.entityType === 'party')) {
      return (Array.isArray(value) ? value : [value]).map((code) => coded(field, String(code))).join(', ');
    }
    if (field === 'channels' && Array.isArray(value)) {
      return value.map((channel: { kind?: string; value?: string }) =>
        `${t(`channel.${channel.kind ?? 'phone'}`)} ${channel.value ?? ''}`.trim()).join('; ');
    }
    if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
    if (field === 'birthday' && typeof value === 'string') return format.calendarDay(value);
    if ((field === 'validFrom' || field === 'validTo') && typeof value === 'string') return format.day(value);
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key}: ${String(inner)}`).join(', ');
    }
    return String(value);
  };

  const told = entry.action === 'created' || entry.action === 'updated';
  const lines: Line[] = told
    ? Object.entries(entry.changes)
      .filter(([field, change]) => !BOOKKEEPING.has(field) && !(isEmpty(change.from) && isEmpty(change.to)))
      .map(([field, change]) => ({ field, label: label(field), from: show(field, change.from), to: show(field, change.to) }))
    : [];
  // Changed, but the field rules keep the values from this reader.
  const withheld = told ? entry.redactedFields.filter((field) => !(field in entry.changes) && !BOOKKEEPING.has(field)) : [];
  lines.push(...withheld.map((field) => ({ field, label: label(field), from: '', to: '', withheld: true })));

  const actor = entry.actorName ?? t('history.someone');
  const subject = entry.subjectName ?? t('history.unnamed');
  const single = entry.action === 'updated' && lines.length === 1 && !lines[0].withheld ? lines[0] : undefined;
  const headline = single
    // English runs the field into the sentence ("changed the city"); the other languages quote it as labelled.
    ? t(`history.story.${entry.entityType}.changedOne`, { actor, subject, from: single.from, to: single.to,
      field: i18n.language === 'en' ? single.label.toLowerCase() : single.label })
    : t(`history.story.${entry.entityType}.${entry.action}`, { actor, subject });
  return { headline, lines: single ? [] : lines };
}
