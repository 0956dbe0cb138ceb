/**
 * /api/plans/:id/{heatmap,heatmap.xlsx,progress,trend,parties/:partyId/profile,snapshot}: the
 * views of a plan's degrees, as of the latest closed round by default (an open round, live, for
 * the secretariat), and the status snapshot put on a meeting's agenda as a new item.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  HeatmapQuerySchema,
  HeatmapSchema,
  PartyProfileSchema,
  PlanParamsSchema,
  PlanPartyParamsSchema,
  ProgressSchema,
  RoundQuerySchema,
  SnapshotRequestSchema,
  SnapshotResultSchema,
  TrendSchema,
} from '../../../shared/plan-rounds.contract';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { allOf, byBody, byParam } from '../../platform/scope';
import { addFreeItem } from '../agendas/index';
import { caseDeps } from '../cases/index';
import { contentDisposition } from '../documents/index';
import { heatmapWorkbook } from './heatmap.export';
import { requirePlanRow } from './plans.repo';
import { heatmap, partyProfile, progress, snapshotText, trend } from './views.service';
import { roleOf } from './views.present';

const tags = ['plans'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const read = { access: 'reader' as const, scope: byParam('plan') };

export async function viewsRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/plans/:id/heatmap',
    {
      config: read,
      schema: {
        tags,
        summary: 'Municipalities × initiatives with degree keys, as of a round',
        params: PlanParamsSchema,
        querystring: HeatmapQuerySchema,
        response: { 200: HeatmapSchema, ...problemResponses },
      },
    },
    async (request) => heatmap(db, request.params.id, request.query, roleOf(request)),
  );

  r.get(
    '/plans/:id/heatmap.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The heatmap as XLSX (Danish labels, a fill colour per degree)',
        params: PlanParamsSchema,
        querystring: HeatmapQuerySchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await requirePlanRow(db, request.params.id);
      const map = await heatmap(db, plan.id, request.query, roleOf(request));
      const file = await heatmapWorkbook(plan, map);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(`varmekort-${plan.key}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );

  r.get(
    '/plans/:id/progress',
    {
      config: read,
      schema: {
        tags,
        summary: 'Progress per goal, per cluster and for the region',
        params: PlanParamsSchema,
        querystring: RoundQuerySchema,
        response: { 200: ProgressSchema, ...problemResponses },
      },
    },
    async (request) => progress(db, request.params.id, request.query.roundId, roleOf(request)),
  );

  r.get(
    '/plans/:id/trend',
    {
      config: read,
      schema: {
        tags,
        summary: 'Per closed round: the distribution of degrees, the average score, the burden',
        params: PlanParamsSchema,
        response: { 200: TrendSchema, ...problemResponses },
      },
    },
    async (request) => trend(db, request.params.id),
  );

  r.get(
    '/plans/:id/parties/:partyId/profile',
    {
      config: read,
      schema: {
        tags,
        summary: 'A municipality’s degrees, changes since the last round, and its answers',
        params: PlanPartyParamsSchema,
        response: { 200: PartyProfileSchema, ...problemResponses },
      },
    },
    async (request) => partyProfile(db, request.params.id, request.params.partyId, roleOf(request)),
  );

  r.post(
    '/plans/:id/snapshot',
    {
      config: {
        access: 'secretariat',
        scope: allOf(byParam('plan'), byBody('meeting', 'meetingId')),
      },
      schema: {
        tags,
        summary: 'Put a status snapshot (latest closed round) on a meeting’s agenda as an item',
        params: PlanParamsSchema,
        body: SnapshotRequestSchema,
        response: { 201: SnapshotResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { title, text } = await snapshotText(db, request.params.id);
      const itemId = await addFreeItem(caseDeps(db), actorOf(request), request.body.meetingId, {
        kind: 'free',
        title,
        body: text,
        type: 'information',
        closed: false,
      });
      return reply
        .status(201)
        .send({ meetingId: request.body.meetingId, agendaItemId: itemId, title, text });
    },
  );
}
