import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { SEARCH_LIMITS } from '../../../shared/search.contract';
import { Alert, Button, EmptyState, PageHeader, Spinner, TextField } from '../../ui/index';
import { groupResults } from './search-groups';
import { MIN_QUERY_LENGTH, useContentSearch, useOrganisationSearch } from './search.api';
import { SearchResults } from './SearchResults';
import './search.css';

/** The search form (role=search); submitting puts the query in the address (?q=). */
function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    void navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  };
  return (
    <form role="search" aria-label={t('label')} className="search-form" onSubmit={onSubmit}>
      <TextField
        type="search"
        label={t('field')}
        hint={t('hint')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        maxLength={SEARCH_LIMITS.query}
      />
      <Button type="submit" variant="primary">
        {t('submit')}
      </Button>
    </form>
  );
}

/** Both searches for a query of the right length, as groups with their states. */
function Results({ q }: { q: string }) {
  const { t } = useTranslation('search');
  const errorText = useErrorText();
  const content = useContentSearch(q);
  const org = useOrganisationSearch(q);
  if (content.isPending || org.isPending) return <Spinner label={t('loading')} showLabel />;
  const error = content.error ?? org.error;
  if (error) return <Alert tone="error">{errorText(error)}</Alert>;
  const groups = groupResults(q, content.data?.hits ?? [], org.data?.items ?? []);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const fetching = content.isFetching || org.isFetching;
  return (
    <div className="stack">
      <div className="search-summary" aria-live="polite">
        {count === 0 ? (
          <EmptyState title={t('noHits', { query: q })}>
            <p>{t('noHitsHelp')}</p>
          </EmptyState>
        ) : (
          <p>{t('summary', { count, query: q })}</p>
        )}
        {fetching ? <Spinner size="sm" label={t('loading')} /> : null}
      </div>
      {count > 0 ? <SearchResults groups={groups} /> : null}
    </div>
  );
}

/**
 * "Søg": one search over cases, agenda items, decisions and minutes (only what the viewer may
 * see) and the organisation (persons, fora, parties, clusters), grouped by kind, with the
 * matched words marked.
 */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <SearchForm key={q} initial={q} />
      {q === '' ? <p className="muted">{t('start')}</p> : null}
      {q !== '' && q.length < MIN_QUERY_LENGTH ? <Alert tone="info">{t('tooShort')}</Alert> : null}
      {q.length >= MIN_QUERY_LENGTH ? <Results q={q} /> : null}
    </>
  );
}
