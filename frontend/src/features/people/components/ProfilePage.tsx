import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemMessage, notifyProblem } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { useServerSubmit } from '@/lib/server-form';
import { useMe } from '@/lib/session/get-me';
import { useUsers } from '@/lib/session/get-users';
import { useKeepProfile, useProfile, type PersonProfile } from '../api/profile';

type Values = { corporatePhone: string; corporateEmail: string };

/**
 * A person's corporate phone and mailbox: they belong to the company and pass to a successor with the clients,
 * whose letters name them. Kept by the person and by admins; read by everyone.
 */
export function ProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const users = useUsers();
  const profile = useProfile(id);
  const name = users.data?.find((user) => user.id === id)?.name ?? id;
  usePageTitle(t('profile.titleOf', { name }));
  const keeps = me.data?.id === id || (me.data?.roles.includes('admin') ?? false);
  if (profile.isPending) return null;
  if (profile.error || !profile.data) return <Text role="alert" c="red">{problemMessage(profile.error)}</Text>;
  return (
    <Stack maw={560}>
      <Anchor component={Link} to="/people" size="sm">← {t('people.title')}</Anchor>
      <Title order={1} size="h2">{t('profile.titleOf', { name })}</Title>
      <Text size="sm" c="dimmed">{t('profile.explain')}</Text>
      <ProfileForm id={id} initial={profile.data} readOnly={!keeps} />
    </Stack>
  );
}

function ProfileForm({ id, initial, readOnly }: { id: string; initial: PersonProfile; readOnly: boolean }) {
  const { t } = useTranslation();
  const keep = useKeepProfile(id);
  const form = useForm<Values>({ initialValues: {
    corporatePhone: initial.corporatePhone ?? '', corporateEmail: initial.corporateEmail ?? '' } });
  const { submit, saving } = useServerSubmit(form, async (values) => {
    const kept = await keep.mutateAsync({ corporatePhone: values.corporatePhone.trim() || undefined,
      corporateEmail: values.corporateEmail.trim() || undefined });
    form.resetDirty({ corporatePhone: kept.corporatePhone ?? '', corporateEmail: kept.corporateEmail ?? '' });
    notifications.show({ color: 'green', message: t('profile.saved') });
  }, notifyProblem);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('profile.corporatePhone')} placeholder="+40 21 300 1000" type="tel" readOnly={readOnly}
          {...form.getInputProps('corporatePhone')} />
        <TextInput label={t('profile.corporateEmail')} type="email" readOnly={readOnly}
          {...form.getInputProps('corporateEmail')} />
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>{t('actions.save')}</Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
