import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTable } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import { notifyProblem } from '@/lib/notify';
import { usePageTitle } from '@/lib/page-title';
import { useUrlState } from '@/lib/url-state';
import {
  downloadAttribution, useAttribution, type AttributionAmounts, type AttributionPeriod,
} from '../api/get-attribution';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROLES = ['found', 'qualified', 'closed', 'manages'] as const;

/** A day from the link only if it is shaped like one (the server refuses an impossible date with a problem). */
function parsePeriod(params: URLSearchParams): AttributionPeriod {
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : undefined;
  };
  return { from: day('from'), to: day('to') };
}

function formatPeriod(period: AttributionPeriod): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  return params;
}

type Line = { key: string; name: string; amounts: AttributionAmounts; orders?: number };

/**
 * Who earned what in a period, by what they did for each client (found, qualified, closed, manages), split as the
 * company set it; only orders of clients registered in Relay before the order's day count. The director (all
 * clients) and heads of sales (their teams') also see what counted, what was left out and what no one was credited
 * with; anyone else sees their own line.
 */
export function AttributionPage() {
  const { t } = useTranslation();
  usePageTitle(t('attribution.title'));
  const [period, setPeriod] = useUrlState(parsePeriod, formatPeriod);
  const report = useAttribution(period);
  const format = useFormats();
  const [downloading, setDownloading] = useState(false);
  const data = report.data;
  const money = (amount: number) => format.money(amount, data?.currency ?? 'EUR');
  const lines: Line[] = (data?.people ?? []).map((person) => ({
    key: person.userId, name: person.name, amounts: person.amounts, orders: person.orders,
  }));
  if (data?.supervised && (lines.length > 0 || data.supervised.unattributed.total > 0)) {
    lines.push({ key: 'nobody', name: t('attribution.nobody'), amounts: data.supervised.unattributed });
  }
  const download = async () => {
    if (!data) return;
    setDownloading(true);
    try {
      await downloadAttribution(period, data.from, data.to);
    } catch (error) {
      notifyProblem(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack>
      <Title order={1} size="h2">{t('attribution.title')}</Title>
      <Text size="sm" c="dimmed">{t('attribution.rule')}</Text>
      <Group align="end">
        <TextInput type="date" label={t('attribution.from')} value={period.from ?? data?.from ?? ''}
          max={period.to ?? data?.to} onChange={(event) => {
            const from = event.currentTarget.value || undefined;
            setPeriod((current) => ({ ...current, from }));
          }} />
        <TextInput type="date" label={t('attribution.to')} value={period.to ?? data?.to ?? ''}
          min={period.from ?? data?.from} onChange={(event) => {
            const to = event.currentTarget.value || undefined;
            setPeriod((current) => ({ ...current, to }));
          }} />
        <Button variant="default" onClick={() => void download()} loading={downloading}
          disabled={!data || report.isPlaceholderData}>
          {t('attribution.download')}
        </Button>
      </Group>
      {data && (
        <Text size="sm" data-testid="attribution-split">
          {t('attribution.split', { found: data.split.found, qualified: data.split.qualified,
            closed: data.split.closed, manages: data.split.manages })}
        </Text>
      )}
      {data?.supervised && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="attribution-supervised">
          <Figure label={t('attribution.counted', { count: data.supervised.countedOrders })}
            value={money(data.supervised.counted)} />
          <Figure label={t('attribution.notRegistered', { count: data.supervised.notRegisteredOrders })}
            value={money(data.supervised.notRegistered)} />
          <Figure label={t('attribution.unattributed')} value={money(data.supervised.unattributed.total)} />
        </SimpleGrid>
      )}
      <RecordTable rows={lines} rowKey={(line) => line.key} pending={report.isPending} error={report.error}
        empty={t('attribution.empty')} testId="attribution-table"
        columns={[
          { key: 'person', header: t('attribution.person'), cell: (line) => line.name },
          ...ROLES.map((role) => ({
            key: role, header: t(`attribution.roles.${role}`), wide: true,
            cell: (line: Line) => money(line.amounts[role]),
          })),
          { key: 'total', header: t('attribution.total'), cell: (line) => <Text span fw={600} size="sm">{money(line.amounts.total)}</Text> },
          { key: 'orders', header: t('attribution.orders'), wide: true, cell: (line) => line.orders ?? '' },
        ]} />
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={700}>{value}</Text>
    </Paper>
  );
}
