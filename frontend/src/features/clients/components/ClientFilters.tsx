import { Group, Select, Switch, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { labelled } from '@/lib/server-form';
import { SORTS } from '../api/list-url';
import { useSegmentNames } from '@/lib/session/segments';
import { COUNTRIES, LIFECYCLES, type ClientListQuery } from '../api/types';

type Props = {
  search: string;
  onSearch: (value: string) => void;
  query: ClientListQuery;
  onChange: (query: ClientListQuery) => void;
  canSeeDeleted: boolean;
  /** People and teams to filter by; shown to those who see more than their own clients. */
  owners: { value: string; label: string }[];
  teams: string[];
  /** Off where the clients are already grouped by lifecycle (the board). */
  byLifecycle?: boolean;
};

/** Search box (focus with "/") and filters of the client list. */
export function ClientFilters({ search, onSearch, query, onChange, canSeeDeleted, owners, teams, byLifecycle = true }: Props) {
  const { t } = useTranslation();
  const searchBox = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchBox.current?.focus()]], ['INPUT', 'TEXTAREA']);
  const options = (values: readonly string[], prefix: string) => labelled(t, values, prefix);
  const segments = useSegmentNames();

  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput
        ref={searchBox}
        label={t('clients.search')}
        placeholder={t('clients.searchHint')}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        style={{ flex: 1, minWidth: 240 }}
      />
      {byLifecycle && (
        <Select label={t('clients.fields.lifecycle')} clearable w={150} data={options(LIFECYCLES, 'lifecycle')}
          value={query.lifecycle ?? null}
          onChange={(value) => onChange({ ...query, lifecycle: (value ?? undefined) as ClientListQuery['lifecycle'] })} />
      )}
      <Select label={t('clients.fields.segment')} clearable w={140} data={segments.options}
        value={query.segment ?? null}
        onChange={(value) => onChange({ ...query, segment: value ?? undefined })} />
      <Select label={t('clients.fields.country')} clearable w={140} data={options(COUNTRIES, 'country')}
        value={query.country ?? null}
        onChange={(value) => onChange({ ...query, country: value ?? undefined })} />
      {owners.length > 0 && (
        <Select label={t('clients.fields.owner')} clearable searchable w={170} data={owners}
          value={query.ownerId ?? null} onChange={(value) => onChange({ ...query, ownerId: value ?? undefined })} />
      )}
      {teams.length > 1 && (
        <Select label={t('clients.fields.team')} clearable w={120} data={teams}
          value={query.team ?? null} onChange={(value) => onChange({ ...query, team: value ?? undefined })} />
      )}
      <Select label={t('clients.sort')} w={170} allowDeselect={false} data={options(SORTS, 'sort')}
        value={query.sort ?? 'name'}
        onChange={(value) => onChange({ ...query, sort: (value ?? 'name') as ClientListQuery['sort'] })} />
      {canSeeDeleted && (
        <Switch label={t('clients.showDeleted')} checked={query.deleted ?? false}
          onChange={(event) => onChange({ ...query, deleted: event.currentTarget.checked || undefined })} />
      )}
    </Group>
  );
}
