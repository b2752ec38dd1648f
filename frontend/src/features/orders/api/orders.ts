import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ifMatch, MERGE_PATCH, unwrap } from '@/lib/api-client';
import { orderStatusValues, type components } from '@/lib/api/schema';

export type Order = components['schemas']['Order'];
export type OrderInput = components['schemas']['OrderInput'];
export type OrderStatus = Order['status'];
export const ORDER_STATUSES: readonly OrderStatus[] = orderStatusValues;

/** An amount as people type it ("1 234,50", "1234.5"), or undefined when it is no amount with at most 2 decimals. */
export function parseAmount(text: string): number | undefined {
  const plain = text.replace(/[\s\u00a0]/g, '');
  return /^\d+([.,]\d{1,2})?$/.test(plain) ? Number(plain.replace(',', '.')) : undefined;
}

const PAGE_SIZE = 50;
const ordersKey = (clientId: string) => ['orders', clientId] as const;

/** A client's orders, newest first, page after page on request. */
export function useOrders(clientId: string) {
  return useInfiniteQuery({
    queryKey: ordersKey(clientId),
    queryFn: async ({ pageParam, signal }) => unwrap(await api.GET('/api/v1/clients/{clientId}/orders', {
      params: { path: { clientId }, query: { cursor: pageParam, limit: PAGE_SIZE } }, signal,
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** An order changes the client's figures (revenue, overdue) too: both are read again. */
function refresh(queryClient: QueryClient, clientId: string) {
  void queryClient.invalidateQueries({ queryKey: ordersKey(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['clients'] });
}

export function useCreateOrder(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: OrderInput) => unwrap(await api.POST('/api/v1/clients/{clientId}/orders', {
      params: { path: { clientId } }, body: input,
    })),
    onSuccess: () => refresh(queryClient, clientId),
  });
}

/** Marks an order paid today, as the user saw it (its version): a colleague's change since is a 412. */
export function useMarkPaid(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ order, today }: { order: Order; today: string }) => unwrap(await api.PATCH('/api/v1/orders/{id}', {
      params: { path: { id: order.id }, header: { 'If-Match': ifMatch(order.version) } },
      body: { status: 'paid', paidDate: today } as unknown as OrderInput,
      headers: MERGE_PATCH,
    })),
    onSettled: () => refresh(queryClient, clientId),
  });
}
