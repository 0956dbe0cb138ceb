/** The financing simulator's API as react-query hooks (src/shared/financing.contract.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client';
import type {
  Comparison,
  FinancingSetup,
  Scenario,
  ScenarioInput,
} from '../../../shared/financing.contract';
import type { MeetingList } from '../../../shared/meetings.contract';

const KEY = ['financing'] as const;
const enc = encodeURIComponent;

export interface ScenarioSummary {
  id: string;
  name: string;
  asOf: string;
  total: number;
  ok: boolean;
  chosenModel: 1 | 2 | 3 | 4 | null;
  updatedAt: string;
}

export function useSetup(collaborationId: string, asOf: string, populationYear: number | null) {
  return useQuery({
    queryKey: [...KEY, 'setup', collaborationId, asOf, populationYear],
    queryFn: ({ signal }) =>
      api.get<FinancingSetup>(`/financing/collaborations/${enc(collaborationId)}/setup`, {
        query: { asOf, ...(populationYear ? { populationYear: String(populationYear) } : {}) },
        signal,
      }),
    enabled: collaborationId !== '' && /^\d{4}-\d{2}-\d{2}$/.test(asOf),
  });
}

export function useScenarios(collaborationId: string) {
  return useQuery({
    queryKey: [...KEY, 'scenarios', collaborationId],
    queryFn: ({ signal }) =>
      api.get<{ items: ScenarioSummary[]; total: number }>('/financing/scenarios', {
        query: { collaborationId, limit: '100' },
        signal,
      }),
    enabled: collaborationId !== '',
  });
}

export function useScenario(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'scenario', id],
    queryFn: ({ signal }) => api.get<Scenario>(`/financing/scenarios/${enc(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export function useComparison(ids: readonly string[]) {
  return useQuery({
    queryKey: [...KEY, 'compare', ...ids],
    queryFn: ({ signal }) =>
      api.get<Comparison>('/financing/compare', { query: { ids: ids.join(',') }, signal }),
    enabled: ids.length >= 2,
  });
}

/** The collaboration's meetings (for the agenda choice). */
export function useMeetings(collaborationId: string) {
  return useQuery({
    queryKey: [...KEY, 'meetings', collaborationId],
    queryFn: ({ signal }) =>
      api.get<MeetingList>('/meetings', {
        query: { collaborationId, includeCancelled: 'false' },
        signal,
      }),
    enabled: collaborationId !== '',
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

export function useSaveScenario() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ScenarioInput }) => {
      if (id === null) return api.post<Scenario>('/financing/scenarios', input);
      const { collaborationId: _ignored, ...rest } = input;
      return api.put<Scenario>(`/financing/scenarios/${enc(id)}`, rest);
    },
    onSuccess: invalidate,
  });
}

export function useDeleteScenario() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/financing/scenarios/${enc(id)}`),
    onSuccess: invalidate,
  });
}

export function usePutOnAgenda() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; meetingId: string; alsoScenarioIds: string[] }) =>
      api.post<Scenario>(`/financing/scenarios/${enc(v.id)}/agenda`, {
        meetingId: v.meetingId,
        alsoScenarioIds: v.alsoScenarioIds,
      }),
    onSuccess: invalidate,
  });
}

export function useRecordDecision() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; model: 1 | 2 | 3 | 4 }) =>
      api.post<Scenario>(`/financing/scenarios/${enc(v.id)}/decision`, { model: v.model }),
    onSuccess: invalidate,
  });
}

export function useUploadPopulation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (csv: string) =>
      api.post<{ year: number; count: number }>('/financing/population-sets', { csv }),
    onSuccess: invalidate,
  });
}

/** The URL of a scenario's export. */
export function exportUrl(id: string, format: 'xlsx' | 'pdf', lang: string): string {
  return apiUrl(`/financing/scenarios/${enc(id)}/export.${format}`, { lang });
}
