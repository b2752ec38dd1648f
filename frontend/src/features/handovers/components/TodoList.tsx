import { Anchor, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { useMe } from '@/lib/session/get-me';
import { useMarkTodo, useTodos } from '../api/todos';

/**
 * For the home page: the urgent matters that handovers left to the reader, due first, overdue in red; each
 * checked off when done. Shown only to someone who has any.
 */
export function TodoList() {
  const { t } = useTranslation();
  const format = useFormats();
  const me = useMe();
  // Someone serving notice takes nothing over: not asked.
  const todos = useTodos(Boolean(me.data) && !me.data?.noticeUntil);
  const mark = useMarkTodo();
  const now = new Date();
  // The reader's own calendar day: a matter due today is not overdue yet.
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (!todos.data || todos.data.length === 0) return null;
  return (
    <Card withBorder padding="md" data-testid="todos">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('todos.title')}</Title>
        {todos.data.map((todo) => {
          const overdue = !todo.doneAt && todo.due !== undefined && todo.due < today;
          return (
            <Group key={`${todo.itemId}-${todo.position}`} wrap="nowrap" align="flex-start" gap="sm">
              <Checkbox mt={2} checked={Boolean(todo.doneAt)} aria-label={t('todos.done', { text: todo.text ?? todo.clientName ?? '' })}
                disabled={mark.isPending}
                onChange={(event) => mark.mutate({ todo, done: event.currentTarget.checked }, { onError: notifyProblem })} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" td={todo.doneAt ? 'line-through' : undefined} c={todo.doneAt ? 'dimmed' : undefined}>
                  {todo.text ?? t('fields.withheld')}
                </Text>
                <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
                  {todo.due && (overdue ? t('todos.overdue', { date: format.calendarDay(todo.due) })
                    : t('todos.due', { date: format.calendarDay(todo.due) }))}
                  {todo.due && ' · '}
                  <Anchor component={Link} to={`/clients/${todo.clientId}`} size="xs" underline="always">{todo.clientName ?? t('fields.withheld')}</Anchor>
                  {todo.fromName && ` · ${t('todos.from', { name: todo.fromName })}`}
                </Text>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
