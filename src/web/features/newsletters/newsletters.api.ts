/** The newsletters API as react-query hooks (src/shared/newsletters.contract.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  Archive,
  CreateNewsletter,
  NewsletterDetail,
  NewsletterList,
  NewsletterPreview,
  PublicNewsletter,
  UpdateNewsletter,
} from '../../../shared/newsletters.contract';

const KEY = ['newsletters'] as const;

export function useNewsletters(collaborationId?: string) {
  return useQuery({
    queryKey: [...KEY, 'list', collaborationId ?? ''],
    queryFn: ({ signal }) =>
      api.get<NewsletterList>('/newsletters', { query: { collaborationId, limit: 100 }, signal }),
  });
}

/** A newsletter; polled every 2 s while it is being sent (the progress). */
export function useNewsletter(id: string) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => api.get<NewsletterDetail>(`/newsletters/${id}`, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'sending' ? 2_000 : false),
  });
}

export function useNewsletterPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'preview', id],
    queryFn: ({ signal }) => api.get<NewsletterPreview>(`/newsletters/${id}/preview`, { signal }),
    enabled,
  });
}

export function useCreateNewsletter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNewsletter) => api.post<NewsletterDetail>('/newsletters', body),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateNewsletter(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNewsletter) => api.put<NewsletterDetail>(`/newsletters/${id}`, body),
    onSuccess: (data) => {
      client.setQueryData([...KEY, 'one', id], data);
      void client.invalidateQueries({ queryKey: [...KEY, 'preview', id] });
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

export function useSendNewsletter(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NewsletterDetail>(`/newsletters/${id}/send`, {}),
    onSuccess: (data) => {
      client.setQueryData([...KEY, 'one', id], data);
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/* public */

export function useArchive(collaborationId: string) {
  return useQuery({
    queryKey: [...KEY, 'archive', collaborationId],
    queryFn: ({ signal }) =>
      api.get<Archive>(`/newsletters/public/${collaborationId}/archive`, {
        query: { limit: 100 },
        signal,
        allowUnauthenticated: true,
      }),
  });
}

export function usePublicNewsletter(collaborationId: string, id: string) {
  return useQuery({
    queryKey: [...KEY, 'archive', collaborationId, id],
    queryFn: ({ signal }) =>
      api.get<PublicNewsletter>(`/newsletters/public/${collaborationId}/archive/${id}`, {
        signal,
        allowUnauthenticated: true,
      }),
  });
}

export function useSubscribe(collaborationId: string) {
  return useMutation({
    mutationFn: (body: { email: string; locale: 'da' | 'en' }) =>
      api.post(`/newsletters/public/${collaborationId}/subscribe`, body, {
        allowUnauthenticated: true,
      }),
  });
}

export function useConfirm() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post('/newsletters/public/confirm', { token }, { allowUnauthenticated: true }),
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post(`/newsletters/public/unsubscribe/${token}`, {}, { allowUnauthenticated: true }),
  });
}

export const newsletterPages = {
  list: '/newsletters',
  edit: (id: string) => `/newsletters/${id}`,
  archive: (collaborationId: string) => `/newsletters/archive/${collaborationId}`,
  archived: (collaborationId: string, id: string) =>
    `/newsletters/archive/${collaborationId}/${id}`,
  feed: (collaborationId: string) => `/api/newsletters/public/${collaborationId}/feed.atom`,
};
