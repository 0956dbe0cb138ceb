/**
 * The funding API as react-query hooks (src/shared/funding.contract.ts): pools, applications,
 * status steps, obligations, the overview and the overdue obligations. Every change refreshes
 * every funding read.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ApplicationDetail,
  ApplicationInput,
  ApplicationList,
  ApplicationUpdate,
  OverdueList,
  Overview,
  Pool,
  PoolInput,
  PoolList,
  StatusStepInput,
} from '../../../shared/funding.contract';
import type { ApplicationStatus } from '../../../shared/funding.enums';

export const FUNDING_KEY = ['funding'] as const;
const enc = encodeURIComponent;

/** Filters of the application list. */
export interface ApplicationFilters {
  status?: ApplicationStatus | '';
  poolId?: string;
  year?: string;
  offset: number;
}

export const PAGE_SIZE = 25;

export function usePools(collaborationId: string) {
  return useQuery({
    queryKey: [...FUNDING_KEY, 'pools', collaborationId],
    queryFn: ({ signal }) =>
      api.get<PoolList>('/funding/pools', { query: { collaborationId, limit: 200 }, signal }),
    enabled: Boolean(collaborationId),
  });
}

export function useApplications(collaborationId: string, filters: ApplicationFilters) {
  return useQuery({
    queryKey: [...FUNDING_KEY, 'applications', collaborationId, filters],
    queryFn: ({ signal }) =>
      api.get<ApplicationList>('/funding/applications', {
        query: { collaborationId, ...filters, limit: PAGE_SIZE },
        signal,
      }),
    enabled: Boolean(collaborationId),
    placeholderData: keepPreviousData,
  });
}

export function useOverview(collaborationId: string) {
  return useQuery({
    queryKey: [...FUNDING_KEY, 'overview', collaborationId],
    queryFn: ({ signal }) =>
      api.get<Overview>('/funding/overview', { query: { collaborationId }, signal }),
    enabled: Boolean(collaborationId),
  });
}

export function useOverdue(collaborationId: string) {
  return useQuery({
    queryKey: [...FUNDING_KEY, 'overdue', collaborationId],
    queryFn: ({ signal }) =>
      api.get<OverdueList>('/funding/obligations/overdue', {
        query: { collaborationId, limit: 50 },
        signal,
      }),
    enabled: Boolean(collaborationId),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: [...FUNDING_KEY, 'application', id],
    queryFn: ({ signal }) =>
      api.get<ApplicationDetail>(`/funding/applications/${enc(id)}`, { signal }),
    enabled: Boolean(id),
  });
}

function useFundingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: FUNDING_KEY }),
  });
}

export const useCreatePool = () =>
  useFundingMutation((input: PoolInput) => api.post<Pool>('/funding/pools', input));

export const useCreateApplication = () =>
  useFundingMutation((input: ApplicationInput) =>
    api.post<ApplicationDetail>('/funding/applications', input),
  );

export const useUpdateApplication = (id: string) =>
  useFundingMutation((input: ApplicationUpdate) =>
    api.put<ApplicationDetail>(`/funding/applications/${enc(id)}`, input),
  );

export const useStatusStep = (id: string) =>
  useFundingMutation((input: StatusStepInput) =>
    api.post<ApplicationDetail>(`/funding/applications/${enc(id)}/status`, input),
  );

export const useAddObligation = (id: string) =>
  useFundingMutation((input: { title: string; dueDate: string }) =>
    api.post<ApplicationDetail>(`/funding/applications/${enc(id)}/obligations`, input),
  );

export const useMarkObligation = (id: string) =>
  useFundingMutation((input: { obligationId: string; done: boolean }) =>
    api.patch<ApplicationDetail>(
      `/funding/applications/${enc(id)}/obligations/${enc(input.obligationId)}`,
      { done: input.done },
    ),
  );

export const useDeleteObligation = (id: string) =>
  useFundingMutation((obligationId: string) =>
    api.delete<void>(`/funding/applications/${enc(id)}/obligations/${enc(obligationId)}`),
  );

/** Page paths of the feature. */
export const fundingPages = {
  list: (collaborationId?: string) =>
    collaborationId ? `/funding?c=${enc(collaborationId)}` : '/funding',
  application: (id: string) => `/funding/applications/${enc(id)}`,
};
