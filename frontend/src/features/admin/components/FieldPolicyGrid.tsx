import { Alert, Loader, NativeSelect, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/page-title';
import { notifyProblem } from '@/lib/notify';
import type { AccessLevel } from '@/lib/session/field-levels';
import { useFieldPolicies, useSetFieldLevel } from '../api/field-policies';

const LEVELS: AccessLevel[] = ['hidden', 'masked', 'read', 'write'];

/** The role × field grid of the field rules; a change applies at once for everyone. */
export function FieldPolicyGrid() {
  const { t } = useTranslation();
  usePageTitle(t('admin.fieldsTitle'));
  const matrix = useFieldPolicies();
  const setLevel = useSetFieldLevel();

  if (matrix.isPending) return <Loader />;
  if (matrix.isError) return <Alert color="red">{matrix.error.message}</Alert>;
  const { roles, fields, levels } = matrix.data;

  return (
    <Stack>
      <Title order={1} size="h2">{t('admin.fieldsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('admin.fieldsHelp')}</Text>
      <ScrollArea>
        <Table striped withTableBorder stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.field')}</Table.Th>
              {roles.map((role) => <Table.Th key={role}>{role}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => (
              <Table.Tr key={field.key}>
                <Table.Td>
                  <Tooltip label={field.guard ?? field.description} multiline w={320}>
                    <Text size="sm" ff="monospace">{field.key}{field.guard ? ' *' : ''}</Text>
                  </Tooltip>
                </Table.Td>
                {roles.map((role) => (
                  <Table.Td key={role}>
                    <NativeSelect
                      size="xs"
                      aria-label={`${role} ${field.key}`}
                      data={LEVELS.map((level) => ({ value: level, label: t(`admin.level.${level}`) }))}
                      value={levels[role]?.[field.key] ?? 'hidden'}
                      onChange={(event) => setLevel.mutate(
                        { role, field: field.key, level: event.currentTarget.value as AccessLevel },
                        {
                          onSuccess: () => notifications.show({ color: 'green', message: t('admin.saved') }),
                          onError: notifyProblem,
                        },
                      )}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
