import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormats } from '@/lib/format';
import { problemMessage } from '@/lib/notify';
import { useMarkRead, useNotices, type Notice } from '../api/notices';

/**
 * The header's bell: what happened that concerns the reader (a handover of theirs approved, clients that are
 * now theirs to acknowledge, ...), unread ones counted. Opening one goes to its handover and marks it read.
 */
export function NoticeBell() {
  const { t } = useTranslation();
  const format = useFormats();
  const navigate = useNavigate();
  const notices = useNotices();
  const markRead = useMarkRead();
  const [opened, popover] = useDisclosure(false);
  const unread = notices.data?.unread ?? 0;
  const open = (notice: Notice) => {
    if (!notice.read) markRead.mutate([notice.id]);
    popover.close();
    if (notice.handoverId) void navigate(`/handovers/${notice.handoverId}`);
  };
  return (
    // The popover's target gets its aria attributes, so it must be the button itself: the count sits outside.
    <Indicator label={unread} size={16} disabled={unread === 0} offset={4} color="red.9">
      <Popover opened={opened} onChange={(next) => (next ? popover.open() : popover.close())} width={340}
        position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" onClick={popover.toggle} aria-label={t('notices.title', { count: unread })}>
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" /><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" data-testid="notices">
            <Group justify="space-between">
              <Text fw={600}>{t('notices.heading')}</Text>
              {unread > 0 && (
                <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(undefined)}>{t('notices.allRead')}</Button>
              )}
            </Group>
            {notices.error && <Text size="sm" c="red" role="alert">{problemMessage(notices.error)}</Text>}
            {notices.data?.items.length === 0 && <Text size="sm" c="dimmed">{t('notices.none')}</Text>}
            {notices.data?.items.map((notice) => (
              <UnstyledButton key={notice.id} onClick={() => open(notice)} p={4}
                style={{ borderRadius: 4, background: notice.read ? undefined : 'var(--mantine-color-blue-light)' }}>
                <Text size="sm" fw={notice.read ? undefined : 600}>
                  {/* A rotation's notices name no one person: they have words of their own. */}
                  {t(notice.personId ? `notices.kind.${notice.kind}` : [`notices.rotation.${notice.kind}`, `notices.kind.${notice.kind}`],
                    { person: notice.personName ?? '—', actor: notice.actorName ?? '—', count: notice.count ?? 0 })}
                </Text>
                <Text size="xs" c="dimmed">{format.moment(notice.createdAt)}</Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
