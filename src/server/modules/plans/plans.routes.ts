/**
 * /api/plans: the list, creating a plan, its detail as of a day, changing it, adopting it by a
 * decision in the owning forum's minutes, ending it, and its degree scale. Reads are the
 * readers'; changes the secretariat's, scoped to the plan (create: to the owning forum).
 */
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  adopt,
  checkPeriod,
  checkScale,
  defaultScale,
  end,
  type ScaleStep,
} from '../../../domain/plans/index';
import { todayInDenmark } from '../../../shared/dates';
import {
  AdoptPlanSchema,
  AsOfSchema,
  CreatePlanSchema,
  EndSchema,
  PlanDetailSchema,
  PlanListQuerySchema,
  PlanListSchema,
  PlanParamsSchema,
  PutScaleSchema,
  UpdatePlanSchema,
} from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam } from '../../platform/scope';
import { agendaItems } from '../agendas/index';
import { caseSteps, meetingsLookup } from '../cases/index';
import type { PlansDeps } from './plans.deps';
import {
  decodeCursor,
  encodeCursor,
  forumCollaboration,
  forumNames,
  lockPlan,
  ownerOn,
  ownersOf,
} from './plans.repo';
import { planDegrees, planOwners, plans } from './plans.table';
import { must, planError, planNotFound } from './plans.texts';
import { planDetail, planSummaries } from './plans.view';

const tags = ['plans'];
const secretariat = { access: 'secretariat' as const, scope: byParam('plan') };
const detailResponse = { 200: PlanDetailSchema, ...problemResponses };

async function assertKeyFree(db: Db, collaborationId: string, key: string, planId?: string) {
  const [clash] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.collaborationId, collaborationId),
        eq(plans.key, key),
        ...(planId ? [ne(plans.id, planId)] : []),
      ),
    )
    .limit(1);
  if (clash) throw planError('conflict', 'keyTaken', { key });
}

/** The text of an agenda item's decision: a free item's own, a case item's on its step. */
async function decisionOf(db: Db, item: typeof agendaItems.$inferSelect): Promise<string | null> {
  if (item.caseStepId === null) return item.decision;
  const [step] = await db
    .select({ text: caseSteps.decisionText })
    .from(caseSteps)
    .where(eq(caseSteps.id, item.caseStepId));
  return step?.text ?? null;
}

/** The plan routes. */
async function planReadAndCreateRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/plans',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Plans, newest first, with their owning forum as of a day',
        querystring: PlanListQuerySchema,
        response: { 200: PlanListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { collaborationId, asOf, cursor, limit } = request.query;
      const after = decodeCursor(cursor, ['string', 'string'] as const);
      const rows = await db
        .select()
        .from(plans)
        .where(
          and(
            collaborationId ? eq(plans.collaborationId, collaborationId) : undefined,
            after
              ? sql`(${plans.periodFrom}, ${plans.id}) < (${after[0]}, ${after[1]})`
              : undefined,
          ),
        )
        .orderBy(desc(plans.periodFrom), desc(plans.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await planSummaries(db, page, asOf ?? todayInDenmark()),
        nextCursor: rows.length > limit && last ? encodeCursor([last.periodFrom, last.id]) : null,
      };
    },
  );

  r.post(
    '/plans',
    {
      config: { access: 'secretariat', scope: byBody('forum', 'ownerForumId') },
      schema: {
        tags,
        summary: 'Create a plan owned by a forum (a draft)',
        body: CreatePlanSchema,
        response: { 201: PlanDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      must(checkPeriod(body.periodFrom, body.periodTo ?? null));
      const scale: ScaleStep[] = body.degreeScale
        ? must(checkScale(body.degreeScale))
        : defaultScale();
      if ((await forumCollaboration(db, body.ownerForumId)) !== body.collaborationId) {
        throw planError('unprocessable', 'forumNotInCollaboration');
      }
      const id = await mutate(db, actorOf(request), async (tx) => {
        await assertKeyFree(tx, body.collaborationId, body.key);
        const [row] = await tx
          .insert(plans)
          .values({
            collaborationId: body.collaborationId,
            key: body.key,
            kind: body.kind,
            title: body.title,
            description: body.description,
            periodFrom: body.periodFrom,
            periodTo: body.periodTo ?? null,
            degreeScale: scale,
            fictional: body.fictional ?? false,
          })
          .returning();
        const plan = row as typeof plans.$inferSelect;
        await tx
          .insert(planOwners)
          .values({ planId: plan.id, forumId: body.ownerForumId, validFrom: body.periodFrom });
        return {
          result: plan.id,
          audit: {
            action: 'plan.create',
            entityType: 'plan',
            entityId: plan.id,
            summary: `Plan oprettet: ${plan.title}`,
            after: { ...plan, ownerForumId: body.ownerForumId },
            relatedIds: [body.collaborationId, body.ownerForumId],
          },
        };
      });
      return reply.status(201).send(await planDetail(db, id));
    },
  );

  r.get(
    '/plans/:id',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'A plan as of a day: owner, goal hierarchy, counts and degree scale',
        params: PlanParamsSchema,
        querystring: AsOfSchema,
        response: detailResponse,
      },
    },
    async (request) => planDetail(db, request.params.id, request.query.asOf),
  );
}

async function planChangeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.patch(
    '/plans/:id',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Change a plan’s key, kind, title, description or period',
        params: PlanParamsSchema,
        body: UpdatePlanSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        const { row } = await lockPlan(tx, id);
        const next = { ...row, ...request.body };
        must(checkPeriod(next.periodFrom, next.periodTo));
        if (request.body.key !== undefined && request.body.key !== row.key) {
          await assertKeyFree(tx, row.collaborationId, request.body.key, id);
        }
        await tx
          .update(plans)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(plans.id, id));
        return {
          result: null,
          audit: {
            action: 'plan.update',
            entityType: 'plan',
            entityId: id,
            summary: `Plan ændret: ${next.title}`,
            before: row,
            after: request.body,
          },
        };
      });
      return planDetail(db, id);
    },
  );

  r.post(
    '/plans/:id/adopt',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Adopt a plan by a decision in the minutes of its owning forum’s meeting',
        params: PlanParamsSchema,
        body: AdoptPlanSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id } = request.params;
      const { agendaItemId } = request.body;
      const on = await mutate(db, actorOf(request), async (tx) => {
        const { row } = await lockPlan(tx, id);
        const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId));
        if (!item) throw planNotFound('agendaItem');
        const meeting = await meetingsLookup.findMeeting(tx, item.meetingId);
        if (!meeting) throw planNotFound('agendaItem');
        const owner = ownerOn(await ownersOf(tx, [id]), meeting.date);
        if (!owner || owner.forumId !== meeting.forumId) {
          const names = await forumNames(tx, owner ? [owner.forumId] : []);
          throw planError('unprocessable', 'adoptionWrongForum', {
            forum: (owner && names.get(owner.forumId)) ?? '—',
          });
        }
        const change = must(
          adopt(row.status, {
            agendaItemId,
            decisionText: await decisionOf(tx, item),
            on: meeting.date,
          }),
        );
        await tx
          .update(plans)
          .set({ ...change, updatedAt: new Date() })
          .where(eq(plans.id, id));
        return {
          result: meeting.date,
          audit: {
            action: 'plan.adopt',
            entityType: 'plan',
            entityId: id,
            summary: `Plan vedtaget: ${row.title}`,
            before: { status: row.status },
            after: change,
            relatedIds: [agendaItemId, item.meetingId, meeting.forumId],
          },
        };
      });
      return planDetail(db, id, on);
    },
  );
}

async function planStatusRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/end',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'End an adopted plan',
        params: PlanParamsSchema,
        body: EndSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        const { row } = await lockPlan(tx, id, { allowEnded: true });
        const change = must(end(row, request.body.on));
        await tx
          .update(plans)
          .set({ ...change, updatedAt: new Date() })
          .where(eq(plans.id, id));
        return {
          result: null,
          audit: {
            action: 'plan.end',
            entityType: 'plan',
            entityId: id,
            summary: `Plan afsluttet: ${row.title}`,
            before: { status: row.status },
            after: change,
          },
        };
      });
      return planDetail(db, id, request.body.on);
    },
  );

  r.put(
    '/plans/:id/scale',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Replace a plan’s scale of degrees (keys in use must stay)',
        params: PlanParamsSchema,
        body: PutScaleSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      const { id } = request.params;
      const scale = must(checkScale(request.body.degreeScale));
      await mutate(db, actorOf(request), async (tx) => {
        const { row } = await lockPlan(tx, id);
        const keys = new Set(scale.map((s) => s.key));
        const used = await tx
          .selectDistinct({ degree: planDegrees.degree })
          .from(planDegrees)
          .where(eq(planDegrees.planId, id));
        const lost = used.find((u) => !keys.has(u.degree));
        if (lost) throw planError('conflict', 'scaleInUse', { key: lost.degree });
        await tx
          .update(plans)
          .set({ degreeScale: scale, updatedAt: new Date() })
          .where(eq(plans.id, id));
        return {
          result: null,
          audit: {
            action: 'plan.scale',
            entityType: 'plan',
            entityId: id,
            summary: `Skala ændret: ${row.title}`,
            before: row.degreeScale,
            after: scale,
          },
        };
      });
      return planDetail(db, id);
    },
  );
}

/** Registers the routes of this file. */
export async function planRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  await planReadAndCreateRoutes(app, deps);
  await planChangeRoutes(app, deps);
  await planStatusRoutes(app, deps);
}
