/**
 * /api/plans/:id/initiatives: the list (as of a day, paged in SQL), an initiative's detail,
 * adding and changing one, and ending it (time-versioned: `valid_to` is set, nothing deleted).
 */
import { and, asc, eq, max, ne, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkInitiative } from '../../../domain/plans/index';
import {
  AsOfSchema,
  CreateInitiativeSchema,
  EndSchema,
  InitiativeDetailSchema,
  InitiativeListQuerySchema,
  InitiativeListSchema,
  InitiativeParamsSchema,
  PlanParamsSchema,
  UpdateInitiativeSchema,
} from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import type { PlansDeps } from './plans.deps';
import {
  assertGoalInPlan,
  decodeCursor,
  encodeCursor,
  forumCollaboration,
  initiativeValidOn,
  lockPlan,
  partyIdsOf,
  planDay,
  requirePlan,
  type InitiativeRow,
  type PlanRow,
} from './plans.repo';
import { planInitiatives } from './plans.table';
import { must, planError } from './plans.texts';
import { initiativeDetail, initiativeSummary, requireInitiative } from './initiatives.view';

const tags = ['plans'];
const config = { access: 'secretariat' as const, scope: byParam('plan') };
const detailResponse = { 200: InitiativeDetailSchema, ...problemResponses };

type InitiativeFields = Pick<
  InitiativeRow,
  'goalId' | 'number' | 'level' | 'responsibleForumId' | 'participatingPartyIds' | 'yearPriorities'
>;

/** Checks an initiative's fields against the plan and its other initiatives. */
async function checkFields(tx: Db, plan: PlanRow, next: InitiativeFields, selfId?: string) {
  const [clash] = await tx
    .select({ id: planInitiatives.id })
    .from(planInitiatives)
    .where(
      and(
        eq(planInitiatives.planId, plan.id),
        eq(planInitiatives.number, next.number),
        ...(selfId ? [ne(planInitiatives.id, selfId)] : []),
      ),
    )
    .limit(1);
  if (clash) throw planError('conflict', 'initiativeNumberTaken', { number: next.number });
  if (next.goalId !== null) await assertGoalInPlan(tx, plan.id, next.goalId);
  if (
    next.responsibleForumId !== null &&
    (await forumCollaboration(tx, next.responsibleForumId)) !== plan.collaborationId
  ) {
    throw planError('unprocessable', 'forumNotInCollaboration');
  }
  must(
    checkInitiative(next, {
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      partyIds: await partyIdsOf(tx, plan.collaborationId),
    }),
  );
}

/** The initiative routes. */
async function initiativeReadRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/plans/:id/initiatives',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The plan’s initiatives as of a day, by goal and level, in the plan’s order',
        params: PlanParamsSchema,
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { goalId, level, asOf, cursor, limit } = request.query;
      const plan = await requirePlan(db, id);
      const after = decodeCursor(cursor, ['number', 'string'] as const);
      const rows = await db
        .select()
        .from(planInitiatives)
        .where(
          and(
            eq(planInitiatives.planId, id),
            initiativeValidOn(planDay(plan.row, asOf)),
            goalId ? eq(planInitiatives.goalId, goalId) : undefined,
            level ? eq(planInitiatives.level, level) : undefined,
            after
              ? sql`(${planInitiatives.position}, ${planInitiatives.id}) > (${after[0]}, ${after[1]})`
              : undefined,
          ),
        )
        .orderBy(asc(planInitiatives.position), asc(planInitiatives.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(initiativeSummary),
        nextCursor: rows.length > limit && last ? encodeCursor([last.position, last.id]) : null,
      };
    },
  );

  r.get(
    '/plans/:id/initiatives/:initiativeId',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary:
          'An initiative as of a day: milestones, links, current degrees per subject, priorities',
        params: InitiativeParamsSchema,
        querystring: AsOfSchema,
        response: detailResponse,
      },
    },
    async (request) =>
      initiativeDetail(db, request.params.id, request.params.initiativeId, request.query.asOf),
  );
}

async function initiativeChangeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/initiatives',
    {
      config,
      schema: {
        tags,
        summary: 'Add an initiative',
        params: PlanParamsSchema,
        body: CreateInitiativeSchema,
        response: { 201: InitiativeDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { validFrom, position, ...body } = request.body;
      const created = await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        await checkFields(tx, plan, body);
        const [last] = await tx
          .select({ position: max(planInitiatives.position) })
          .from(planInitiatives)
          .where(eq(planInitiatives.planId, id));
        const [row] = await tx
          .insert(planInitiatives)
          .values({
            ...body,
            planId: id,
            position: position ?? (last?.position ?? -1) + 1,
            validFrom: validFrom ?? plan.periodFrom,
          })
          .returning();
        const initiative = row as InitiativeRow;
        return {
          result: initiative,
          audit: {
            action: 'plan.initiative.create',
            entityType: 'planInitiative',
            entityId: initiative.id,
            summary: `Indsats tilføjet: ${initiative.number} ${initiative.title}`,
            after: initiative,
            relatedIds: [id],
          },
        };
      });
      return reply.status(201).send(await initiativeDetail(db, id, created.id, created.validFrom));
    },
  );

  r.patch(
    '/plans/:id/initiatives/:initiativeId',
    {
      config,
      schema: {
        tags,
        summary: 'Change an initiative',
        params: InitiativeParamsSchema,
        body: UpdateInitiativeSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id, initiativeId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        const before = await requireInitiative(tx, id, initiativeId, { lock: true });
        const next = { ...before, ...request.body };
        await checkFields(tx, plan, next, initiativeId);
        await tx
          .update(planInitiatives)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(planInitiatives.id, initiativeId));
        return {
          result: null,
          audit: {
            action: 'plan.initiative.update',
            entityType: 'planInitiative',
            entityId: initiativeId,
            summary: `Indsats ændret: ${next.number} ${next.title}`,
            before,
            after: request.body,
            relatedIds: [id],
          },
        };
      });
      return initiativeDetail(db, id, initiativeId);
    },
  );
}

async function initiativeEndRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/initiatives/:initiativeId/end',
    {
      config,
      schema: {
        tags,
        summary: 'End an initiative on a day (its history stays)',
        params: InitiativeParamsSchema,
        body: EndSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id, initiativeId } = request.params;
      const { on } = request.body;
      await mutate(db, actorOf(request), async (tx) => {
        await lockPlan(tx, id);
        const before = await requireInitiative(tx, id, initiativeId, { lock: true });
        if (before.validTo !== null) throw planError('conflict', 'initiativeEnded');
        if (on < before.validFrom) {
          throw planError('unprocessable', 'initiativeEndBeforeStart', { from: before.validFrom });
        }
        await tx
          .update(planInitiatives)
          .set({ validTo: on, updatedAt: new Date() })
          .where(eq(planInitiatives.id, initiativeId));
        return {
          result: null,
          audit: {
            action: 'plan.initiative.end',
            entityType: 'planInitiative',
            entityId: initiativeId,
            summary: `Indsats afsluttet: ${before.number} ${before.title}`,
            before: { validTo: null },
            after: { validTo: on },
            relatedIds: [id],
          },
        };
      });
      return initiativeDetail(db, id, initiativeId, on);
    },
  );
}

/** Registers the routes of this file. */
export async function initiativeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  await initiativeReadRoutes(app, deps);
  await initiativeChangeRoutes(app, deps);
  await initiativeEndRoutes(app, deps);
}
