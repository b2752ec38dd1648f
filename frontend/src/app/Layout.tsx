import { Anchor, AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, ScrollRestoration } from 'react-router';
import { useHandovers } from '@/features/handovers/api/handovers';
import { useMe } from '@/lib/session/get-me';
import { logout } from '@/lib/keycloak';
import { useSessionLanguage } from '@/lib/session/language';
import { LanguageMenu } from './LanguageMenu';
import { NoticeBanner } from './NoticeBanner';

// The bell's popover machinery loads after the first paint: the frame shows without waiting for it.
const NoticeBell = lazy(async () => ({ default: (await import('@/features/notices/components/NoticeBell')).NoticeBell }));

/** The frame of a sales team's day: who is signed in, where to go, the work in the middle. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  // Someone leaving finds their own handover here, to write up their clients for their successors.
  const handovers = useHandovers();
  useSessionLanguage();
  // On a phone the menu folds away behind a button and closes once a page is chosen.
  const [menuOpen, menu] = useDisclosure(false);
  const link = { component: RouterLink, onClick: menu.close } as const;
  // The attribution report is made of order amounts: for those the field rules let read them (not while leaving).
  const orderAmounts = me.data?.fields['order.amount'];
  const readsMoney = !me.data?.noticeUntil && (orderAmounts === 'read' || orderAmounts === 'write');
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text fw={700} size="xl">{t('app.name')}</Text>
          </Group>
          <Group wrap="nowrap" gap="xs">
            {me.data && (
              <Anchor component={RouterLink} to={`/people/${me.data.id}/profile`} size="sm" c="dark"
                data-testid="current-user" truncate maw={160} visibleFrom="xs" title={t('profile.mine')}>
                {me.data.name}
              </Anchor>
            )}
            <Suspense fallback={null}><NoticeBell /></Suspense>
            <LanguageMenu />
            <Button variant="subtle" size="xs" onClick={() => void logout()}>{t('actions.logout')}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink {...link} to="/" end label={t('nav.home')} />
        <NavLink {...link} to="/clients" label={t('nav.clients')} />
        {!me.data?.noticeUntil && <NavLink {...link} to="/people" end label={t('nav.people')} />}
        {me.data?.capabilities.includes('people.depart') && (
          <NavLink {...link} to="/people/impact" label={t('nav.impact')} />
        )}
        {(me.data?.capabilities.includes('people.depart') || (handovers.data?.length ?? 0) > 0) && (
          <NavLink {...link} to="/handovers" label={t('nav.handovers')} />
        )}
        <NavLink {...link} to="/segments" label={t('nav.segments')} />
        {readsMoney && <NavLink {...link} to="/reports/attribution" label={t('nav.attribution')} />}
        {me.data?.capabilities.includes('audit.read') && (
          <NavLink {...link} to="/audit" label={t('nav.audit')} />
        )}
        {me.data?.capabilities.includes('fieldRules.manage') && (
          <NavLink {...link} to="/admin/fields" label={t('nav.fieldRules')} />
        )}
        {me.data?.capabilities.includes('letters.manage') && (
          <NavLink {...link} to="/admin/letters" label={t('nav.letterTemplates')} />
        )}
      </AppShell.Navbar>
      {/* Back to a list lands where the reader was in it, not at the top. */}
      <ScrollRestoration />
      <AppShell.Main>
        <div className="no-print"><NoticeBanner /></div>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
