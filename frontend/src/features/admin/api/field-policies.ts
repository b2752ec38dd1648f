import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AccessLevel } from '@/lib/session/field-levels';

const key = ['admin', 'field-policies'] as const;

export function useFieldPolicies() {
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/v1/admin/field-policies')) });
}

/** Changes one cell of the matrix; the server answers with the whole matrix as it now stands. */
export function useSetFieldLevel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ role, field, level }: { role: string; field: string; level: AccessLevel }) =>
      unwrap(await api.PUT('/api/v1/admin/field-policies/{role}/{key}', {
        params: { path: { role, key: field } },
        body: { level },
      })),
    onSuccess: (matrix) => {
      queryClient.setQueryData(key, matrix);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
