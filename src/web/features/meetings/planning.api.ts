/** The planning calls as react-query hooks: series from a cadence and process templates. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CreateProcessRequest,
  CreateSeriesRequest,
  ProcessCreated,
  ProcessPreview,
  ProcessPreviewRequest,
  ProcessTemplateInput,
  SeriesCreated,
  SeriesPreview,
  SeriesPreviewRequest,
} from '../../../shared/meetings-planning.contract';
import { MEETINGS_KEY, useRefreshMeetings } from './meetings.api';

/** Proposes a series (nothing is saved). */
export function useSeriesPreview() {
  return useMutation({
    mutationFn: (input: SeriesPreviewRequest) =>
      api.post<SeriesPreview>('/meetings/series/preview', input),
  });
}

/** Creates the proposed series (a 409 `orderingWarning` unless acknowledged). */
export function useCreateSeries() {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (input: CreateSeriesRequest) => api.post<SeriesCreated>('/meetings/series', input),
    onSuccess: () => void refresh(),
  });
}

/** The built-in process templates (seed 003). */
export function useProcessTemplates() {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'process-templates'],
    queryFn: async ({ signal }) =>
      (await api.get<{ items: ProcessTemplateInput[] }>('/meetings/process-templates', { signal }))
        .items,
    staleTime: Infinity,
  });
}

/** Places a template in the calendar (nothing is saved). */
export function useProcessPreview() {
  return useMutation({
    mutationFn: (input: ProcessPreviewRequest) =>
      api.post<ProcessPreview>('/meetings/processes/preview', input),
  });
}

/** Creates a process's linked meetings (a 409 `orderingWarning` unless acknowledged). */
export function useCreateProcess() {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (input: CreateProcessRequest) =>
      api.post<ProcessCreated>('/meetings/processes', input),
    onSuccess: () => void refresh(),
  });
}
