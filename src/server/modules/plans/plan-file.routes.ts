/**
 * /api/plans/:id/import and /api/plans/:id/export.(xlsx|csv): the plan spreadsheet. An import is
 * the secretariat's in the plan's scope; `dryRun=true` (the default) only answers the diff. A file
 * with any bad row is refused whole (422) with every row's Danish error, nothing written.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PLAN_FILE_LIMITS,
  PlanExportParamsSchema,
  PlanFileImportQuerySchema,
  PlanImportDiffSchema,
} from '../../../shared/plan-file.contract';
import { isIsoDate } from '../../../shared/dates';
import { actorOf } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { heavyRateLimit } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import { attachment, planOf, readUpload, type PlanFilesDeps } from './files.plugin';
import { exportPlanFile, importPlanFile } from './plan-file.service';

const tags = ['plans'];

export async function planFileRoutes(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, heavy } = deps;

  r.post(
    '/plans/:id/import',
    {
      config: { access: 'secretariat', scope: byParam('plan'), rateLimit: heavyRateLimit(heavy) },
      bodyLimit: PLAN_FILE_LIMITS.maxBytes + 64 * 1024,
      schema: {
        tags,
        summary:
          'Import the plan spreadsheet (CSV or XLSX, multipart field "file"); dryRun=true (default) only answers the diff',
        description:
          'One row per initiative (sheet "Indsatser") and the goal hierarchy (sheet "Mål", XLSX only). A file with any bad row is refused whole with 422 and every row’s error.',
        consumes: ['multipart/form-data'],
        params: PlanExportParamsSchema,
        querystring: PlanFileImportQuerySchema,
        response: { 200: PlanImportDiffSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      const { dryRun, effectiveFrom } = request.query;
      if (effectiveFrom !== undefined && !isIsoDate(effectiveFrom)) {
        throw new AppError('validation');
      }
      const upload = await readUpload(request, PLAN_FILE_LIMITS.maxBytes);
      return importPlanFile(db, actorOf(request), plan, upload.bytes, upload.kind, {
        dryRun: dryRun === 'true',
        effectiveFrom,
        workers: heavy.workers,
      });
    },
  );

  for (const kind of ['xlsx', 'csv'] as const) {
    r.get(
      `/plans/:id/export.${kind}`,
      {
        config: { access: 'reader', scope: byParam('plan'), rateLimit: heavyRateLimit(heavy) },
        schema: {
          tags,
          summary:
            kind === 'xlsx'
              ? 'The plan as the spreadsheet (XLSX: initiatives and goals)'
              : 'The plan’s initiatives as CSV (semicolon-separated, UTF-8)',
          params: PlanExportParamsSchema,
          response: {
            200: z.any().describe(`The ${kind.toUpperCase()} file`),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const plan = await planOf(db, request.params.id);
        const file = await exportPlanFile(db, plan, kind, heavy.workers);
        return reply
          .type(file.mediaType)
          .header('content-disposition', attachment(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .send(file.bytes);
      },
    );
  }
}
