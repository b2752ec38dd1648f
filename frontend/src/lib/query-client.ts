import { QueryClient } from '@tanstack/react-query';
import { isProblem } from '@/lib/problem';

/** Problems the caller caused (4xx) are not retried; they would only fail again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(isProblem(error) && error.status < 500) && count < 2,
      },
    },
  });
}
