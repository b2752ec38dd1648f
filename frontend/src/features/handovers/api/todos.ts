import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Todo = components['schemas']['Todo'];

const todoKeys = { all: ['todos'] as const };

/** The urgent matters handovers left to the reader, the most urgent first. */
export function useTodos(enabled = true) {
  return useQuery({
    queryKey: todoKeys.all,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/todos')).items,
  });
}

/** One to-do marked done, or open again: shown so at once, then read again from the server. */
export function useMarkTodo() {
  const queryClient = useQueryClient();
  return useMutation({
    onMutate: async ({ todo, done }: { todo: Todo; done: boolean }) => {
      await queryClient.cancelQueries({ queryKey: todoKeys.all });
      queryClient.setQueryData<Todo[]>(todoKeys.all, (current) => current?.map((one) =>
        one.itemId === todo.itemId && one.position === todo.position
          ? { ...one, doneAt: done ? new Date().toISOString() : undefined } : one));
    },
    mutationFn: async ({ todo, done }: { todo: Todo; done: boolean }) =>
      unwrap(await api.POST('/api/v1/todos/{itemId}/{position}', {
        params: { path: { itemId: todo.itemId, position: todo.position } }, body: { done },
      })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: todoKeys.all }),
  });
}
