/** The two searches of the search page as react-query hooks. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { todayInDenmark } from '../../../shared/dates';
import type { SearchResult as OrgSearchResult } from '../../../shared/organisation-views.contract';
import { SEARCH_LIMITS, type SearchResult } from '../../../shared/search.contract';

/** The shortest query GET /api/search accepts. */
export const MIN_QUERY_LENGTH = 2;

/**
 * Cases, agenda items, decisions and minutes the viewer may see (GET /api/search); scoped to a
 * collaboration (and those it was reorganised from or into) when one is given.
 */
export function useContentSearch(q: string, collaborationId = '') {
  return useQuery({
    queryKey: ['search', 'content', q, collaborationId],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/search', {
        query: { q, limit: SEARCH_LIMITS.hits, collaborationId },
        signal,
      }),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}

/**
 * Persons, fora (ended ones too, with their end date), parties and clusters by name, as of today
 * (GET /api/org/search), optionally scoped like {@link useContentSearch}.
 */
export function useOrganisationSearch(q: string, collaborationId = '') {
  const date = todayInDenmark();
  return useQuery({
    queryKey: ['search', 'organisation', q, date, collaborationId],
    queryFn: ({ signal }) =>
      api.get<OrgSearchResult>('/org/search', {
        query: { q: q.slice(0, 100), date, collaborationId },
        signal,
      }),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}
