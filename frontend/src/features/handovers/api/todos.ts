import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Todo = components['schemas']['Todo'];

const todoKeys = { all: ['todos'] as const };

/** The urgent matters handovers left to the reader, the most urgent first. */
export function useTodos() {
  return useQuery({
    queryKey: todoKeys.all,
    queryFn: async () => unwrap(await api.GET('/api/v1/todos')).items,
  });
}

/** One to-do marked done, or open again. */
export function useMarkTodo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ todo, done }: { todo: Todo; done: boolean }) =>
      unwrap(await api.POST('/api/v1/todos/{itemId}/{position}', {
        params: { path: { itemId: todo.itemId, position: todo.position } }, body: { done },
      })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: todoKeys.all }),
  });
}
