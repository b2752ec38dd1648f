import { Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RecordTable } from '@/components/RecordTable';
import type { components } from '@/lib/api/schema';
import { localDay } from '@/lib/calendar';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { labelled, useServerSubmit } from '@/lib/server-form';
import { canWrite, useFieldLevels } from '@/lib/session/field-levels';
import { ORDER_STATUSES, parseAmount, useCreateOrder, useMarkPaid, useOrders, type Order } from '../api/orders';

type Client = components['schemas']['Client'];
type Props = { client: Client; readOnly: boolean };

// Outlines in dark shades: readable (WCAG AA) on the table's plain and striped rows alike, never cut short.
const STATUS_COLOR: Record<Order['status'], string> = { open: 'blue.9', invoiced: 'orange.9', paid: 'green.9', cancelled: 'gray.8' };
const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } };

/** A client's orders, newest first, with what they add up to; those who may write money enter them. */
export function OrdersSection({ client, readOnly }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const orders = useOrders(client.id);
  const markPaid = useMarkPaid(client.id);
  const [adding, addition] = useDisclosure(false);
  const level = useFieldLevels();
  const canEnter = !readOnly && canWrite(level('order.amount'));
  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const currency = orders.data?.pages[0]?.companyCurrency ?? 'EUR';
  const money = (amount: number | undefined, code: string) =>
    amount === undefined ? <Text span size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text> : format.money(amount, code);

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="order-figures">
        <Figure label={t('orders.revenue12m')} value={client.revenue12m === undefined ? undefined
          : format.money(client.revenue12m, currency)} redacted={client.redactedFields.includes('revenue12m')} />
        <Figure label={t('orders.overdue')} value={client.overdueReceivables === undefined ? undefined
          : format.money(client.overdueReceivables, currency)} redacted={client.redactedFields.includes('overdueReceivables')} />
        <Figure label={t('orders.lastOrder')} value={client.lastOrderOn ? format.calendarDay(client.lastOrderOn) : undefined} />
        <Figure label={t('orders.interval')} value={client.orderIntervalDays === undefined ? undefined
          : format.number(client.orderIntervalDays)} />
      </SimpleGrid>
      {canEnter && (
        <Group justify="flex-end"><Button size="xs" onClick={addition.open}>{t('orders.add')}</Button></Group>
      )}
      <RecordTable rows={rows} rowKey={(order) => order.id} pending={orders.isPending} error={orders.error}
        empty={t('orders.none')} testId="orders-table"
        paging={{ hasMore: Boolean(orders.hasNextPage), loading: orders.isFetchingNextPage, onMore: () => void orders.fetchNextPage() }}
        columns={[
          { key: 'date', header: t('orders.date'),
            cell: (order) => <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>{format.calendarDay(order.date)}</Text> },
          { key: 'number', header: t('orders.number'), wide: true, cell: (order) => order.number ?? '' },
          { key: 'status', header: t('orders.status'), cell: (order) => (
            <Badge variant="outline" color={STATUS_COLOR[order.status]} styles={WHOLE}>{t(`orders.statuses.${order.status}`)}</Badge>
          ) },
          { key: 'amount', header: t('orders.amount'), cell: (order) => money(order.amount, order.currency) },
          { key: 'due', header: t('orders.dueDate'), wide: true,
            cell: (order) => (order.dueDate ? format.calendarDay(order.dueDate) : '') },
          // At a desk: a phone row keeps the date, the status and the money.
          { key: 'action', header: '', wide: true, cell: (order) => canEnter && (order.status === 'open' || order.status === 'invoiced') && (
            <Button size="compact-xs" variant="subtle"
              loading={markPaid.isPending && markPaid.variables?.order.id === order.id}
              aria-label={t('orders.markPaidOf', { order: order.number ?? format.calendarDay(order.date) })}
              onClick={() => markPaid.mutate({ order, today: localDay() }, { onError: notifyProblem })}>
              {t('orders.markPaid')}
            </Button>
          ) },
        ]} />
      <Modal opened={adding} onClose={addition.close} title={t('orders.add')}>
        <OrderForm clientId={client.id} currency={currency} onDone={() => {
          addition.close();
          notifications.show({ color: 'green', message: t('orders.added') });
        }} onCancel={addition.close} />
      </Modal>
    </Stack>
  );
}

function Figure({ label, value, redacted = false }: { label: string; value?: string; redacted?: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      {redacted ? <Text size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text>
        : <Text size="sm" fw={600}>{value ?? '—'}</Text>}
    </div>
  );
}

type Values = { date: string; number: string; amount: string; currency: string; status: string; dueDate: string };

function OrderForm({ clientId, currency, onDone, onCancel }: { clientId: string; currency: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOrder(clientId);
  const form = useForm<Values>({
    initialValues: { date: localDay(), number: '', amount: '', currency, status: 'open', dueDate: '' },
    validate: { amount: (value) => (parseAmount(value) === undefined ? t('orders.amountInvalid') : null) },
  });
  const { submit, saving } = useServerSubmit(form, async (values) => {
    await create.mutateAsync({
      date: values.date,
      number: values.number || undefined,
      amount: parseAmount(values.amount)!,
      currency: values.currency.trim().toUpperCase(),
      status: values.status as Order['status'],
      dueDate: values.dueDate || undefined,
    });
    onDone();
  }, notifyProblem);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t('orders.date')} required data-autofocus {...form.getInputProps('date')} />
          <TextInput label={t('orders.number')} {...form.getInputProps('number')} />
          <TextInput label={t('orders.amount')} required inputMode="decimal" {...form.getInputProps('amount')} />
          <TextInput label={t('orders.currency')} required maxLength={3} {...form.getInputProps('currency')} />
          <Select label={t('orders.status')} allowDeselect={false} data={labelled(t, ORDER_STATUSES.filter((s) => s !== 'paid'), 'orders.statuses')}
            {...form.getInputProps('status')} />
          <TextInput type="date" label={t('orders.dueDate')} {...form.getInputProps('dueDate')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
