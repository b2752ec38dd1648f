import { AppShell, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet } from 'react-router';
import { useMe } from '@/lib/session/get-me';
import { logout } from '@/lib/keycloak';

/** The frame of a sales team's day: who is signed in, where to go, the work in the middle. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={3}>{t('app.name')}</Title>
          <Group>
            <Text size="sm" data-testid="current-user">{me.data?.name}</Text>
            <Button variant="subtle" size="xs" onClick={() => void logout()}>{t('actions.logout')}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink component={RouterLink} to="/clients" label={t('nav.clients')} />
        <NavLink component={RouterLink} to="/people" label={t('nav.people')} />
        {me.data?.capabilities.includes('audit.read') && (
          <NavLink component={RouterLink} to="/audit" label={t('nav.audit')} />
        )}
        {me.data?.capabilities.includes('fieldRules.manage') && (
          <NavLink component={RouterLink} to="/admin/fields" label={t('nav.fieldRules')} />
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
