/**
 * The organisation's read calls as react-query hooks. Every read answers "as of" one day; the
 * day is part of each query key, so changing the date fetches anew and going back is instant.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { IsoDate } from '../../../shared/dates';
import type {
  Burden,
  CollaborationListSchema,
  ForumPage,
  Health,
  OrgChart,
  Overview,
  PartyPage,
  PersonPage,
  SearchResult,
} from '../../../shared/organisation-views.contract';

/** The list of collaborations on a day. */
export type CollaborationList = z.infer<typeof CollaborationListSchema>;

/** The first part of every organisation query key; invalidate it after any change. */
export const ORG_KEY = ['org'] as const;

const enc = encodeURIComponent;

function useOrgRead<T>(parts: readonly string[], path: string, date: IsoDate, enabled = true) {
  return useQuery({
    queryKey: [...ORG_KEY, ...parts, date],
    queryFn: ({ signal }) => api.get<T>(path, { query: { date }, signal }),
    enabled,
  });
}

/** The collaborations valid on `date`. */
export function useCollaborations(date: IsoDate) {
  return useOrgRead<CollaborationList>(['collaborations'], '/org/collaborations', date);
}

/** A collaboration's overview: clusters, fora by level, parties, counts, breach count. */
export function useOverview(id: string, date: IsoDate) {
  return useOrgRead<Overview>(['overview', id], `/org/collaborations/${enc(id)}/overview`, date);
}

/** Every breach of every forum of a collaboration. */
export function useHealth(id: string, date: IsoDate) {
  return useOrgRead<Health>(['health', id], `/org/collaborations/${enc(id)}/health`, date);
}

/** Seats per municipality and per person. */
export function useBurden(id: string, date: IsoDate) {
  return useOrgRead<Burden>(['burden', id], `/org/collaborations/${enc(id)}/burden`, date);
}

/** The org chart's nodes and edges. */
export function useOrgChart(id: string, date: IsoDate) {
  return useOrgRead<OrgChart>(['chart', id], `/org/collaborations/${enc(id)}/chart`, date);
}

/** A forum page. */
export function useForum(id: string, date: IsoDate) {
  return useOrgRead<ForumPage>(['forum', id], `/org/fora/${enc(id)}`, date);
}

/** A person page. */
export function usePerson(id: string, date: IsoDate) {
  return useOrgRead<PersonPage>(['person', id], `/org/persons/${enc(id)}`, date);
}

/** A party page. */
export function useParty(id: string, date: IsoDate) {
  return useOrgRead<PartyPage>(['party', id], `/org/parties/${enc(id)}`, date);
}

/** Name search (persons, fora, parties, clusters); runs only for a non-empty query. */
/**
 * Persons only, by name, with their offices and seats on `date` (a page of them; `morePersons`
 * says when more match): for the person pickers.
 */
export function usePersonSearch(q: string, date: IsoDate) {
  const query = q.trim();
  return useQuery({
    queryKey: [...ORG_KEY, 'person-search', query, date],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/org/search', { query: { q: query, date, kind: 'person' }, signal }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useOrgSearch(q: string, date: IsoDate, collaborationId?: string) {
  const query = q.trim();
  return useQuery({
    queryKey: [...ORG_KEY, 'search', query, collaborationId ?? '', date],
    queryFn: ({ signal }) =>
      api.get<SearchResult>('/org/search', { query: { q: query, date, collaborationId }, signal }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}
