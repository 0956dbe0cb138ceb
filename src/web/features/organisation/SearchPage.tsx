import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/organisation-views.contract';
import { PageHeader, Spinner } from '../../ui/index';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { useCollaborations, useOrgSearch } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { useAffiliationText } from './person-affiliation';
import { QueryState } from './QueryState';
import { SearchForm } from './SearchForm';
import './organisation.css';

type Item = SearchResult['items'][number];

function pathOf(item: Item): string | null {
  if (item.kind === 'person') return orgPaths.person(item.id);
  if (item.kind === 'forum') return orgPaths.forum(item.id);
  if (item.kind === 'party') return orgPaths.party(item.id);
  return item.collaborationId ? orgPaths.collaboration(item.collaborationId) : null;
}

/** Search by name across persons, fora, parties and clusters. */
export function SearchPage() {
  const { t } = useTranslation('organisation');
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const asOf = useAsOf();
  const format = useOrgFormat();
  const affiliationText = useAffiliationText();
  const search = useOrgSearch(q, asOf.date);
  const collaborations = useCollaborations(asOf.date).data?.items ?? [];
  const where = (id: string | null) => collaborations.find((c) => c.entityId === id)?.name;
  return (
    <>
      <PageHeader title={t('search.title')} description={<p>{t('search.intro')}</p>} />
      <AsOfControl />
      <SearchForm key={q} initial={q} compact />
      {q ? (
        <section className="org-section">
          <QueryState query={search}>
            {(data) => (
              <>
                <h2 aria-live="polite">
                  {data.items.length === 0
                    ? t('search.none', { q })
                    : t('search.results', { count: data.items.length, q })}
                  {search.isFetching ? <Spinner size="sm" /> : null}
                </h2>
                <ul className="org-results">
                  {data.items.map((item) => {
                    const path = pathOf(item);
                    return (
                      <li key={`${item.kind}-${item.id}`}>
                        <span className="org-badge">{t(`search.kind.${item.kind}`)}</span>{' '}
                        {path ? <OrgLink to={path}>{item.name}</OrgLink> : item.name}
                        {[
                          affiliationText(item.affiliations),
                          item.detail,
                          where(item.collaborationId),
                          item.endedOn
                            ? t('search.endedOn', { date: format.day(item.endedOn) })
                            : null,
                        ]
                          .filter(Boolean)
                          .map((text) => (
                            <span key={text} className="muted">
                              {' '}
                              · {text}
                            </span>
                          ))}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </QueryState>
        </section>
      ) : null}
    </>
  );
}
