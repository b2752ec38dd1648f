import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHandovers } from '@/features/handovers/api/handovers';
import { useFormats } from '@/lib/format';
import { useMe } from '@/lib/session/get-me';

/**
 * Shown to someone serving their notice, on every page: Relay is open for their handover only, and the way
 * to it is one click away.
 */
export function NoticeBanner() {
  const { t } = useTranslation();
  const format = useFormats();
  const me = useMe();
  const handovers = useHandovers();
  const until = me.data?.noticeUntil;
  if (!until) return null;
  const mine = handovers.data?.find((handover) => handover.userId === me.data?.id
    && ['draft', 'submitted', 'approved'].includes(handover.state));
  return (
    <Alert color="orange" mb="md" role="status" title={t('notice.title', { date: format.calendarDay(until) })} data-testid="notice-banner">
      <Text size="sm" mb={mine ? 'xs' : 0}>{t('notice.body')}</Text>
      {mine && <Button component={Link} to={`/handovers/${mine.id}`} size="xs">{t('notice.open')}</Button>}
    </Alert>
  );
}
