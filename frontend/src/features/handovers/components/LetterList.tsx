import { Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '@/lib/format';
import type { Letter } from '../api/handovers';

const COLORS: Record<Letter['state'], string> = {
  preview: 'blue.9', queued: 'gray.7', sent: 'green.9', failed: 'red.9', held: 'orange.9', no_consent: 'orange.9',
  no_channel: 'red.9', superseded: 'gray.7', stopped: 'gray.7',
};

export function LetterBadge({ state }: { state: Letter['state'] }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[state]} variant="light">{t(`letters.state.${state}`)}</Badge>;
}

/**
 * The letters telling a client's contact persons of their new manager: to whom, in which language, where each
 * stands (and why one is not sent), and the letter itself, folded.
 */
export function LetterList({ letters }: { letters: Letter[] }) {
  const { t } = useTranslation();
  const format = useFormats();
  // Relay's own reasons in the reader's language; a supervisor's hold and the mail server's words as written.
  const reasonOf = (letter: Letter) => {
    if (letter.state === 'no_consent') return t('letters.reason.noConsent');
    if (letter.state === 'no_channel') return t(letter.contactId ? 'letters.reason.noEmail' : 'letters.reason.noContact');
    if (letter.state === 'superseded') return t('letters.reason.superseded');
    if (letter.state === 'stopped') return t('letters.reason.stopped');
    if (letter.state === 'failed' && letter.nextAttemptAt) {
      return t('letters.retry', { reason: letter.reason, at: format.moment(letter.nextAttemptAt) });
    }
    return letter.reason;
  };
  return (
    <Stack gap="sm" data-testid="letters">
      {letters.map((letter, index) => (
        <Stack key={letter.id ?? `${letter.contactId ?? 'none'}-${index}`} gap={2} data-testid="letter">
          <Group gap="xs">
            <LetterBadge state={letter.state} />
            <Text size="sm" fw={600}>{letter.recipientName ?? (letter.contactId ? t('fields.withheld') : t('letters.noContact'))}</Text>
            {letter.email && <Text size="sm" c="dimmed">{letter.email}</Text>}
            <Text size="sm" c="dimmed">· {t(`language.${letter.language}`)}</Text>
          </Group>
          {letter.state === 'sent' && letter.sentAt && (
            <Text size="xs" c="dimmed">{t('letters.sentAt', { at: format.moment(letter.sentAt) })}</Text>
          )}
          {letter.reason && (
            <Text size="sm" c={letter.state === 'failed' || letter.state === 'no_channel' ? 'red.9' : 'orange.9'}>
              {reasonOf(letter)}
            </Text>
          )}
          <Spoiler maxHeight={0} showLabel={t('letters.read')} hideLabel={t('letters.fold')}>
            <Text size="sm" fw={600}>{letter.subject}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{letter.body ?? t('fields.withheld')}</Text>
          </Spoiler>
        </Stack>
      ))}
    </Stack>
  );
}
