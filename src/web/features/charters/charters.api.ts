/** The charters API as react-query hooks (src/shared/charters.contract.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  Charter,
  CharterInput,
  CharterRequestDetail,
  CharterRequestInput,
  CharterRequestList,
  CharterVersion,
  Delivery,
  DeliveryInput,
} from '../../../shared/charters.contract';

export const CHARTERS_KEY = ['charters'] as const;
const enc = encodeURIComponent;

export function useCharter(forumId: string, on: string) {
  return useQuery({
    queryKey: [...CHARTERS_KEY, 'forum', forumId, on],
    queryFn: ({ signal }) =>
      api.get<Charter>(`/charters/fora/${enc(forumId)}`, { query: { on, limit: 50 }, signal }),
    enabled: Boolean(forumId && on),
  });
}

export function useCharterRequests(collaborationId: string) {
  return useQuery({
    queryKey: [...CHARTERS_KEY, 'requests', collaborationId],
    queryFn: ({ signal }) =>
      api.get<CharterRequestList>('/charters/requests', {
        query: { collaborationId, limit: 100 },
        signal,
      }),
    enabled: Boolean(collaborationId),
  });
}

export function useCharterRequest(requestId: string, on: string) {
  return useQuery({
    queryKey: [...CHARTERS_KEY, 'request', requestId, on],
    queryFn: ({ signal }) =>
      api.get<CharterRequestDetail>(`/charters/requests/${enc(requestId)}`, {
        query: { on },
        signal,
      }),
    enabled: Boolean(requestId && on),
  });
}

function useChartersMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: CHARTERS_KEY }),
  });
}

export const useSaveCharter = (forumId: string) =>
  useChartersMutation((input: CharterInput) =>
    api.post<CharterVersion>(`/charters/fora/${enc(forumId)}/versions`, input),
  );

export const useCreateRequest = () =>
  useChartersMutation((input: CharterRequestInput) =>
    api.post<CharterRequestDetail>('/charters/requests', input),
  );

export const useDeliver = (requestId: string) =>
  useChartersMutation((input: DeliveryInput) =>
    api.post<Delivery>(`/charters/requests/${enc(requestId)}/deliveries`, input),
  );

export const useAssess = (requestId: string) =>
  useChartersMutation((input: { deliveryId: string; met: boolean[] }) =>
    api.put<Delivery>(
      `/charters/requests/${enc(requestId)}/deliveries/${enc(input.deliveryId)}/assessment`,
      { met: input.met },
    ),
  );

/** Page paths of the feature. */
export const charterPages = {
  list: (collaborationId?: string) =>
    collaborationId ? `/charters?c=${enc(collaborationId)}` : '/charters',
  forum: (forumId: string) => `/charters/fora/${enc(forumId)}`,
  request: (requestId: string) => `/charters/requests/${enc(requestId)}`,
};

/** Text area lines → a list (blank lines dropped). */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
