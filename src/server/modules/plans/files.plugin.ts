/**
 * The plan-files plugin (issue 9, items 2 and 7): a plan's indicators (definitions, values,
 * import, chart series), the plan spreadsheet (import with dry run, export to XLSX and CSV) and
 * the PDF report. Uploads are multipart (one file in the field `file`), registered for this
 * scope only; reading files and rendering run on the worker pool behind the heavy rate limit.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { HeavyWork } from '../../platform/heavy-routes';
import { PLAN_FILE_LIMITS } from '../../../shared/plan-file.contract';
import { INDICATOR_LIMITS } from '../../../shared/plan-indicators.contract';
import { formatMegabytes } from '../../../shared/org-file.limits';
import { indicatorRoutes } from './indicators.routes';
import { planFileRoutes } from './plan-file.routes';
import type { PlanRow } from './plan-file.repo';
import { requirePlan } from './plans.repo';
import { planFileError } from './plan-file.service';
import { sheetKindOf, type SheetKind } from './plan-file.sheets';
import { reportRoutes } from './report.routes';

export interface PlanFilesDeps {
  db: Db;
  heavy: HeavyWork;
}

/** The largest upload any route of the plugin takes. */
export const MAX_UPLOAD = Math.max(PLAN_FILE_LIMITS.maxBytes, INDICATOR_LIMITS.maxImportBytes);

/** The plan of `:id`, or 404. */
export async function planOf(db: Db, id: string): Promise<PlanRow> {
  return (await requirePlan(db, id)).row;
}

/** The one uploaded file: its bytes and kind (CSV or XLSX); 400/413/415 otherwise. */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; kind: SheetKind; fileName: string }> {
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    throw planFileError('badRequest', 'missingFile');
  }
  if (!part) throw planFileError('badRequest', 'missingFile');
  const kind = sheetKindOf(part.filename, part.mimetype);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw planFileError('payloadTooLarge', 'tooLarge', { max: formatMegabytes(maxBytes, 'da') });
    }
    throw planFileError('badRequest', 'missingFile');
  }
  if (!kind)
    throw planFileError('unsupportedMediaType', 'unsupportedType', { name: part.filename });
  return { bytes: new Uint8Array(content), kind, fileName: part.filename };
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The plugin: register once under /api (`app.register(planFilesModule, { db, heavy })`). */
export async function planFilesModule(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD, files: 1, fields: 5, parts: 6 },
  });
  await indicatorRoutes(app, deps);
  await planFileRoutes(app, deps);
  await reportRoutes(app, deps);
}
