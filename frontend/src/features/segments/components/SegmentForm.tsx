import { Button, ColorInput, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '@/lib/notify';
import { labelled, useServerSubmit } from '@/lib/server-form';
import type { Segment } from '@/lib/session/segments';
import { RULE_KINDS, type SegmentInput } from '../api/segments';

type Values = {
  key: string;
  names: { en: string; ro: string; ru: string; es: string };
  rank: number | string;
  colour: string;
  rule: { kind: SegmentInput['rule']['kind']; topPercent: number | string; withinDays: number | string };
  contactRhythmDays: number | string;
  firstContactDays: number | string;
  supervised: boolean;
};

const number = (value: number | string) => (value === '' || value === undefined ? undefined : Number(value));
const SHARE = new Set(['revenueShare', 'combination']);
const DAYS = new Set(['recency', 'combination']);

function initial(segment: Segment | undefined, freeRank: number): Values {
  return {
    key: segment?.key ?? '',
    names: { en: segment?.names.en ?? '', ro: segment?.names.ro ?? '', ru: segment?.names.ru ?? '', es: segment?.names.es ?? '' },
    rank: segment?.rank ?? freeRank,
    colour: segment?.colour ?? '#2b8a3e',
    rule: { kind: segment?.rule.kind ?? 'manual', topPercent: segment?.rule.topPercent ?? '', withinDays: segment?.rule.withinDays ?? '' },
    contactRhythmDays: segment?.contactRhythmDays ?? '',
    firstContactDays: segment?.firstContactDays ?? '',
    supervised: segment?.supervised ?? false,
  };
}

/** The values as the API takes them: what the rule's kind does not use is left out. */
function toInput(values: Values): SegmentInput {
  const kind = values.rule.kind;
  return {
    key: values.key.trim(),
    names: { en: values.names.en, ro: values.names.ro || undefined, ru: values.names.ru || undefined, es: values.names.es || undefined },
    rank: number(values.rank) as number,
    colour: values.colour,
    rule: {
      kind,
      topPercent: SHARE.has(kind) ? number(values.rule.topPercent) : undefined,
      withinDays: DAYS.has(kind) ? number(values.rule.withinDays) : undefined,
    },
    contactRhythmDays: number(values.contactRhythmDays),
    firstContactDays: number(values.firstContactDays),
    supervised: values.supervised,
  };
}

type Props = {
  segment?: Segment;
  freeRank: number;
  onSave: (input: SegmentInput) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * A segment's names in the four languages, its place, colour, rule, contact rhythm, the days a successor has to reach
 * its clients after a handover, and supervision.
 */
export function SegmentForm({ segment, freeRank, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: initial(segment, freeRank) });
  const { submit, saving } = useServerSubmit(form, (values) => onSave(toInput(values)), notifyProblem);
  const kind = form.values.rule.kind;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('segments.key')} description={t('segments.keyHint')} required disabled={Boolean(segment)}
            data-autofocus={!segment || undefined} {...form.getInputProps('key')} />
          <NumberInput label={t('segments.rank')} description={t('segments.rankHint')} required min={1} max={1000}
            allowDecimal={false} {...form.getInputProps('rank')} />
          <TextInput label={t('segments.nameIn', { language: 'English' })} required data-autofocus={segment ? true : undefined}
            {...form.getInputProps('names.en')} />
          <TextInput label={t('segments.nameIn', { language: 'Română' })} lang="ro" {...form.getInputProps('names.ro')} />
          <TextInput label={t('segments.nameIn', { language: 'Русский' })} lang="ru" {...form.getInputProps('names.ru')} />
          <TextInput label={t('segments.nameIn', { language: 'Español' })} lang="es" {...form.getInputProps('names.es')} />
          <ColorInput label={t('segments.colour')} required format="hex" {...form.getInputProps('colour')} />
          <Select label={t('segments.rule')} allowDeselect={false} data={labelled(t, RULE_KINDS, 'segments.kinds')}
            {...form.getInputProps('rule.kind')} />
          {SHARE.has(kind) && (
            <NumberInput label={t('segments.topPercent')} required min={0.01} max={100} decimalScale={2} suffix=" %"
              {...form.getInputProps('rule.topPercent')} />
          )}
          {DAYS.has(kind) && (
            <NumberInput label={t('segments.withinDays')} required min={1} max={3650} allowDecimal={false}
              {...form.getInputProps('rule.withinDays')} />
          )}
          <NumberInput label={t('segments.rhythm')} description={t('segments.rhythmHint')} min={1} max={366}
            allowDecimal={false} {...form.getInputProps('contactRhythmDays')} />
          <NumberInput label={t('segments.firstContact')} description={t('segments.firstContactHint')} min={1} max={60}
            placeholder={t('segments.firstContactDefault')} allowDecimal={false} {...form.getInputProps('firstContactDays')} />
        </SimpleGrid>
        <Switch label={t('segments.supervised')} description={t('segments.supervisedHint')}
          {...form.getInputProps('supervised', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
