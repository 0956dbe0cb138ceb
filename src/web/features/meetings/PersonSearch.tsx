import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SearchResult } from '../../../shared/organisation-views.contract';
import { Select, TextField } from '../../ui/index';
import { useDebounced } from './use-debounced';

/** Props of {@link PersonSearch}. */
export interface PersonSearchProps {
  /** The chosen person's id, or '' for none. */
  value: string;
  onChange: (personId: string) => void;
}

/** Finds a person in the organisation by name (two letters or more), then a select to choose. */
export function PersonSearch({ value, onChange }: PersonSearchProps) {
  const { t } = useTranslation('meetings');
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const search = useQuery({
    queryKey: ['meetings-org', 'person-search', q],
    queryFn: ({ signal }) => api.get<SearchResult>('/org/search', { query: { q }, signal }),
    enabled: q.length >= 2,
  });
  const persons = (search.data?.items ?? []).filter((i) => i.kind === 'person');
  return (
    <>
      <TextField
        label={t('participants.search')}
        hint={t('participants.searchHint')}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          onChange('');
        }}
      />
      {q.length >= 2 ? (
        <Select
          label={t('participants.person')}
          emptyOption={
            search.isPending
              ? t('participants.searching')
              : t('participants.personCount', { count: persons.length })
          }
          value={value}
          onChange={(e) => onChange(e.target.value)}
          options={persons.map((p) => ({
            value: p.id,
            label: p.detail ? `${p.name} (${p.detail})` : p.name,
          }))}
        />
      ) : null}
    </>
  );
}
