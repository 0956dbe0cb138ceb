/**
 * The office-holder import (issue 11): a CSV or XLSX file sent as multipart; `dryRun` answers
 * the plan without writing. A real load refreshes every organisation read.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficeHolderImportResult } from '../../../../shared/office-holders.contract';
import { uploadFile } from '../../plans/upload';
import { ORG_KEY } from '../org.api';

/** The path of the import route of one collaboration. */
export const holdersImportPath = (collaborationId: string) =>
  `/org/collaborations/${encodeURIComponent(collaborationId)}/office-holders/import`;

/** Where the template (CSV) is downloaded. */
export const HOLDERS_TEMPLATE_HREF = '/api/org/office-holders/template.csv';

/** One load: the file, whether only to plan, and whether new breaches are acknowledged. */
export interface HoldersImportArgs {
  file: File;
  dryRun: boolean;
  acknowledgeBreaches?: boolean;
}

/** Plans (dry run) or loads a file of office holders into a collaboration. */
export function useImportOfficeHolders(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, acknowledgeBreaches }: HoldersImportArgs) =>
      uploadFile<OfficeHolderImportResult>(holdersImportPath(collaborationId), file, {
        dryRun: String(dryRun),
        acknowledgeBreaches: String(acknowledgeBreaches ?? false),
      }),
    onSuccess: async (_result, { dryRun }) => {
      if (dryRun) return;
      await queryClient.invalidateQueries({ queryKey: ORG_KEY });
    },
  });
}
