import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { useFormats } from '@/lib/format';

type AccountClosing = components['schemas']['AccountClosing'];

/**
 * Where closing a departed person's Keycloak account stands: closed, or still being tried (Relay refuses them
 * meanwhile) with why and when next, so that a supervisor knows whether to look at Keycloak.
 */
export function AccountClosingBadge({ closing }: { closing?: AccountClosing | null }) {
  const { t } = useTranslation();
  const format = useFormats();
  if (!closing) return null;
  if (closing.state === 'closed') {
    return <Badge color="gray" variant="light" data-testid="account-closing">{t('account.closed')}</Badge>;
  }
  const explain = t('account.retryingExplain', {
    attempts: closing.attempts, error: closing.lastError ?? '—',
    next: closing.nextAttemptAt ? format.moment(closing.nextAttemptAt) : '—',
  });
  return (
    <Tooltip label={explain} multiline w={320}>
      <Badge color="orange" variant="light" tabIndex={0} aria-description={explain} data-testid="account-closing">
        {t('account.retrying')}
      </Badge>
    </Tooltip>
  );
}
