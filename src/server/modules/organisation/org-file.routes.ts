/**
 * The organisation-file API (docs/org-file.md): check a file, import it (secretariat), export a
 * collaboration. Files are sent as YAML text (`text/yaml`, `application/yaml`) or as JSON
 * `{ "yaml": "…" }`. Errors in a file come back as problem+json `errors` with line and column.
 * Checking and reading a file run on the worker pool, and both routes are rate limited per user;
 * a file over `ORG_FILE_LIMITS.maxBytes` is refused with 413 before any work is done on it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { heavyRateLimit, type HeavyWork } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import { IsoDateSchema } from '../../../shared/dates';
import { OrgFileCheckResultSchema } from '../../../shared/org-file.contract';
import { ORG_FILE_LIMITS } from '../../../shared/org-file.limits';
import { OrgImportWithCarryOverSchema } from '../../../shared/reorganisation.contract';
import { exportOrgFile } from './org-file.export';
import { checkAnswer, checkOrgFileOnPool, importOrgFile } from './org-file.import';
import type { OrganisationDeps } from './org-http';

const YAML_TYPES = ['text/yaml', 'application/yaml', 'application/x-yaml', 'text/x-yaml'];

/** The file: YAML text, or JSON `{ yaml }`. */
const FileBodySchema = z
  .union([z.string(), z.strictObject({ yaml: z.string() })])
  .describe('The organisation file as YAML text (text/yaml) or JSON { "yaml": "…" }');

const Flag = z.enum(['true', 'false']);

const CheckQuerySchema = z.object({
  date: IsoDateSchema.optional().describe('Day to check composition on'),
  strict: Flag.optional().describe('Count vacancy breaches as errors'),
});

const ImportQuerySchema = z.object({
  dryRun: Flag.default('true').describe('true: only report the diff (default)'),
  effectiveFrom: IsoDateSchema.optional().describe('Day changed attributes take effect'),
  prune: Flag.default('false').describe('End stored elements that are not in the file'),
  carryOver: Flag.default('false').describe(
    'When the import ends fora and creates new ones, carry their open work over (as a reform)',
  ),
});

const KeyParamsSchema = z.object({ key: z.string().min(1).max(120) });
const ExportQuerySchema = z.object({ date: IsoDateSchema.optional() });

const textOf = (body: z.infer<typeof FileBodySchema>): string =>
  typeof body === 'string' ? body : body.yaml;

const TAGS = ['organisation'];

/**
 * The body limit of the file routes: twice the file limit, room for a file sent as JSON (where
 * escaping grows it); the file itself is then held to `ORG_FILE_LIMITS.maxBytes` with a clear 413.
 */
const FILE_BODY_LIMIT = 2 * ORG_FILE_LIMITS.maxBytes;

function checkRoute(app: FastifyInstance, heavy: HeavyWork): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/org/files/check',
    {
      config: { access: 'reader', scope: 'own', rateLimit: heavyRateLimit(heavy) },
      bodyLimit: FILE_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Check an organisation file (schema, references, composition on a day)',
        description: 'A file with errors is answered with 422 and its located errors.',
        querystring: CheckQuerySchema,
        body: FileBodySchema,
        response: { 200: OrgFileCheckResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { date, strict } = request.query;
      const options = { date, strict: strict === 'true' };
      return checkAnswer(await checkOrgFileOnPool(heavy.workers, textOf(request.body), options));
    },
  );
}

function importRoute(app: FastifyInstance, deps: OrganisationDeps, heavy: HeavyWork): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/org/files/import',
    {
      config: { access: 'secretariat', scope: 'handler', rateLimit: heavyRateLimit(heavy) },
      bodyLimit: FILE_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Import an organisation file; dryRun=true (default) only reports the diff',
        querystring: ImportQuerySchema,
        body: FileBodySchema,
        response: { 200: OrgImportWithCarryOverSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { dryRun, effectiveFrom, prune, carryOver } = request.query;
      return importOrgFile(deps.db, actorOf(request), textOf(request.body), {
        dryRun: dryRun === 'true',
        effectiveFrom,
        prune: prune === 'true',
        carryOver: carryOver === 'true',
        workers: heavy.workers,
        authorise: (targets) => request.assertInScope(targets, 'secretariat'),
      });
    },
  );
}

function exportRoute(app: FastifyInstance, deps: OrganisationDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/org/collaborations/:key/export',
    {
      config: { access: 'reader' },
      schema: {
        tags: TAGS,
        summary: 'A collaboration as an organisation file (YAML)',
        params: KeyParamsSchema,
        querystring: ExportQuerySchema,
        response: { 200: z.string().describe('YAML (text/yaml)'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const text = await exportOrgFile(deps.db, request.params.key, { asOf: request.query.date });
      if (text === null) throw notFound({ da: 'Samarbejdet', en: 'The collaboration' });
      return reply.type('text/yaml; charset=utf-8').send(text);
    },
  );
}

/** Routes under /org/files and the export. Registered as its own scope (the YAML parser). */
export async function orgFileRoutes(app: FastifyInstance, deps: OrganisationDeps): Promise<void> {
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });
  checkRoute(app, deps.heavy);
  importRoute(app, deps, deps.heavy);
  exportRoute(app, deps);
}
