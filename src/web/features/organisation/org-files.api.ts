/**
 * Organisation as code: check and import a YAML organisation file, and download a collaboration
 * as one (docs/org-file.md). Files travel as JSON `{ yaml }`.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OrgFileCheckResult, OrgImportResult } from '../../../shared/org-file.contract';
import { ORG_KEY } from './org.api';

/** Checks a file: schema, references and composition (no database change). */
export function useCheckOrgFile() {
  return useMutation({
    mutationFn: (yaml: string) => api.post<OrgFileCheckResult>('/org/files/check', { yaml }),
  });
}

/** An import: the file, whether only to report, and whether to carry open work over. */
export interface ImportArgs {
  yaml: string;
  dryRun: boolean;
  /** Move open work of fora the file ends to their successors (`carryOver=true`). */
  carryOver?: boolean;
}

/**
 * Imports a file; `dryRun` only reports the diff. A real import refreshes every read (a
 * carry-over also moves meetings and cases, so everything is refetched).
 */
export function useImportOrgFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ yaml, dryRun, carryOver }: ImportArgs) =>
      api.post<OrgImportResult>(
        '/org/files/import',
        { yaml },
        { query: { dryRun, ...(carryOver ? { carryOver: true } : {}) } },
      ),
    onSuccess: async (_result, { dryRun }) => {
      if (dryRun) return;
      await queryClient.invalidateQueries({ queryKey: ORG_KEY });
      await queryClient.invalidateQueries();
    },
  });
}

/** A collaboration (by key) as YAML text, as of `date`. */
export async function fetchOrgFile(key: string, date: string): Promise<string> {
  const body = await api.get<unknown>(`/org/collaborations/${encodeURIComponent(key)}/export`, {
    query: { date },
  });
  if (typeof body === 'string') return body;
  throw new Error('The export did not answer with YAML text');
}
