/**
 * /api/plans/:id/indicators: a plan's indicators (read: reader; change: the secretariat in the
 * plan's scope), values per party and period (the party must be in scope too), the import of
 * values from CSV/XLSX (dry run by default) and the chart series.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IndicatorCreateSchema,
  IndicatorImportQuerySchema,
  IndicatorImportResultSchema,
  IndicatorItemParamsSchema,
  IndicatorListQuerySchema,
  IndicatorListSchema,
  IndicatorParamsSchema,
  IndicatorSchema,
  IndicatorSeriesQuerySchema,
  IndicatorSeriesSchema,
  IndicatorUpdateSchema,
  IndicatorValuePutSchema,
  IndicatorValueSchema,
  INDICATOR_LIMITS,
} from '../../../shared/plan-indicators.contract';
import { actorOf } from '../../platform/audit';
import { heavyRateLimit } from '../../platform/heavy-routes';
import { NoContentSchema, problemResponses } from '../../platform/http';
import { allOf, byBody, byParam } from '../../platform/scope';
import type { PlanFilesDeps } from './files.plugin';
import { planOf, readUpload } from './files.plugin';
import { planFileError } from './plan-file.service';
import {
  createIndicator,
  deleteIndicator,
  importValues,
  listIndicators,
  putValue,
  updateIndicator,
} from './indicators.service';
import { indicatorSeries } from './indicators.series';

const tags = ['plans'];
const UUID = z.uuid();

/** The indicator routes. */
export async function indicatorRoutes(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  await definitionRoutes(app, deps);
  await valueRoutes(app, deps);
}

/** Definitions: list, create, change, delete. */
async function definitionRoutes(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/plans/:id/indicators',
    {
      config: { access: 'reader', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'A plan’s indicators (paged), with the named public sources to choose from',
        params: IndicatorParamsSchema,
        querystring: IndicatorListQuerySchema,
        response: { 200: IndicatorListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      return listIndicators(db, plan.id, request.query);
    },
  );

  r.post(
    '/plans/:id/indicators',
    {
      config: { access: 'secretariat', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'Define an indicator of the plan',
        params: IndicatorParamsSchema,
        body: IndicatorCreateSchema,
        response: { 201: IndicatorSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await planOf(db, request.params.id);
      const indicator = await createIndicator(db, actorOf(request), plan, request.body);
      return reply.status(201).send(indicator);
    },
  );

  r.patch(
    '/plans/:id/indicators/:indicatorId',
    {
      config: { access: 'secretariat', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'Change an indicator',
        params: IndicatorItemParamsSchema,
        body: IndicatorUpdateSchema,
        response: { 200: IndicatorSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      return updateIndicator(db, actorOf(request), plan, request.params.indicatorId, request.body);
    },
  );

  r.delete(
    '/plans/:id/indicators/:indicatorId',
    {
      config: { access: 'secretariat', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'Delete an indicator and its values',
        params: IndicatorItemParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await planOf(db, request.params.id);
      await deleteIndicator(db, actorOf(request), plan, request.params.indicatorId);
      return reply.status(204).send(null);
    },
  );
}

/** Values, the import and the series. */
async function valueRoutes(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.put(
    '/plans/:id/indicators/:indicatorId/values',
    {
      config: {
        access: 'secretariat',
        scope: allOf(byParam('plan'), byBody('party', 'partyId')),
      },
      schema: {
        tags,
        summary: 'Record (or replace) an indicator’s value for a party in a period',
        params: IndicatorItemParamsSchema,
        body: IndicatorValuePutSchema,
        response: { 200: IndicatorValueSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      return putValue(db, actorOf(request), plan, request.params.indicatorId, request.body);
    },
  );

  r.post(
    '/plans/:id/indicators/import',
    {
      config: {
        access: 'secretariat',
        scope: byParam('plan'),
        rateLimit: heavyRateLimit(deps.heavy),
      },
      bodyLimit: INDICATOR_LIMITS.maxImportBytes + 64 * 1024,
      schema: {
        tags,
        summary:
          'Import indicator values from CSV or XLSX (multipart field "file"; columns indikator, kommune, periode, værdi, note); dryRun=true (default) only reports',
        description:
          'A dry run answers 200 with the counts and every bad row. A real import with any bad row writes nothing and answers 422 with the rows.',
        consumes: ['multipart/form-data'],
        params: IndicatorParamsSchema,
        querystring: IndicatorImportQuerySchema,
        response: { 200: IndicatorImportResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      const upload = await readUpload(request, INDICATOR_LIMITS.maxImportBytes);
      return importValues(db, actorOf(request), plan, upload.bytes, upload.kind, {
        dryRun: request.query.dryRun === 'true',
        workers: deps.heavy.workers,
      });
    },
  );

  r.get(
    '/plans/:id/indicators/:indicatorId/series',
    {
      config: { access: 'reader', scope: byParam('plan') },
      schema: {
        tags,
        summary:
          'Chart data: periods in order × values per municipality, the region’s value and the target',
        params: IndicatorItemParamsSchema,
        querystring: IndicatorSeriesQuerySchema,
        response: { 200: IndicatorSeriesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const plan = await planOf(db, request.params.id);
      const raw = request.query.partyIds;
      let partyIds: string[] | null = null;
      if (raw) {
        partyIds = raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (
          partyIds.length > INDICATOR_LIMITS.maxSeriesParties ||
          partyIds.some((p) => !UUID.safeParse(p).success)
        ) {
          throw planFileError('validation', 'badPartyIds', {
            max: INDICATOR_LIMITS.maxSeriesParties,
          });
        }
      }
      return indicatorSeries(db, plan, request.params.indicatorId, partyIds);
    },
  );
}
