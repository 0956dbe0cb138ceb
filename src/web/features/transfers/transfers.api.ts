/** The task transfers API (src/shared/transfers.contract.ts) as react-query hooks. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Overview } from '../../../shared/organisation-views.contract';
import type {
  Compare,
  CreateTransfer,
  DecideTransfer,
  TransferDetail,
  TransferKind,
  TransferList,
  TransferStatus,
  UpdateTransfer,
} from '../../../shared/transfers.contract';

const KEY = ['transfers'] as const;
const enc = encodeURIComponent;

/** The pages' paths. */
export const transferPages = {
  list: '/transfers',
  create: '/transfers/new',
  detail: (id: string) => `/transfers/${id}`,
  compare: (ids: readonly string[]) => `/transfers/compare?ids=${ids.map(enc).join(',')}`,
};

export interface TransferFilter {
  collaborationId?: string;
  clusterId?: string;
  status?: TransferStatus | '';
  kind?: TransferKind | '';
  precedent?: boolean;
  limit: number;
  offset: number;
}

export function useTransfers(filter: TransferFilter) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      api.get<TransferList>('/transfers', {
        query: {
          collaborationId: filter.collaborationId,
          clusterId: filter.clusterId,
          status: filter.status,
          kind: filter.kind,
          precedent: filter.precedent ? 'true' : undefined,
          limit: filter.limit,
          offset: filter.offset,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTransfer(id: string) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<TransferDetail>(`/transfers/${enc(id)}`, { signal }),
  });
}

export function useCompare(ids: readonly string[]) {
  return useQuery({
    queryKey: [...KEY, 'compare', ids],
    queryFn: ({ signal }) =>
      api.get<Compare>('/transfers/compare', { query: { ids: ids.join(',') }, signal }),
    enabled: ids.length >= 2 && ids.length <= 4,
  });
}

/** A collaboration's overview on a day: its clusters, fora and parties (for the pickers). */
export function useOverview(collaborationId: string, date: string) {
  return useQuery({
    queryKey: [...KEY, 'overview', collaborationId, date],
    queryFn: ({ signal }) =>
      api.get<Overview>(`/org/collaborations/${enc(collaborationId)}/overview`, {
        query: { date },
        signal,
      }),
    enabled: Boolean(collaborationId),
    staleTime: 5 * 60_000,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

export function useCreateTransfer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Partial<CreateTransfer>) => api.post<TransferDetail>('/transfers', body),
    onSuccess: refresh,
  });
}

export function useUpdateTransfer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateTransfer) => api.patch<TransferDetail>(`/transfers/${enc(id)}`, body),
    onSuccess: refresh,
  });
}

export function useDecideTransfer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DecideTransfer) =>
      api.post<TransferDetail>(`/transfers/${enc(id)}/decision`, body),
    onSuccess: refresh,
  });
}

export function useWithdrawTransfer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<TransferDetail>(`/transfers/${enc(id)}/withdraw`, { reason }),
    onSuccess: refresh,
  });
}

export function usePlaceOrientation(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post<TransferDetail>(`/transfers/${enc(id)}/orientation`),
    onSuccess: refresh,
  });
}
