import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecentClients } from '@/features/clients/components/RecentClients';
import { OverdueFirstContacts } from '@/features/handovers/components/OverdueFirstContacts';
import { TodoList } from '@/features/handovers/components/TodoList';
import { PeopleNotices } from '@/features/people/components/PeopleNotices';
import { usePageTitle } from '@/lib/page-title';
import { useMe } from '@/lib/session/get-me';

/**
 * What needs the reader today: the urgent matters handovers left them, their clients, and for supervisors who
 * is leaving. Overdue first contacts and the day's tasks will take their place here too.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('home.title'));
  const supervises = me.data?.capabilities.includes('people.depart') ?? false;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">{t('home.title')}</Title>
        {me.data && <Text c="dimmed">{t('home.greeting', { name: me.data.name })}</Text>}
      </div>
      {supervises && <OverdueFirstContacts />}
      <TodoList />
      <SimpleGrid cols={{ base: 1, md: supervises ? 2 : 1 }}>
        <RecentClients />
        {supervises && <PeopleNotices />}
      </SimpleGrid>
    </Stack>
  );
}
