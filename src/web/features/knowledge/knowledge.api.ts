/** The knowledge bank's API (src/shared/knowledge.contract.ts) as react-query hooks. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type {
  KnowledgeFiltersSchema,
  KnowledgeList,
  KnowledgeQuery,
  KnowledgeSimilarSchema,
} from '../../../shared/knowledge.contract';

const KEY = ['knowledge'] as const;

/** One page of entries matching the query and filters. */
export function useKnowledge(query: Partial<KnowledgeQuery>) {
  return useQuery({
    queryKey: [...KEY, 'search', query],
    queryFn: ({ signal }) => api.get<KnowledgeList>('/knowledge', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The themes and clusters the filters offer. */
export function useKnowledgeFilters() {
  return useQuery({
    queryKey: [...KEY, 'filters'],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof KnowledgeFiltersSchema>>('/knowledge/filters', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Similar entries in other clusters (loaded when shown). */
export function useSimilar(kind: string, sourceId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'similar', kind, sourceId],
    queryFn: ({ signal }) =>
      api.get<z.infer<typeof KnowledgeSimilarSchema>>(`/knowledge/${kind}/${sourceId}/similar`, {
        signal,
      }),
    enabled,
  });
}
