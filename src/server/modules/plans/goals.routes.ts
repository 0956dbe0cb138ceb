/**
 * /api/plans/:id/goals: the goal hierarchy (vision → goals → sub-goals). A goal is deleted only
 * while nothing hangs on it (no initiatives, no sub-goals): 409 otherwise.
 */
import { and, count, eq, max } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkGoal, type GoalNodeInput } from '../../../domain/plans/index';
import {
  CreateGoalSchema,
  GoalParamsSchema,
  PlanDetailSchema,
  PlanParamsSchema,
  UpdateGoalSchema,
} from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import type { PlansDeps } from './plans.deps';
import { lockPlan } from './plans.repo';
import { planGoals, planInitiatives } from './plans.table';
import { must, planError, planNotFound } from './plans.texts';
import { planDetail } from './plans.view';

const tags = ['plans'];
const config = { access: 'secretariat' as const, scope: byParam('plan') };
const response = { 200: PlanDetailSchema, ...problemResponses };

async function goalsOf(tx: Db, planId: string): Promise<(typeof planGoals.$inferSelect)[]> {
  return tx.select().from(planGoals).where(eq(planGoals.planId, planId));
}

const asNode = (g: GoalNodeInput): GoalNodeInput => ({
  id: g.id,
  parentId: g.parentId,
  level: g.level,
  code: g.code,
});

/** The goal routes. */
async function goalCreateRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/goals',
    {
      config,
      schema: {
        tags,
        summary: 'Add a vision, goal or sub-goal',
        params: PlanParamsSchema,
        body: CreateGoalSchema,
        response: { 201: PlanDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
      await mutate(db, actorOf(request), async (tx) => {
        const { row } = await lockPlan(tx, id);
        const goals = await goalsOf(tx, id);
        const newId = crypto.randomUUID();
        must(
          checkGoal(goals.map(asNode), {
            id: newId,
            parentId: body.parentId,
            level: body.level,
            code: body.code,
          }),
        );
        const [last] = await tx
          .select({ position: max(planGoals.position) })
          .from(planGoals)
          .where(eq(planGoals.planId, id));
        const [goal] = await tx
          .insert(planGoals)
          .values({
            id: newId,
            planId: id,
            parentId: body.parentId,
            level: body.level,
            code: body.code,
            title: body.title,
            description: body.description,
            position: body.position ?? (last?.position ?? -1) + 1,
            validFrom: body.validFrom ?? row.periodFrom,
          })
          .returning();
        return {
          result: null,
          audit: {
            action: 'plan.goal.create',
            entityType: 'planGoal',
            entityId: newId,
            summary: `Mål tilføjet: ${body.code} ${body.title}`,
            after: goal,
            relatedIds: [id],
          },
        };
      });
      return reply.status(201).send(await planDetail(db, id));
    },
  );
}

async function goalChangeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.patch(
    '/plans/:id/goals/:goalId',
    {
      config,
      schema: {
        tags,
        summary: 'Change a goal (its place in the hierarchy is checked again)',
        params: GoalParamsSchema,
        body: UpdateGoalSchema,
        response,
      },
    },
    async (request) => {
      const { id, goalId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        await lockPlan(tx, id);
        const goals = await goalsOf(tx, id);
        const goal = goals.find((g) => g.id === goalId);
        if (!goal) throw planNotFound('goal');
        const next = { ...goal, ...request.body };
        must(checkGoal(goals.map(asNode), asNode(next)));
        await tx
          .update(planGoals)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(planGoals.id, goalId));
        return {
          result: null,
          audit: {
            action: 'plan.goal.update',
            entityType: 'planGoal',
            entityId: goalId,
            summary: `Mål ændret: ${next.code} ${next.title}`,
            before: goal,
            after: request.body,
            relatedIds: [id],
          },
        };
      });
      return planDetail(db, id);
    },
  );

  r.delete(
    '/plans/:id/goals/:goalId',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a goal nothing hangs on',
        params: GoalParamsSchema,
        response,
      },
    },
    async (request) => {
      const { id, goalId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        await lockPlan(tx, id);
        const [goal] = await tx
          .select()
          .from(planGoals)
          .where(and(eq(planGoals.id, goalId), eq(planGoals.planId, id)));
        if (!goal) throw planNotFound('goal');
        const [initiatives] = await tx
          .select({ n: count() })
          .from(planInitiatives)
          .where(eq(planInitiatives.goalId, goalId));
        const [children] = await tx
          .select({ n: count() })
          .from(planGoals)
          .where(eq(planGoals.parentId, goalId));
        const counts = { initiatives: initiatives?.n ?? 0, children: children?.n ?? 0 };
        if (counts.initiatives > 0 || counts.children > 0) {
          throw planError('conflict', 'goalInUse', counts);
        }
        await tx.delete(planGoals).where(eq(planGoals.id, goalId));
        return {
          result: null,
          audit: {
            action: 'plan.goal.delete',
            entityType: 'planGoal',
            entityId: goalId,
            summary: `Mål slettet: ${goal.code} ${goal.title}`,
            before: goal,
            relatedIds: [id],
          },
        };
      });
      return planDetail(db, id);
    },
  );
}

/** Registers the routes of this file. */
export async function goalRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  await goalCreateRoutes(app, deps);
  await goalChangeRoutes(app, deps);
}
