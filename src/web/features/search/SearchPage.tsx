import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { SEARCH_LIMITS } from '../../../shared/search.contract';
import { Alert, Button, EmptyState, PageHeader, Select, Spinner, TextField } from '../../ui/index';
import { useCollaborationList } from '../meetings/org-lookup.api';
import { groupResults } from './search-groups';
import { MIN_QUERY_LENGTH, useContentSearch, useOrganisationSearch } from './search.api';
import { SearchResults } from './SearchResults';
import './search.css';

/** The address parameter of the collaboration a search is scoped to. */
const SCOPE_PARAM = 'samarbejde';

/** The search page's address for a query, optionally scoped to a collaboration. */
function searchPath(q: string, collaborationId: string): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (collaborationId) params.set(SCOPE_PARAM, collaborationId);
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/** The search form (role=search); submitting puts the query in the address (?q=). */
function SearchForm({ initial, scope }: { initial: string; scope: string }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const [collaborationId, setCollaborationId] = useState(scope);
  const collaborations = useCollaborationList();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(searchPath(q, collaborationId));
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
      <Select
        label={t('collaboration')}
        hint={t('collaborationHint')}
        emptyOption={t('allCollaborations')}
        value={collaborationId}
        onChange={(e) => setCollaborationId(e.target.value)}
        options={(collaborations.data?.items ?? []).map((c) => ({
          value: c.entityId,
          label: c.name,
        }))}
      />
      <Button type="submit" variant="primary">
        {t('submit')}
      </Button>
    </form>
  );
}

/** Both searches for a query of the right length, as groups with their states. */
function Results({ q, scope }: { q: string; scope: string }) {
  const { t } = useTranslation('search');
  const errorText = useErrorText();
  const content = useContentSearch(q, scope);
  const org = useOrganisationSearch(q, scope);
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
  const scope = params.get(SCOPE_PARAM) ?? '';
  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <SearchForm key={`${q}|${scope}`} initial={q} scope={scope} />
      {q === '' ? <p className="muted">{t('start')}</p> : null}
      {q !== '' && q.length < MIN_QUERY_LENGTH ? <Alert tone="info">{t('tooShort')}</Alert> : null}
      {q.length >= MIN_QUERY_LENGTH ? <Results q={q} scope={scope} /> : null}
    </>
  );
}
