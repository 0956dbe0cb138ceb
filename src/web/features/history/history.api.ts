/** The history API (bringing history in): one case (preview, then record), a file, a record. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HistoryRecordView,
  HistoryResult,
  ImportReport,
  RecordHistoryRequest,
} from '../../../shared/history.contract';
import { api } from '../../api/client';
import { uploadFile } from '../plans/upload';

const enc = encodeURIComponent;

/** Checks (preview) or records one historical case. */
export function useRecordHistory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordHistoryRequest) => api.post<HistoryResult>('/history/cases', body),
    onSuccess: (result) => {
      if (result.caseId) void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** Previews or commits an import file. */
export function useImportHistory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; collaborationId: string; commit: boolean }) =>
      uploadFile<ImportReport>('/history/import', input.file, {
        collaborationId: input.collaborationId,
        commit: String(input.commit),
      }),
    onSuccess: (report) => {
      if (report.committed) void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** How a case was brought in (null: recorded as it happened). */
export function useHistoryRecord(caseId: string) {
  return useQuery({
    queryKey: ['history', 'record', caseId],
    queryFn: ({ signal }) =>
      api.get<HistoryRecordView>(`/history/cases/${enc(caseId)}`, { signal }),
    enabled: caseId !== '',
    staleTime: 60_000,
  });
}
