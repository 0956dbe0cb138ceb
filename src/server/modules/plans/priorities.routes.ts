/**
 * The clusters' joint priorities of the initiatives (now / later / not relevant, with a note):
 * recorded per initiative and cluster, shown side by side as initiatives × clusters.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  InitiativeDetailSchema,
  PlanParamsSchema,
  PriorityMatrixQuerySchema,
  PriorityMatrixSchema,
  PriorityParamsSchema,
  PutPrioritySchema,
} from '../../../shared/plans.contract';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { allOf, byParam } from '../../platform/scope';
import type { PlansDeps } from './plans.deps';
import {
  clusterInCollaboration,
  clustersOn,
  decodeCursor,
  encodeCursor,
  initiativeValidOn,
  lockPlan,
  planDay,
  requirePlan,
} from './plans.repo';
import { planClusterPriorities, planInitiatives } from './plans.table';
import { planError } from './plans.texts';
import { initiativeDetail, requireInitiative } from './initiatives.view';

const tags = ['plans'];

/** The priority routes. */
async function priorityWriteRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.put(
    '/plans/:id/initiatives/:initiativeId/priorities/:clusterId',
    {
      config: {
        access: 'secretariat',
        scope: allOf(byParam('plan'), byParam('cluster', 'clusterId')),
      },
      schema: {
        tags,
        summary: 'Record a cluster’s joint priority of an initiative',
        params: PriorityParamsSchema,
        body: PutPrioritySchema,
        response: { 200: InitiativeDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, initiativeId, clusterId } = request.params;
      const body = request.body;
      await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        const initiative = await requireInitiative(tx, id, initiativeId);
        if (!(await clusterInCollaboration(tx, clusterId, plan.collaborationId))) {
          throw planError('unprocessable', 'clusterNotInCollaboration');
        }
        const [before] = await tx
          .select()
          .from(planClusterPriorities)
          .where(
            and(
              eq(planClusterPriorities.initiativeId, initiativeId),
              eq(planClusterPriorities.clusterId, clusterId),
            ),
          );
        const values = {
          priority: body.priority,
          note: body.note,
          decidedOn: body.decidedOn,
          recordedBy: request.user?.id ?? null,
        };
        const [row] = await tx
          .insert(planClusterPriorities)
          .values({ planId: id, initiativeId, clusterId, ...values })
          .onConflictDoUpdate({
            target: [planClusterPriorities.initiativeId, planClusterPriorities.clusterId],
            set: { ...values, updatedAt: new Date() },
          })
          .returning();
        return {
          result: null,
          audit: {
            action: 'plan.priority.record',
            entityType: 'planClusterPriority',
            entityId: row?.id ?? null,
            summary: `Klyngeprioritering: ${initiative.number} — ${body.priority}`,
            before: before ?? null,
            after: row,
            relatedIds: [id, initiativeId, clusterId],
          },
        };
      });
      return initiativeDetail(db, id, initiativeId);
    },
  );
}

async function priorityMatrixRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/plans/:id/priorities',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The clusters’ priorities side by side: initiatives × clusters',
        params: PlanParamsSchema,
        querystring: PriorityMatrixQuerySchema,
        response: { 200: PriorityMatrixSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { asOf, cursor, limit } = request.query;
      const { row: plan } = await requirePlan(db, id);
      const day = planDay(plan, asOf);
      const after = decodeCursor(cursor, ['number', 'string'] as const);
      const rows = await db
        .select({
          id: planInitiatives.id,
          number: planInitiatives.number,
          title: planInitiatives.title,
          position: planInitiatives.position,
        })
        .from(planInitiatives)
        .where(
          and(
            eq(planInitiatives.planId, id),
            initiativeValidOn(day),
            after
              ? sql`(${planInitiatives.position}, ${planInitiatives.id}) > (${after[0]}, ${after[1]})`
              : undefined,
          ),
        )
        .orderBy(asc(planInitiatives.position), asc(planInitiatives.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const priorities =
        page.length === 0
          ? []
          : await db
              .select()
              .from(planClusterPriorities)
              .where(
                inArray(
                  planClusterPriorities.initiativeId,
                  page.map((p) => p.id),
                ),
              );
      const byInitiative = new Map<string, Record<string, (typeof priorities)[number]>>();
      for (const p of priorities) {
        const map = byInitiative.get(p.initiativeId) ?? {};
        map[p.clusterId] = p;
        byInitiative.set(p.initiativeId, map);
      }
      const last = page.at(-1);
      return {
        clusters: (await clustersOn(db, plan.collaborationId, day)).map((c) => ({
          id: c.id,
          name: c.name,
        })),
        rows: page.map((p) => ({
          initiativeId: p.id,
          number: p.number,
          title: p.title,
          priorities: Object.fromEntries(
            Object.entries(byInitiative.get(p.id) ?? {}).map(([clusterId, v]) => [
              clusterId,
              { priority: v.priority, note: v.note, decidedOn: v.decidedOn },
            ]),
          ),
        })),
        nextCursor: rows.length > limit && last ? encodeCursor([last.position, last.id]) : null,
      };
    },
  );
}

/** Registers the routes of this file. */
export async function priorityRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  await priorityWriteRoutes(app, deps);
  await priorityMatrixRoutes(app, deps);
}
