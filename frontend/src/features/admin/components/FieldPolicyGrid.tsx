import { Alert, Button, Group, List, Loader, Modal, NativeSelect, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessLevelValues } from '@/lib/api/schema';
import { usePageTitle } from '@/lib/page-title';
import { notifyProblem, problemMessage } from '@/lib/notify';
import type { AccessLevel } from '@/lib/session/field-levels';
import { useFieldPolicies, useSetFieldLevel } from '../api/field-policies';

const LEVELS: readonly AccessLevel[] = accessLevelValues;

type Change = { role: string; field: string; from: AccessLevel; to: AccessLevel };

/**
 * The role × field grid of the field rules. Levels chosen in the grid wait, highlighted, until the admin
 * has reviewed what changes for whom; only then are they saved (each applies at once for everyone).
 */
export function FieldPolicyGrid() {
  const { t } = useTranslation();
  usePageTitle(t('admin.fieldsTitle'));
  const matrix = useFieldPolicies();
  const setLevel = useSetFieldLevel();
  const [pending, setPending] = useState<Record<string, Change>>({});
  const [reviewing, review] = useDisclosure(false);
  const [saving, setSaving] = useState(false);

  if (matrix.isPending) return <Loader />;
  if (matrix.isError) return <Alert color="red">{problemMessage(matrix.error)}</Alert>;
  const { roles, fields, levels } = matrix.data;
  const roleLabel = (role: string) => t(`role.${role}`, { defaultValue: role });
  // A key the SPA has no label for yet (a field added on the server) shows the server's description.
  const fieldLabel = (key: string, description?: string) =>
    t(`admin.fieldLabel.${key}`, { defaultValue: description ?? key });
  const current = (role: string, key: string): AccessLevel => levels[role]?.[key] ?? 'hidden';
  const changes = Object.values(pending);

  const choose = (role: string, key: string, level: AccessLevel) => setPending((all) => {
    const next = { ...all };
    if (level === current(role, key)) delete next[`${role}|${key}`];
    else next[`${role}|${key}`] = { role, field: key, from: current(role, key), to: level };
    return next;
  });

  // One rule after the other; what the server refuses stays pending, with its reason shown.
  const saveAll = async () => {
    setSaving(true);
    let saved = 0;
    for (const change of changes) {
      try {
        await setLevel.mutateAsync({ role: change.role, field: change.field, level: change.to });
        saved++;
        setPending((all) => {
          const next = { ...all };
          delete next[`${change.role}|${change.field}`];
          return next;
        });
      } catch (error) {
        notifyProblem(error);
        break;
      }
    }
    setSaving(false);
    review.close();
    if (saved > 0) notifications.show({ color: 'green', message: t('admin.saved', { count: saved }) });
  };

  const entities = [...new Set(fields.map((field) => field.key.split('.')[0]))];
  return (
    <Stack>
      <Title order={1} size="h2">{t('admin.fieldsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('admin.fieldsHelp')}</Text>
      <Group>
        <Button disabled={changes.length === 0} onClick={review.open}>{t('admin.review', { count: changes.length })}</Button>
        <Button variant="default" disabled={changes.length === 0} onClick={() => setPending({})}>{t('admin.discard')}</Button>
      </Group>
      <ScrollArea>
        <Table striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.field')}</Table.Th>
              {roles.map((role) => <Table.Th key={role}>{roleLabel(role)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          {entities.map((entity) => (
            <Table.Tbody key={entity}>
              <Table.Tr>
                <Table.Th colSpan={roles.length + 1} scope="colgroup">{t(`admin.entity.${entity}`, { defaultValue: entity })}</Table.Th>
              </Table.Tr>
              {fields.filter((field) => field.key.startsWith(`${entity}.`)).map((field) => (
                <Table.Tr key={field.key}>
                  <Table.Td>
                    <Tooltip label={field.guard ?? field.description} multiline w={320}>
                      <div>
                        <Text size="sm" fw={500}>{fieldLabel(field.key, field.description)}{field.guard ? ' *' : ''}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">{field.key}</Text>
                      </div>
                    </Tooltip>
                  </Table.Td>
                  {roles.map((role) => {
                    const change = pending[`${role}|${field.key}`];
                    return (
                      <Table.Td key={role} bg={change ? 'yellow.1' : undefined}>
                        <NativeSelect
                          size="xs"
                          aria-label={`${roleLabel(role)}: ${fieldLabel(field.key, field.description)} (${field.key})`}
                          aria-description={change ? t('admin.changed') : undefined}
                          data={LEVELS.map((level) => ({ value: level, label: t(`admin.level.${level}`) }))}
                          value={change?.to ?? current(role, field.key)}
                          onChange={(event) => choose(role, field.key, event.currentTarget.value as AccessLevel)}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
        </Table>
      </ScrollArea>
      <Modal opened={reviewing} onClose={review.close} title={t('admin.reviewTitle')} size="lg">
        <Stack>
          <Text size="sm">{t('admin.reviewHelp')}</Text>
          {roles.filter((role) => changes.some((change) => change.role === role)).map((role) => (
            <div key={role}>
              <Text fw={600}>{roleLabel(role)}</Text>
              <List size="sm">
                {changes.filter((change) => change.role === role).map((change) => {
                  const field = fields.find((f) => f.key === change.field);
                  return (
                    <List.Item key={change.field}>
                      {fieldLabel(change.field, field?.description)}: {t(`admin.level.${change.from}`)} → {t(`admin.level.${change.to}`)}
                    </List.Item>
                  );
                })}
              </List>
            </div>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={review.close}>{t('actions.cancel')}</Button>
            <Button loading={saving} onClick={() => void saveAll()}>{t('admin.saveAll', { count: changes.length })}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
