/**
 * The pilots API (src/shared/pilots.contract.ts) and the organisation reads the pilot pages need
 * (the collaboration's overview: fora, parties, clusters), as react-query hooks.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import { todayInDenmark } from '../../../shared/dates';
import type { Overview } from '../../../shared/organisation-views.contract';
import type {
  PilotDetail,
  PilotInputSchema,
  PilotListSchema,
  PilotDecisionRequestSchema,
  RecordSpreadSchema,
} from '../../../shared/pilots.contract';
import type { InitiativeListSchema, PlanListSchema } from '../../../shared/plans.contract';
import { uploadFile } from '../plans/upload';

export type PilotList = z.infer<typeof PilotListSchema>;
export type PilotInput = z.input<typeof PilotInputSchema>;
export type DecisionRequest = z.input<typeof PilotDecisionRequestSchema>;
export type SpreadRequest = z.input<typeof RecordSpreadSchema>;

const KEY = ['pilots'] as const;

/** A collaboration's pilots, one page. */
export function usePilots(collaborationId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...KEY, 'list', collaborationId ?? null, page],
    queryFn: ({ signal }) =>
      api.get<PilotList>('/pilots', { query: { collaborationId, page }, signal }),
    enabled: Boolean(collaborationId),
    placeholderData: keepPreviousData,
  });
}

/** One pilot. */
export function usePilot(id: string) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<PilotDetail>(`/pilots/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

/** The collaboration's overview today (fora, parties, clusters) for the pickers. */
export function useOverview(collaborationId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'overview', collaborationId ?? null],
    queryFn: ({ signal }) =>
      api.get<Overview>(`/org/collaborations/${collaborationId}/overview`, {
        query: { date: todayInDenmark() },
        signal,
      }),
    enabled: Boolean(collaborationId),
    staleTime: 5 * 60_000,
  });
}

type PlanList = z.infer<typeof PlanListSchema>;
type InitiativeList = z.infer<typeof InitiativeListSchema>;

/** The initiatives of the collaboration's plans, for the initiative link ("number title"). */
export function useInitiativeOptions(collaborationId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'initiatives', collaborationId ?? null],
    queryFn: async ({ signal }) => {
      const plans = await api.get<PlanList>('/plans', {
        query: { collaborationId, limit: 200 },
        signal,
      });
      const out: { id: string; label: string }[] = [];
      for (const plan of plans.items.slice(0, 10)) {
        const list = await api.get<InitiativeList>(`/plans/${plan.id}/initiatives`, {
          query: { limit: 200 },
          signal,
        });
        for (const i of list.items) {
          out.push({ id: i.id, label: `${plan.title}: ${i.number} ${i.title}` });
        }
      }
      return out;
    },
    enabled: Boolean(collaborationId),
    staleTime: 5 * 60_000,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

/** Records a pilot. */
export function useCreatePilot() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PilotInput) => api.post<PilotDetail>('/pilots', input),
    onSuccess: refresh,
  });
}

/** Edits a pilot. */
export function useUpdatePilot(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Omit<PilotInput, 'collaborationId'>) =>
      api.put<PilotDetail>(`/pilots/${id}`, input),
    onSuccess: refresh,
  });
}

/** Uploads the evaluation file. */
export function useUploadPilotFile(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) => uploadFile<unknown>(`/pilots/${id}/file`, file, {}),
    onSuccess: refresh,
  });
}

/** Deletes the evaluation file (after the user confirmed). */
export function useDeletePilotFile(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.delete<PilotDetail>(`/pilots/${id}/file`, { body: { confirm: true } }),
    onSuccess: refresh,
  });
}

/** Raises the pilot as a case along the route. */
export function useRaisePilotCase(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (route: string[]) => api.post<PilotDetail>(`/pilots/${id}/case`, { route }),
    onSuccess: refresh,
  });
}

/** Records the scale-up decision. */
export function useDecidePilot(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: DecisionRequest) => api.post<PilotDetail>(`/pilots/${id}/decision`, input),
    onSuccess: refresh,
  });
}

/** Records a municipality's spread. */
export function useRecordSpread(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: SpreadRequest) => api.post<PilotDetail>(`/pilots/${id}/spread`, input),
    onSuccess: refresh,
  });
}
