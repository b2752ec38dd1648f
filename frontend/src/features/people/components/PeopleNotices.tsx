import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUsers } from '@/lib/session/get-users';

/**
 * For the home page of those who hand clients over: people whose account was disabled in Keycloak
 * but whose departure nobody started, so their clients still wait for a successor.
 */
export function PeopleNotices() {
  const { t } = useTranslation();
  const users = useUsers();
  const waiting = (users.data ?? []).filter((user) => !user.enabledInKeycloak && !user.departedAt
    && user.allowedActions.includes('depart'));
  return (
    <Card withBorder padding="md" data-testid="people-notices">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('home.attention')}</Title>
        {waiting.length === 0 ? (
          <Text c="dimmed" size="sm">{t('home.nothingWaits')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {waiting.map((user) => (
              <List.Item key={user.id}>
                <Anchor component={Link} to="/people">{user.name}</Anchor>: {t('home.disabledNotHandedOver')}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
