import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RecordTable } from '@/components/RecordTable';
import { useFormats } from '@/lib/format';
import { usePageTitle } from '@/lib/page-title';
import { useSegmentNames } from '@/lib/session/segments';
import { useImpactRanking, type Impact } from '../api/impact';

/** A figure the field rules withhold reads as such, not as a zero. */
function Figure({ value }: { value: number | undefined | null }) {
  const { t } = useTranslation();
  return value === undefined || value === null
    ? <Text span size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text>
    : <>{value}</>;
}

/** One person's clients at risk as a bar (of all they hold); its label says both figures in words. */
function RiskBar({ person }: { person: Impact }) {
  const { t } = useTranslation();
  const share = person.clients === 0 ? 0 : (100 * person.atRisk) / person.clients;
  return (
    <Progress value={share} color="red.9" size="lg" w={160}
      aria-label={t('impact.barLabel', { risk: person.atRisk, total: person.clients })} />
  );
}

/**
 * "If this manager left today": everyone the reader supervises, ranked by the clients their departure would
 * put at risk (alone there, reachable only through personal channels, no decision maker on file). Choosing a
 * person shows their clients by segment. The page a head of sales looks at before anyone resigns.
 */
export function ImpactPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const segmentNames = useSegmentNames();
  usePageTitle(t('impact.title'));
  const ranking = useImpactRanking();
  const [params, setParams] = useSearchParams();
  const chosen = ranking.data?.find((person) => person.userId === params.get('person'));
  const choose = (person: Impact) => setParams((current) => {
    const next = new URLSearchParams(current);
    next.set('person', person.userId);
    return next;
  });
  const segments = Object.entries(chosen?.bySegment ?? {}).sort(([, a], [, b]) => b - a);
  const largest = Math.max(1, ...segments.map(([, count]) => count));
  return (
    <Stack>
      <Title order={1} size="h2">{t('impact.title')}</Title>
      <Text size="sm" c="dimmed">{t('impact.intro')}</Text>
      <RecordTable rows={ranking.data ?? []} rowKey={(person) => person.userId} pending={ranking.isPending}
        error={ranking.error} empty={t('impact.empty')} testId="impact-ranking" onOpen={choose}
        columns={[
          { key: 'person', header: t('impact.person'), cell: (person) => person.userName ?? person.userId },
          { key: 'bar', header: t('impact.atRisk'), cell: (person) => (
            <Group gap="xs" wrap="nowrap"><RiskBar person={person} /><Text size="sm">{person.atRisk}</Text></Group>
          ) },
          { key: 'clients', header: t('impact.clients'), cell: (person) => person.clients },
          { key: 'onlyParty', header: t('impact.onlyParty'), wide: true,
            cell: (person) => <Figure value={person.onlyParty} /> },
          { key: 'personal', header: t('impact.personalOnly'), wide: true,
            cell: (person) => <Figure value={person.personalOnlyContacts} /> },
          { key: 'noDecisionMaker', header: t('impact.noDecisionMaker'), wide: true,
            cell: (person) => <Figure value={person.noDecisionMaker} /> },
        ]} />
      {/* A shared link to someone not (or no longer) in the ranking says so, rather than showing nothing. */}
      {!chosen && params.get('person') && ranking.data && (
        <Text size="sm" c="dimmed" role="status" data-testid="impact-person-missing">{t('impact.notRanked')}</Text>
      )}
      {chosen && (
        <Stack gap="xs" data-testid="impact-person">
          <Title order={2} size="h4">{t('impact.of', { name: chosen.userName ?? chosen.userId })}</Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Text size="sm">{t('impact.clients')}: <b>{chosen.clients}</b></Text>
            <Text size="sm">{t('impact.onlyParty')}: <b><Figure value={chosen.onlyParty} /></b></Text>
            <Text size="sm">{t('impact.personalOnly')}: <b><Figure value={chosen.personalOnlyContacts} /></b></Text>
            <Text size="sm">{t('impact.noDecisionMaker')}: <b><Figure value={chosen.noDecisionMaker} /></b></Text>
          </SimpleGrid>
          <Text size="xs" c="dimmed" data-testid="impact-counted">
            {chosen.countedAt ? t('impact.countedAt', { time: format.moment(chosen.countedAt) }) : t('impact.countedNow')}
          </Text>
          {chosen.bySegment ? segments.map(([segment, count]) => (
            <Group key={segment} gap="xs" wrap="nowrap">
              <Text size="sm" w={90}>{segmentNames.nameOf(segment)}</Text>
              <Progress value={(100 * count) / largest} w={240} size="lg" color="blue.8"
                aria-label={t('impact.segmentLabel', { segment: segmentNames.nameOf(segment), count })} />
              <Text size="sm">{count}</Text>
            </Group>
          )) : <Text size="sm" c="dimmed" fs="italic">{t('fields.withheld')}</Text>}
        </Stack>
      )}
    </Stack>
  );
}
