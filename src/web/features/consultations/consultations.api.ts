/**
 * The consultations API as react-query hooks (src/shared/consultations.contract.ts): the list
 * and archive, one consultation, and its changes; every change refreshes the consultation.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ConsultationDetail,
  ConsultationSummary,
  CreateConsultationRequest,
  DiffResult,
} from '../../../shared/consultations.contract';
import type { ConsultationPosition } from '../../../shared/consultations.enums';
import { todayInDenmark } from '../../../shared/dates';
import type { Overview } from '../../../shared/organisation-views.contract';
import { uploadFile } from '../plans/upload';

const KEY = ['consultations'] as const;
const enc = encodeURIComponent;

/** Web paths of the feature. */
export const consultationPages = {
  list: () => '/consultations',
  create: () => '/consultations/new',
  one: (id: string) => `/consultations/${enc(id)}`,
};

/** API paths of the feature (relative to /api). */
export const consultationApi = {
  one: (id: string) => `/consultations/${enc(id)}`,
  file: (id: string, format: 'docx' | 'pdf') => `/api/consultations/${enc(id)}/response.${format}`,
  document: (id: string, documentId: string) =>
    `/api/consultations/${enc(id)}/documents/${enc(documentId)}`,
};

/** The list's filter and page. */
export interface ListFilter {
  status: '' | 'draft' | 'sent';
  year: string;
  sender: string;
  page: number;
}

export const PAGE_SIZE = 20;

/** One page of consultations and the total. */
export function useConsultations(filter: ListFilter) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      api.get<{ items: ConsultationSummary[]; total: number }>('/consultations', {
        query: {
          status: filter.status || undefined,
          year: filter.year || undefined,
          sender: filter.sender.trim() || undefined,
          limit: PAGE_SIZE,
          offset: (filter.page - 1) * PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One consultation. */
export function useConsultation(id: string) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ConsultationDetail>(consultationApi.one(id), { signal }),
    enabled: id !== '',
  });
}

/** The word diff between two versions (fetched when asked). */
export function useDiff(id: string, range: { from: number; to: number } | null) {
  return useQuery({
    queryKey: [...KEY, 'diff', id, range],
    queryFn: ({ signal }) =>
      api.get<DiffResult>(`${consultationApi.one(id)}/diff`, {
        query: { from: String(range?.from ?? 0), to: String(range?.to ?? 0) },
        signal,
      }),
    enabled: range !== null,
  });
}

/** Creates a consultation. */
export function useCreateConsultation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsultationRequest) =>
      api.post<{ id: string }>('/consultations', body),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The changes of one consultation; each refreshes it. */
export function useConsultationChanges(id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const base = consultationApi.one(id);
  return {
    contribution: useMutation({
      mutationFn: (v: { partyId: string; text: string }) =>
        api.put<null>(`${base}/parties/${enc(v.partyId)}/contribution`, { text: v.text }),
      onSuccess: refresh,
    }),
    position: useMutation({
      mutationFn: (v: {
        partyId: string;
        position: ConsultationPosition;
        dissentText: string | null;
      }) =>
        api.put<null>(`${base}/parties/${enc(v.partyId)}/position`, {
          position: v.position,
          dissentText: v.dissentText,
        }),
      onSuccess: refresh,
    }),
    comment: useMutation({
      mutationFn: (body: string) => api.post<{ id: string }>(`${base}/comments`, { body }),
      onSuccess: refresh,
    }),
    version: useMutation({
      mutationFn: (text: string) => api.post<{ number: number }>(`${base}/versions`, { text }),
      onSuccess: refresh,
    }),
    send: useMutation({
      mutationFn: () => api.post<ConsultationDetail>(`${base}/send`, {}),
      onSuccess: refresh,
    }),
    upload: useMutation({
      mutationFn: (file: File) => uploadFile<{ id: string }>(`${base}/documents`, file, {}),
      onSuccess: refresh,
    }),
  };
}

/** The parties of a collaboration today (for choosing who takes part), with their clusters. */
export function useCollaborationParties(collaborationId: string) {
  const date = todayInDenmark();
  return useQuery({
    queryKey: [...KEY, 'parties', collaborationId, date],
    queryFn: async ({ signal }) => {
      const overview = await api.get<Overview>(
        `/org/collaborations/${enc(collaborationId)}/overview`,
        {
          query: { date },
          signal,
        },
      );
      const clusterOf = new Map<string, string>();
      for (const c of overview.clusters) {
        for (const m of c.members) clusterOf.set(m.partyId, c.cluster.entityId);
      }
      return overview.parties.map((p) => ({
        id: p.entityId,
        name: p.name,
        kind: p.kind,
        clusterId: clusterOf.get(p.entityId) ?? null,
      }));
    },
    enabled: collaborationId !== '',
    staleTime: 5 * 60_000,
  });
}
