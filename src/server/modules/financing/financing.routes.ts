/**
 * /api/financing: the simulator's setup on a day, population sets, scenarios (save, list,
 * compare, put on an agenda, record the decision) and their exports (issue 14).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsePopulationCsv } from '../../../domain/financing/index';
import {
  CollaborationParamsSchema,
  CompareQuerySchema,
  ComparisonSchema,
  FinancingSetupSchema,
  PopulationSetListSchema,
  PopulationSetSchema,
  PopulationUploadSchema,
  PutOnAgendaSchema,
  RecordDecisionSchema,
  ScenarioInputSchema,
  ScenarioListQuerySchema,
  ScenarioListSchema,
  ScenarioParamsSchema,
  ScenarioSchema,
  ScenarioUpdateSchema,
  SetupQuerySchema,
} from '../../../shared/financing.contract';
import { translate } from '../../../shared/i18n/translate';
import { actorOf, mutate } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http';
import { allOf, byBody, byParam, type TargetRule } from '../../platform/scope';
import { viewerOf, type CaseDeps } from '../cases/index';
import { attachment } from './financing.files';
import { scenarioPdf, scenarioXlsx } from './financing.export';
import { loadSetup } from './financing.setup';
import { financingPopulationSets } from './financing.table';
import { financingError } from './financing.texts';
import { loadReferenceData } from '../organisation/index';
import { asc } from 'drizzle-orm';
import {
  compareScenarios,
  createScenario,
  deleteScenario,
  getScenario,
  listScenarios,
  putOnAgenda,
  recordScenarioDecision,
  scenariosOf,
  updateScenario,
} from './scenarios.service';

const tags = ['financing'];
const scenario = byParam('financingScenario');

/** The scenarios named in a comma-separated `ids` query. */
const byQueryIds: TargetRule = ({ query }) => {
  const ids = typeof query.ids === 'string' ? query.ids.split(',') : [];
  const uuids = ids.map((s) => s.trim()).filter((s) => /^[0-9a-f-]{36}$/i.test(s));
  return uuids.length && uuids.length === ids.length
    ? uuids.map((id) => ({ kind: 'financingScenario' as const, id: id.toLowerCase() }))
    : undefined;
};
const byQueryCollaboration: TargetRule = ({ query }) =>
  typeof query.collaborationId === 'string' && /^[0-9a-f-]{36}$/i.test(query.collaborationId)
    ? [{ kind: 'collaboration', id: query.collaborationId.toLowerCase() }]
    : undefined;

async function readRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get(
    '/financing/collaborations/:id/setup',
    {
      config: { access: 'reader', scope: byParam('collaboration') },
      schema: {
        tags,
        summary:
          'The clusters on a day with their derived hosts (the co-chair mayor’s municipality), the municipalities and the population chosen',
        params: CollaborationParamsSchema,
        querystring: SetupQuerySchema,
        response: { 200: FinancingSetupSchema, ...problemResponses },
      },
    },
    async (request) =>
      loadSetup(db, request.params.id, request.query.asOf, request.query.populationYear),
  );
  r.get(
    '/financing/scenarios',
    {
      config: { access: 'reader', scope: byQueryCollaboration },
      schema: {
        tags,
        summary: 'A collaboration’s saved scenarios, newest first (paged)',
        querystring: ScenarioListQuerySchema,
        response: { 200: ScenarioListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { collaborationId, limit, offset } = request.query;
      return listScenarios(db, collaborationId, limit, offset);
    },
  );
  r.get(
    '/financing/scenarios/:id',
    {
      config: { access: 'reader', scope: scenario },
      schema: {
        tags,
        summary: 'A scenario with its inputs and its four models',
        params: ScenarioParamsSchema,
        response: { 200: ScenarioSchema, ...problemResponses },
      },
    },
    async (request) => getScenario(deps, request.params.id),
  );
}

async function compareRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get(
    '/financing/compare',
    {
      config: { access: 'reader', scope: byQueryIds },
      schema: {
        tags,
        summary: 'Two or more scenarios side by side: model totals and each municipality’s net',
        querystring: CompareQuerySchema,
        response: { 200: ComparisonSchema, ...problemResponses },
      },
    },
    async (request) => compareScenarios(await scenariosOf(db, request.query.ids)),
  );
  const ExportQuery = z.object({ lang: z.enum(['da', 'en']).default('da') });
  for (const format of ['xlsx', 'pdf'] as const) {
    r.get(
      `/financing/scenarios/:id/export.${format}`,
      {
        config: { access: 'reader', scope: scenario },
        schema: {
          tags,
          summary: `The scenario as ${format.toUpperCase()}: the inputs, the population source and every model`,
          params: ScenarioParamsSchema,
          querystring: ExportQuery,
          response: { 200: z.any().describe('The file'), ...problemResponses },
        },
      },
      async (request, reply) => {
        const view = await getScenario(deps, request.params.id);
        const setup = await loadSetup(db, view.collaborationId, view.asOf, view.populationYear);
        const lang = request.query.lang;
        const file =
          format === 'xlsx'
            ? await scenarioXlsx(view, setup.collaborationName, lang)
            : await scenarioPdf(view, setup.collaborationName, lang);
        const name = `${translate('financing', 'title', lang)} - ${view.name}.${format}`;
        return reply
          .type(
            format === 'xlsx'
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'application/pdf',
          )
          .header('content-disposition', attachment(name))
          .header('x-content-type-options', 'nosniff')
          .send(file);
      },
    );
  }
}

async function populationReadRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get(
    '/financing/population-sets',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The loaded population years',
        response: { 200: PopulationSetListSchema, ...problemResponses },
      },
    },
    async () => {
      const rows = await db
        .select()
        .from(financingPopulationSets)
        .orderBy(asc(financingPopulationSets.year));
      return {
        items: rows.map((s) => ({
          id: s.id,
          year: s.year,
          source: s.source,
          count: Object.keys(s.figures).length,
        })),
      };
    },
  );
}

async function writeRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.post(
    '/financing/population-sets',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Load a population year from a CSV (code, population, year, source)',
        body: PopulationUploadSchema,
        response: { 201: PopulationSetSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const known = new Set(loadReferenceData().municipalities.keys());
      const parsed = parsePopulationCsv(request.body.csv, known);
      if (!parsed.ok) {
        if (parsed.error !== 'csvRows') throw financingError('unprocessable', parsed.error);
        const rows = parsed.rows.slice(0, 20);
        const line = (lang: 'da' | 'en') =>
          rows
            .map((e) =>
              translate('financing', `errors.${e.key}`, lang, { row: e.row, code: e.code }),
            )
            .join('; ');
        throw new AppError(
          'unprocessable',
          {
            da: translate('financing', 'errors.csvRows', 'da', { rows: line('da') }),
            en: translate('financing', 'errors.csvRows', 'en', { rows: line('en') }),
          },
          { extra: { code: 'financing.errors.csvRows', rows } },
        );
      }
      const { set } = parsed;
      const row = await mutate(db, actorOf(request), async (tx) => {
        const [saved] = await tx
          .insert(financingPopulationSets)
          .values({ ...set, uploadedBy: request.user?.id ?? null })
          .onConflictDoUpdate({
            target: financingPopulationSets.year,
            set: { source: set.source, figures: set.figures, createdAt: new Date() },
          })
          .returning();
        if (!saved) throw new Error('insert returned nothing');
        return {
          result: saved,
          audit: {
            action: 'financing.population.upload',
            entityType: 'financingPopulationSet',
            entityId: saved.id,
            summary: `Befolkningstal ${set.year}: ${Object.keys(set.figures).length} kommuner`,
            after: { year: set.year, source: set.source, count: Object.keys(set.figures).length },
          },
        };
      });
      return reply.status(201).send({
        id: row.id,
        year: row.year,
        source: row.source,
        count: Object.keys(row.figures).length,
      });
    },
  );
}

async function scenarioWriteRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.post(
    '/financing/scenarios',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: 'Save a scenario (its result computed from the organisation on its date)',
        body: ScenarioInputSchema,
        response: { 201: ScenarioSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createScenario(db, actorOf(request), request.body);
      return reply.status(201).send(await getScenario(deps, id));
    },
  );
  r.put(
    '/financing/scenarios/:id',
    {
      config: { access: 'secretariat', scope: scenario },
      schema: {
        tags,
        summary: 'Change a scenario (its result recomputed)',
        params: ScenarioParamsSchema,
        body: ScenarioUpdateSchema,
        response: { 200: ScenarioSchema, ...problemResponses },
      },
    },
    async (request) => {
      await updateScenario(db, actorOf(request), request.params.id, request.body);
      return getScenario(deps, request.params.id);
    },
  );
  r.delete(
    '/financing/scenarios/:id',
    {
      config: { access: 'secretariat', scope: scenario },
      schema: {
        tags,
        summary: 'Delete a scenario',
        params: ScenarioParamsSchema,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteScenario(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

async function agendaRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/financing/scenarios/:id/agenda',
    {
      config: { access: 'secretariat', scope: allOf(scenario, byBody('meeting', 'meetingId')) },
      schema: {
        tags,
        summary:
          'Put the scenario (and others to compare) on a meeting’s draft agenda as a decision item',
        params: ScenarioParamsSchema,
        body: PutOnAgendaSchema,
        response: { 200: ScenarioSchema, ...problemResponses },
      },
    },
    async (request) => {
      await putOnAgenda(deps, actorOf(request), 'da', request.params.id, request.body);
      return getScenario(deps, request.params.id);
    },
  );
  r.post(
    '/financing/scenarios/:id/decision',
    {
      config: { access: 'secretariat', scope: scenario },
      schema: {
        tags,
        summary:
          'Record the scenario and model as the forum’s decision (the item’s minutes decision; the meeting must be held)',
        params: ScenarioParamsSchema,
        body: RecordDecisionSchema,
        response: { 200: ScenarioSchema, ...problemResponses },
      },
    },
    async (request) => {
      await recordScenarioDecision(
        deps,
        actorOf(request),
        viewerOf(request),
        'da',
        request.params.id,
        request.body,
      );
      return getScenario(deps, request.params.id);
    },
  );
}

/** The plugin: register once under /api with the case deps. */
export async function financingModule(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await readRoutes(app, deps);
  await compareRoutes(app, deps);
  await populationReadRoutes(app, deps);
  await writeRoutes(app, deps);
  await scenarioWriteRoutes(app, deps);
  await agendaRoutes(app, deps);
}
