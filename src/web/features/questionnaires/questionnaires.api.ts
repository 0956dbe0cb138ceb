/** The questionnaires API (src/shared/questionnaires.contract.ts) as react-query hooks. */
import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api, request } from '../../api/client';
import { ApiError } from '../../api/api-error';
import type {
  AnswerForm,
  Answers,
  Comparison,
  CreateQuestionnaire,
  QuestionnaireDetail,
  QuestionnaireSummary,
  Results,
  Section,
  SendQuestionnaire,
} from '../../../shared/questionnaires.contract';

const KEY = ['questionnaires'] as const;
const enc = encodeURIComponent;

export const questionnairePages = {
  list: '/questionnaires',
  detail: (id: string) => `/questionnaires/${id}`,
  respond: (recipientId: string) => `/questionnaires/respond/${recipientId}`,
};

/** The error text of an API error in the language (or a generic one). */
export function errorText(error: unknown, lang: string): string | null {
  if (!error) return null;
  if (error instanceof ApiError) return error.textIn(lang === 'en' ? 'en' : 'da') ?? error.message;
  return String(error);
}

export function useQuestionnaires(collaborationId: string, offset: number, limit: number) {
  return useQuery({
    queryKey: [...KEY, 'list', collaborationId, offset, limit],
    enabled: Boolean(collaborationId),
    queryFn: ({ signal }) =>
      api.get<{ items: QuestionnaireSummary[]; total: number }>('/questionnaires', {
        query: { collaborationId, offset, limit },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMine() {
  return useQuery({
    queryKey: [...KEY, 'mine'],
    queryFn: ({ signal }) =>
      api.get<{
        items: {
          recipientId: string;
          title: string;
          deadline: string;
          submittedAt: string | null;
        }[];
        total: number;
      }>('/questionnaires/mine', { signal }),
  });
}

export function useQuestionnaire(id: string) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<QuestionnaireDetail>(`/questionnaires/${enc(id)}`, { signal }),
  });
}

export function useResults(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'results', id],
    enabled,
    queryFn: ({ signal }) => api.get<Results>(`/questionnaires/${enc(id)}/results`, { signal }),
  });
}

export function useComparison(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'comparison', id],
    enabled,
    queryFn: ({ signal }) =>
      api.get<Comparison>(`/questionnaires/${enc(id)}/comparison`, { signal }),
  });
}

export function useProcessQuestionnaires(processInstanceId: string) {
  return useQuery({
    queryKey: [...KEY, 'process', processInstanceId],
    queryFn: ({ signal }) =>
      api.get<{
        items: {
          questionnaireId: string;
          title: string;
          processStepKey: string | null;
          recipients: number;
          answered: number;
          answeredParties: string[];
          missingParties: string[];
        }[];
      }>(`/questionnaires/process/${enc(processInstanceId)}`, { signal }),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

export function useCreateQuestionnaire() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateQuestionnaire) =>
      api.post<QuestionnaireDetail>('/questionnaires', body),
    onSuccess: invalidate,
  });
}

export function useCreateFromTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      collaborationId: string;
      template: 'klBaseline';
      processInstanceId?: string | null;
      processStepKey?: string | null;
    }) => api.post<QuestionnaireDetail>('/questionnaires/from-template', body),
    onSuccess: invalidate,
  });
}

export function useUpdateQuestionnaire(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { title?: string; intro?: string; sections?: Section[] }) =>
      api.patch<QuestionnaireDetail>(`/questionnaires/${enc(id)}`, body),
    onSuccess: invalidate,
  });
}

export function useSend(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SendQuestionnaire) =>
      api.post<{
        questionnaire: QuestionnaireDetail;
        links: { recipientId: string; personName: string; url: string }[];
      }>(`/questionnaires/${enc(id)}/send`, body),
    onSuccess: invalidate,
  });
}

export function useRevoke(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (recipientId: string) =>
      api.post<QuestionnaireDetail>(
        `/questionnaires/${enc(id)}/recipients/${enc(recipientId)}/revoke`,
      ),
    onSuccess: invalidate,
  });
}

export function useFollowUp(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api.post<QuestionnaireDetail>(`/questionnaires/${enc(id)}/follow-up`),
    onSuccess: invalidate,
  });
}

/** The answer form: through a personal link (`token`) or as the logged-in recipient. */
export function answerBase(target: { token: string } | { recipientId: string }): string {
  return 'token' in target
    ? `/questionnaires/answer/${enc(target.token)}`
    : `/questionnaires/responses/${enc(target.recipientId)}`;
}

export function useAnswerForm(base: string, anonymous: boolean) {
  return useQuery({
    queryKey: [...KEY, 'form', base],
    retry: false,
    queryFn: ({ signal }) => api.get<AnswerForm>(base, { signal, allowUnauthenticated: anonymous }),
  });
}

export function useSaveAnswers(base: string, anonymous: boolean) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ answers, final }: { answers: Answers; final: boolean }) =>
      request<{ saved: true; submittedAt: string | null }>(
        final ? 'POST' : 'PUT',
        final ? `${base}/submit` : base,
        { body: { answers }, allowUnauthenticated: anonymous },
      ),
    onSuccess: invalidate,
  });
}

export const exportUrl = (id: string) => `/api/questionnaires/${enc(id)}/export.xlsx`;
