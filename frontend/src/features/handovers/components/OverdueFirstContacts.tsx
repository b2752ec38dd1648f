import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { useOverdueFirstContacts } from '../api/handovers';

/**
 * For those who run handovers, on their home page: the clients handed over that their successor has not reached
 * by the day it was due, oldest first. Nothing for everyone else.
 */
export function OverdueFirstContacts() {
  const { t } = useTranslation();
  const format = useFormats();
  const overdue = useOverdueFirstContacts();
  if (!overdue.data || overdue.data.total === 0) return null;
  return (
    <Stack gap="xs" data-testid="overdue-first-contacts">
      <Title order={2} size="h4">{t('handovers.overdueTitle')} ({overdue.data.total})</Title>
      <List size="sm">
        {overdue.data.items.map((item) => (
          <List.Item key={item.itemId}>
            <Anchor component={Link} to={`/clients/${item.clientId}`} underline="always">{item.clientName ?? t('fields.withheld')}</Anchor>
            {' '}— {item.successorName ?? item.successorId} ·{' '}
            <Text span size="sm" c="red.9">{t('handovers.overdueDue', { date: format.calendarDay(item.due) })}</Text>
            {' '}· <Anchor component={Link} to={`/handovers/${item.handoverId}`} size="sm" underline="always">
              {t('handovers.titleOf', { name: item.leaverName ?? item.leaverId })}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {overdue.data.items.length < overdue.data.total && (
        <Text size="xs" c="dimmed">{t('handovers.overdueMore', { shown: overdue.data.items.length, total: overdue.data.total })}</Text>
      )}
    </Stack>
  );
}
