/** The decision actions API (src/shared/actions.contract.ts) as react-query hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ActionPage,
  ActionProposal,
  ActionStatus,
  CreateActionRequest,
  DecisionAction,
  FollowUpFora,
  UpdateActionRequest,
} from '../../../shared/actions.contract';

export const ACTIONS_KEY = ['actions'] as const;

/** The follow-up page's filters. */
export interface ActionFilters {
  followUpForumId?: string;
  status?: ActionStatus;
  overdueOn?: string;
  page: number;
}

/** One page of actions. */
export function useActions(filters: ActionFilters, enabled = true) {
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'list', filters],
    enabled,
    queryFn: ({ signal }) =>
      api.get<ActionPage>('/actions', {
        signal,
        query: {
          followUpForumId: filters.followUpForumId,
          status: filters.status,
          overdueOn: filters.overdueOn,
          page: filters.page,
        },
      }),
  });
}

/** The fora that follow up any action. */
export function useFollowUpFora() {
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'fora'],
    queryFn: ({ signal }) => api.get<FollowUpFora>('/actions/fora', { signal }),
  });
}

/** What the "Tilføj handling" form needs for one decision. */
export function useActionProposal(meetingId: string, itemId: string) {
  return useQuery({
    queryKey: [...ACTIONS_KEY, 'proposal', meetingId, itemId],
    queryFn: ({ signal }) =>
      api.get<ActionProposal>('/actions/proposal', { signal, query: { meetingId, itemId } }),
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ACTIONS_KEY });
    void client.invalidateQueries({ queryKey: ['agendas'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

export function useCreateAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateActionRequest) => api.post<DecisionAction>('/actions', body),
    onSuccess: refresh,
  });
}

export function useUpdateAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateActionRequest & { id: string }) =>
      api.patch<DecisionAction>(`/actions/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}

export function useAddFollowUpItem() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (meetingId: string) =>
      api.post<{ itemId: string; created: boolean }>('/actions/agenda-item', { meetingId }),
    onSuccess: refresh,
  });
}
