import { Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountClosingBadge } from '@/components/AccountClosingBadge';
import { RecordTable } from '@/components/RecordTable';
import { usePageTitle } from '@/lib/page-title';
import { notifyProblem } from '@/lib/notify';
import { useUsers, type UserSummary } from '@/lib/session/get-users';
import { useMarkLeaving } from '../api/mark-leaving';

/**
 * The people of the company in Relay; supervisors mark someone as leaving here, and start what the app
 * composes in for a person they supervise (a departure handover).
 */
export function PeoplePage({ personAction }: { personAction?: (user: UserSummary) => ReactNode }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('people.title'));
  const users = useUsers();
  const markLeaving = useMarkLeaving();
  const [leaving, setLeaving] = useState<UserSummary | null>(null);
  const [note, setNote] = useState('');
  // The server says whom the caller may mark as leaving (and decides again when asked).
  const mayMark = (user: UserSummary) => user.allowedActions.includes('depart');

  const confirm = () => {
    if (!leaving) return;
    markLeaving.mutate({ id: leaving.id, note }, {
      onSuccess: (departure) => {
        notifications.show({
          color: departure.keycloakDisabled ? 'green' : 'orange',
          message: departure.keycloakDisabled ? t('people.leftDone') : t('people.leftKeycloakPending'),
        });
        setLeaving(null);
        setNote('');
      },
      onError: notifyProblem,
    });
  };

  return (
    <Stack>
      <Title order={1} size="h2">{t('people.title')}</Title>
      <RecordTable rows={users.data ?? []} rowKey={(user) => user.id} pending={users.isPending} error={users.error}
        empty={t('people.empty')} testId="people-table" columns={[
          { key: 'name', header: t('people.name'),
            cell: (user) => <>
              <Anchor component={Link} to={`/people/${user.id}/profile`} onClick={(event) => event.stopPropagation()}>
                {user.name}
              </Anchor> <Text span c="dimmed" size="xs">{user.username}</Text>
            </> },
          { key: 'roles', header: t('people.roles'), wide: true,
            cell: (user) => user.roles.map((role) => (i18n.exists(`role.${role}`) ? t(`role.${role}`) : role)).join(', ') },
          { key: 'teams', header: t('people.teams'), cell: (user) => user.teams.join(', ') },
          { key: 'state', header: t('people.state'), cell: (user) => user.departedAt ? (
            <Group gap="xs">
              <Badge color="gray">{t('people.departed')}</Badge>
              <AccountClosingBadge closing={user.accountClosing} />
            </Group>
          ) : (
            <Group gap="xs">
              {/* Disabled in Keycloak without a departure in Relay: their clients wait for a handover. */}
              {!user.enabledInKeycloak && (
                <Badge color="orange" variant="light" title={t('people.disabledInKeycloakExplain')}>
                  {t('people.disabledInKeycloak')}
                </Badge>
              )}
              {mayMark(user) && personAction?.(user)}
              {mayMark(user) && (
                <Button size="xs" variant="subtle" color="red" onClick={() => setLeaving(user)}
                  aria-label={t('people.markLeavingNamed', { name: user.name })}>
                  {t('people.markLeaving')}
                </Button>
              )}
            </Group>
          ) },
        ]} />
      <Modal opened={leaving !== null} onClose={() => setLeaving(null)} title={t('people.markLeaving')}>
        <Stack>
          <Text size="sm">{t('people.leavingExplain', { name: leaving?.name })}</Text>
          <Textarea label={t('people.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLeaving(null)}>{t('actions.cancel')}</Button>
            <Button color="red" loading={markLeaving.isPending} onClick={confirm}>{t('people.confirmLeaving')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
