/**
 * The office-holder import routes (issue 11), registered as their own scope (multipart):
 * - POST /org/collaborations/:id/office-holders/import: a CSV or XLSX file in the multipart
 *   field `file`; the secretariat of the collaboration's scope. `dryRun=true` (the default)
 *   answers the plan without writing; the real run writes persons and holdings in one
 *   transaction with one audit row. A file with a bad row is refused whole (422, every row's
 *   error in Danish and English); too large 413; not CSV/XLSX 415.
 * - GET /org/office-holders/template.csv: the template (the header and one example row).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/audit';
import { heavyRateLimit } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import { formatMegabytes } from '../../../shared/org-file.limits';
import {
  OFFICE_HOLDER_LIMITS,
  OFFICE_HOLDER_TEMPLATE,
  OfficeHolderImportParamsSchema,
  OfficeHolderImportQuerySchema,
  OfficeHolderImportResultSchema,
} from '../../../shared/office-holders.contract';
import { sheetKindOf, writeCsv, type SheetKind } from '../plans/pure';
import { contextOf, TAGS, type OrganisationDeps } from './org-http';
import {
  holderProblem,
  importOfficeHolders,
  partiesOf,
  readHolderFile,
  requireSnapshot,
} from './org-holders.service';

const MULTIPART_LIMITS = {
  fileSize: OFFICE_HOLDER_LIMITS.maxBytes,
  files: 1,
  fields: 5,
  parts: 6,
};

/** The one uploaded file: its bytes and kind; 400/413/415 otherwise. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ bytes: Uint8Array; kind: SheetKind }> {
  let part;
  try {
    part = await request.file({ limits: MULTIPART_LIMITS });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    throw holderProblem('badRequest', 'missingFile');
  }
  if (!part) throw holderProblem('badRequest', 'missingFile');
  const kind = sheetKindOf(part.filename, part.mimetype);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const max = formatMegabytes(OFFICE_HOLDER_LIMITS.maxBytes, 'da');
      throw holderProblem('payloadTooLarge', 'tooLarge', { max });
    }
    throw holderProblem('badRequest', 'missingFile');
  }
  if (!kind)
    throw holderProblem('unsupportedMediaType', 'unsupportedType', { name: part.filename });
  return { bytes: new Uint8Array(content), kind };
}

/** The template file: the Danish header and one example row, `;`-separated UTF-8 with BOM. */
export function officeHolderTemplate(): string {
  return writeCsv([[...OFFICE_HOLDER_TEMPLATE.header], [...OFFICE_HOLDER_TEMPLATE.example]]);
}

/** The routes; register with `app.register(orgHolderRoutes, deps)` (multipart in its scope). */
export async function orgHolderRoutes(app: FastifyInstance, deps: OrganisationDeps): Promise<void> {
  await app.register(multipart, { limits: MULTIPART_LIMITS });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.post(
    '/org/collaborations/:id/office-holders/import',
    {
      config: {
        access: 'secretariat',
        scope: byParam('collaboration'),
        rateLimit: heavyRateLimit(deps.heavy),
      },
      bodyLimit: OFFICE_HOLDER_LIMITS.maxBytes + 64 * 1024,
      schema: {
        tags: TAGS,
        summary:
          'Load office holders from a CSV or XLSX file (multipart field "file"); dryRun=true (default) only answers the plan',
        description:
          'One row per office: Kommune (name or code), Embede, Navn, E-mail, Titel, Gyldig fra. A file with any bad row is refused whole with 422 and every row’s error.',
        consumes: ['multipart/form-data'],
        params: OfficeHolderImportParamsSchema,
        querystring: OfficeHolderImportQuerySchema,
        response: { 200: OfficeHolderImportResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const collaborationId = request.params.id;
      const snapshot = await requireSnapshot(deps.db, collaborationId);
      const upload = await readUpload(request);
      const read = await readHolderFile(
        deps.heavy.workers,
        upload.bytes,
        upload.kind,
        partiesOf(snapshot),
      );
      return importOfficeHolders(org, actorOf(request), collaborationId, read, {
        dryRun: request.query.dryRun === 'true',
        acknowledgeBreaches: request.query.acknowledgeBreaches === 'true',
      });
    },
  );

  r.get(
    '/org/office-holders/template.csv',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary: 'The template of the office-holder file (CSV, semicolon-separated, UTF-8)',
        response: { 200: z.string().describe('CSV (text/csv)'), ...problemResponses },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="embedsindehavere-skabelon.csv"')
        .send(officeHolderTemplate()),
  );
}
