import { Alert, Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conflict } from '@/lib/problem';

type Props = { conflicts: Conflict[]; saving: boolean; onCreateAnyway: () => void };

/** One existing client in the way: a link when the caller may open it, else only whose it is. */
function ConflictItem({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const owner = conflict.ownerName ?? t('clients.form.someone');
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        {conflict.id ? (
          // A new tab, so that what the user typed here stays.
          <Anchor component={Link} to={`/clients/${conflict.id}`} target="_blank" size="sm"
            title={t('clients.conflicts.newTab')}>
            {conflict.name ?? t('clients.conflicts.unnamed')}
          </Anchor>
        ) : (
          <Text size="sm">{t('clients.conflicts.ownedBy', { owner })}</Text>
        )}
        {conflict.id && conflict.ownerName && <Text size="sm" c="dimmed">{t('clients.conflicts.owner', { owner })}</Text>}
        <Text size="xs" c="dimmed">
          {conflict.matchedOn === 'taxId' ? t('clients.conflicts.sameTaxId') : t('clients.conflicts.sameName')}
        </Text>
        {conflict.deleted && <Badge size="xs" color="gray.8">{t('clients.deletedBadge')}</Badge>}
      </Group>
    </List.Item>
  );
}

/**
 * Why the server refused to create the client: the existing ones it would repeat. A name may be
 * shared by two companies, so the user may create it anyway; a tax id in the same country never.
 */
export function ClientConflicts({ conflicts, saving, onCreateAnyway }: Props) {
  const { t } = useTranslation();
  const taxIdTaken = conflicts.some((conflict) => conflict.matchedOn === 'taxId');
  const restorable = conflicts.some((conflict) => conflict.matchedOn === 'taxId' && conflict.deleted);
  return (
    <Alert color={taxIdTaken ? 'red' : 'yellow'} data-testid="client-conflicts"
      title={taxIdTaken ? t('clients.conflicts.taxIdTitle') : t('clients.conflicts.nameTitle')}>
      <List size="sm" mb="xs">
        {conflicts.map((conflict, index) => <ConflictItem key={`${conflict.matchedOn}:${conflict.id ?? index}`} conflict={conflict} />)}
      </List>
      {taxIdTaken ? (
        <>
          <Text size="sm">{t('clients.conflicts.taxIdDetail')}</Text>
          {restorable && <Text size="sm" mt="xs">{t('clients.conflicts.restorable')}</Text>}
        </>
      ) : (
        <>
          <Text size="sm" mb="xs">{t('clients.conflicts.nameDetail')}</Text>
          <Button size="xs" color="yellow" loading={saving} onClick={onCreateAnyway}>
            {t('clients.conflicts.createAnyway')}
          </Button>
        </>
      )}
    </Alert>
  );
}
