import { Alert, Badge, Button, Code, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import { notifyProblem, problemMessage } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { ApiProblem } from '@/lib/problem';
import { useLetterTemplates, usePreviewLetter, useSaveLetter, type LetterKind, type LetterLanguage } from '../api/letter-templates';

const LANGUAGES: LetterLanguage[] = ['en', 'ro', 'ru', 'es'];

/** What the server says is wrong with a template (an unknown placeholder, a missing body), in its own words. */
function refusals(error: unknown): string[] {
  return error instanceof ApiProblem && error.status === 400 ? (error.problem.errors ?? []).map((e) => e.message) : [];
}

/**
 * The letters the clients receive, as admins keep them: a kind and a language at a time, the text with the
 * placeholders it may name, a preview with a sample client, and the shipped text to start again from.
 */
export function LetterTemplatesPage() {
  const { t } = useTranslation();
  const format = useFormats();
  usePageTitle(t('letterTemplates.title'));
  const templates = useLetterTemplates();
  const preview = usePreviewLetter();
  const save = useSaveLetter();
  const [kind, setKind] = useState<LetterKind>('handover');
  const [language, setLanguage] = useState<LetterLanguage>('en');
  const current = templates.data?.find((template) => template.kind === kind && template.language === language);
  const [text, setText] = useState('');
  const { reset: resetPreview } = preview;
  const { reset: resetSave } = save;
  // Another template, or this one saved anew: its text, and nothing said about the one before.
  useEffect(() => {
    setText(current?.text ?? '');
    resetPreview();
    resetSave();
  }, [current?.text, current?.version, kind, language, resetPreview, resetSave]);

  if (templates.isPending) return <Loader />;
  if (templates.isError) return <Alert color="red">{problemMessage(templates.error)}</Alert>;
  if (!current) return null;
  const problems = [...refusals(preview.error), ...refusals(save.error)];
  const keep = () => save.mutate({ kind, language, text, version: current.version }, {
    onSuccess: () => notifications.show({ color: 'green', message: t('letterTemplates.saved') }),
    onError: (error) => { if (refusals(error).length === 0) notifyProblem(error); },
  });
  return (
    <Stack>
      <Title order={1} size="h2">{t('letterTemplates.title')}</Title>
      <Text size="sm" c="dimmed">{t('letterTemplates.intro')}</Text>
      <Group align="flex-end">
        <SegmentedControl value={kind} onChange={(value) => setKind(value as LetterKind)} aria-label={t('letterTemplates.kind')}
          data={(['handover', 'partner'] as const).map((value) => ({ value, label: t(`letterTemplates.kinds.${value}`) }))} />
        <Select label={t('letterTemplates.language')} w={160} allowDeselect={false} value={language}
          onChange={(value) => setLanguage((value ?? 'en') as LetterLanguage)}
          data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))} />
        {current.customised
          ? <Badge variant="light">{t('letterTemplates.customised', { name: current.updatedByName ?? current.updatedBy ?? '', at: current.updatedAt ? format.moment(current.updatedAt) : '' })}</Badge>
          : <Badge variant="light" color="gray">{t('letterTemplates.asShipped')}</Badge>}
      </Group>
      <Textarea label={t('letterTemplates.text')} description={t('letterTemplates.textHint')} autosize minRows={12}
        styles={{ input: { fontFamily: 'monospace' } }} value={text} onChange={(event) => {
          setText(event.currentTarget.value);
          // What was refused is about the text as it was.
          if (preview.isError) preview.reset();
          if (save.isError) save.reset();
        }}
        error={problems.length > 0 ? problems.join(' · ') : undefined} />
      <Text size="sm">
        {t('letterTemplates.placeholders')}{' '}
        {current.placeholders.map((name) => <Code key={name} mr={4}>{`{${name}}`}</Code>)}
      </Text>
      <Group>
        <Button variant="light" loading={preview.isPending} onClick={() => preview.mutate({ kind, language, text })}>
          {t('letterTemplates.preview')}
        </Button>
        <Button loading={save.isPending} disabled={text === current.text} onClick={keep}>{t('letterTemplates.save')}</Button>
        <Button variant="subtle" disabled={text === current.shipped} onClick={() => {
          setText(current.shipped);
          preview.reset();
          save.reset();
        }}>
          {t('letterTemplates.restore')}
        </Button>
      </Group>
      {preview.data && (
        <Paper withBorder p="md" data-testid="letter-sample">
          <Text fw={600}>{preview.data.subject}</Text>
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</Text>
        </Paper>
      )}
    </Stack>
  );
}
