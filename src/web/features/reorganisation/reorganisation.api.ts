/**
 * The reform wizard's calls: the shipped templates (`GET /org/templates`, `/org/templates/:name`),
 * a reorganisation's preview or run (`POST /org/reorganisations`, dry run unless `dryRun: false`)
 * and the reorganisations carried out (`GET /org/reorganisations`). Contract:
 * src/shared/reorganisation.contract.ts and src/shared/org-templates.contract.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OrgTemplateList } from '../../../shared/org-templates.contract';
import type { ReformResult, ReorganisationList } from '../../../shared/reorganisation.contract';
import type { ReformRunRequest } from './reform-request';

const KEY = ['reorganisation'] as const;
const enc = encodeURIComponent;

/** The shipped templates (admin and secretariat). */
export function useTemplates() {
  return useQuery({
    queryKey: [...KEY, 'templates'],
    queryFn: ({ signal }) => api.get<OrgTemplateList>('/org/templates', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** One template's YAML text (fetched when chosen). */
export function useTemplateText(name: string | null) {
  return useQuery({
    queryKey: [...KEY, 'template', name],
    queryFn: async ({ signal }) => {
      const body = await api.get<unknown>(`/org/templates/${enc(name ?? '')}`, { signal });
      if (typeof body === 'string') return body;
      throw new Error('The template did not answer with YAML text');
    },
    enabled: Boolean(name),
    staleTime: 10 * 60_000,
  });
}

/** The reorganisations carried out (newest first as the server lists them). */
export function useReorganisations() {
  return useQuery({
    queryKey: [...KEY, 'list'],
    queryFn: ({ signal }) => api.get<ReorganisationList>('/org/reorganisations', { signal }),
    retry: false,
  });
}

/**
 * A preview (`dryRun: true`) or the run itself. A run changes fora, meetings, cases and agendas,
 * so every cached read is refetched afterwards.
 */
export function useReform() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReformRunRequest) =>
      api.post<ReformResult>('/org/reorganisations', request),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries();
    },
  });
}
