/** Audit log calls (admins only), as react-query hooks. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditPage } from '../../../shared/audit.contract';
import { isPeriodInvalid, toAuditQuery, type AuditFilters } from './audit-filters';

/** Entries per "Vis flere". */
export const AUDIT_PAGE_SIZE = 50;

/** The entries matching the filters, newest first, one keyset page at a time. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>('/audit', {
        query: toAuditQuery(filters, { limit: AUDIT_PAGE_SIZE, beforeId: pageParam }),
        signal,
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeId,
    enabled: !isPeriodInvalid(filters),
    staleTime: 0,
  });
}

/** The actions and entity types that occur in the log, for the filter menus. */
export function useAuditFacets() {
  return useQuery({
    queryKey: ['audit', 'facets'],
    queryFn: () => api.get<{ actions: string[]; entityTypes: string[] }>('/audit/facets'),
  });
}
