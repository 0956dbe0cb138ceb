/** The two searches of the search page as react-query hooks. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { todayInDenmark } from '../../../shared/dates';
import type { SearchResult as OrgSearchResult } from '../../../shared/organisation-views.contract';
import { SEARCH_LIMITS, type SearchResult } from '../../../shared/search.contract';

/** The shortest query GET /api/search accepts. */
export const MIN_QUERY_LENGTH = 2;

/** Cases, agenda items, decisions and minutes the viewer may see (GET /api/search). */
export function useContentSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'content', q],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/search', { query: { q, limit: SEARCH_LIMITS.hits }, signal }),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}

/** Persons, fora, parties and clusters by name, as of today (GET /api/org/search). */
export function useOrganisationSearch(q: string) {
  const date = todayInDenmark();
  return useQuery({
    queryKey: ['search', 'organisation', q, date],
    queryFn: ({ signal }) =>
      api.get<OrgSearchResult>('/org/search', { query: { q: q.slice(0, 100), date }, signal }),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}
