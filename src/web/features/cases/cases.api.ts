/**
 * The cases API as react-query hooks: lists, one case (its "passport"), similar cases while
 * raising, the officials' committee's screening, decisions returned to a forum, and the moves
 * along the route. Every move answers with the whole case, which replaces the cached one.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CaseDetail,
  CaseList,
  CaseListQuery,
  RaiseCaseRequest,
  RecurringList,
  ReturnedList,
  SimilarCaseView,
} from '../../../shared/cases.contract';
import type { CaseStatus } from '../../../shared/cases.enums';

/** The first part of every cases query key. */
export const CASES_KEY = ['cases'] as const;
const enc = encodeURIComponent;

/** Filters of the case list (all optional). */
export type CaseFilters = Partial<Omit<CaseListQuery, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** Cases, filtered; the previous page stays while the next loads. */
export function useCases(filters: CaseFilters, enabled = true) {
  return useQuery({
    queryKey: [...CASES_KEY, 'list', filters],
    queryFn: ({ signal }) => api.get<CaseList>('/cases', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One case as the viewer may see it. */
export function useCase(id: string) {
  return useQuery({
    queryKey: [...CASES_KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<CaseDetail>(`/cases/${enc(id)}`, { signal }),
  });
}

/** Similar cases in other clusters, for the form before saving (runs for a title of 3+ letters). */
export function useSimilarCases(input: {
  collaborationId: string;
  forumId: string;
  title: string;
  summary: string;
}) {
  const ready = Boolean(input.collaborationId && input.forumId && input.title.trim().length >= 3);
  return useQuery({
    queryKey: [...CASES_KEY, 'similar', input],
    queryFn: ({ signal }) =>
      api.get<{ items: SimilarCaseView[] }>('/cases/similar', { query: { ...input }, signal }),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
}

/** The officials' committee's screening list. */
export function useRecurring(collaborationId: string, status: CaseStatus) {
  return useQuery({
    queryKey: [...CASES_KEY, 'recurring', collaborationId, status],
    queryFn: ({ signal }) =>
      api.get<RecurringList>('/cases/recurring', { query: { collaborationId, status }, signal }),
    enabled: Boolean(collaborationId),
  });
}

/** The page size of a forum's "returned" list. */
export const RETURNED_PAGE = 50;

/** What flowed back to a forum, one page (decisions still awaiting the forum first). */
export function useReturned(forumId: string, offset = 0) {
  return useQuery({
    queryKey: [...CASES_KEY, 'returned', forumId, offset],
    queryFn: ({ signal }) =>
      api.get<ReturnedList>('/cases/returned', {
        query: { forumId, limit: RETURNED_PAGE, offset },
        signal,
      }),
    enabled: Boolean(forumId),
    placeholderData: keepPreviousData,
  });
}

/** Raises a case; answers with the case and similar cases of other clusters. */
export function useRaiseCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RaiseCaseRequest) =>
      api.post<{ case: CaseDetail; similar: SimilarCaseView[] }>('/cases', body),
    onSuccess: () => client.invalidateQueries({ queryKey: CASES_KEY }),
  });
}

/** A move of a case (POST `/cases/:id/<path>`), answering with the case. */
export function useCaseMove<V>(
  caseId: string,
  path: (vars: V) => string,
  body: (vars: V) => unknown,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) =>
      api.post<CaseDetail>(`/cases/${enc(caseId)}/${path(vars)}`, body(vars)),
    onSuccess: (detail) => {
      client.setQueryData([...CASES_KEY, 'detail', caseId], detail);
      // Refreshed in the background, so a dialog closes as soon as the case is updated.
      void client.invalidateQueries({ queryKey: CASES_KEY });
      void client.invalidateQueries({ queryKey: ['agendas'] });
      void client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}
