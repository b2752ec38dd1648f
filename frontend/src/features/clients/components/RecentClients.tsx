import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { useClients } from '../api/get-clients';
import { LifecycleBadge } from './LifecycleBadge';

const SHOWN = 5;

/** For the home page: how many clients are the reader's to see, and the ones changed last. */
export function RecentClients() {
  const { t } = useTranslation();
  const format = useFormats();
  const clients = useClients({ sort: '-updatedAt' });
  const first = clients.data?.pages[0];
  return (
    <Card withBorder padding="md" data-testid="recent-clients">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">{t('home.recent')}</Title>
          {first?.total !== undefined && (
            <Anchor component={Link} to="/clients" size="sm">
              {first.totalCapped ? t('home.allClientsMore', { count: first.total }) : t('home.allClients', { count: first.total })}
            </Anchor>
          )}
        </Group>
        {clients.isPending && <Loader size="sm" />}
        {clients.isError && <Text c="red" size="sm">{problemMessage(clients.error)}</Text>}
        {first?.items.length === 0 && <Text c="dimmed" size="sm">{t('home.noClients')}</Text>}
        {first?.items.slice(0, SHOWN).map((client) => (
          <Group key={client.id} justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/clients/${client.id}`} truncate>{client.name ?? t('fields.withheld')}</Anchor>
            <Group gap="xs" wrap="nowrap">
              <LifecycleBadge lifecycle={client.lifecycle} />
              <Text size="xs" c="dimmed" visibleFrom="xs">{format.day(client.updatedAt)}</Text>
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
