import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SearchResult } from '../../../shared/organisation-views.contract';
import { Select, TextField } from '../../ui/index';
import { useAffiliationText } from '../organisation/person-affiliation';
import { useDebounced } from './use-debounced';

/** Props of {@link PersonSearch}. */
export interface PersonSearchProps {
  /** The chosen person's id, or '' for none. */
  value: string;
  onChange: (personId: string) => void;
}

/**
 * Finds a person in the organisation by name (two letters or more), then a select to choose,
 * each person with their office or seat on the day so that namesakes can be told apart.
 */
export function PersonSearch({ value, onChange }: PersonSearchProps) {
  const { t } = useTranslation('meetings');
  const { t: tOrg } = useTranslation('organisation');
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const search = useQuery({
    queryKey: ['meetings-org', 'person-search', q],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/org/search', { query: { q, kind: 'person' }, signal }),
    enabled: q.length >= 2,
  });
  const affiliationText = useAffiliationText();
  const persons = (search.data?.items ?? []).filter((i) => i.kind === 'person');
  // Namesakes are told apart by office or seat (and e-mail); a name alone is never the label.
  const labelOf = (p: (typeof persons)[number]) =>
    [p.name, affiliationText(p.affiliations), p.detail].filter(Boolean).join(' – ');
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
          options={persons.map((p) => ({ value: p.id, label: labelOf(p) }))}
          hint={search.data?.morePersons ? tOrg('edit.person.more') : undefined}
        />
      ) : null}
    </>
  );
}
