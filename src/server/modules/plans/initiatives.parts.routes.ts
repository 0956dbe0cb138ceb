/**
 * An initiative's milestones (due dates within reason, late as of a day) and its links to cases
 * and agenda items of the plan's collaboration. Each change answers with the initiative.
 */
import { and, eq, max } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkMilestone } from '../../../domain/plans/index';
import {
  CreateLinkSchema,
  CreateMilestoneSchema,
  InitiativeDetailSchema,
  InitiativeParamsSchema,
  LinkParamsSchema,
  MilestoneParamsSchema,
  UpdateMilestoneSchema,
} from '../../../shared/plans.contract';
import type { PlanLinkKind } from '../../../shared/plans.enums';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import { agendaItems } from '../agendas/index';
import { cases, meetingsLookup } from '../cases/index';
import type { PlansDeps } from './plans.deps';
import { forumCollaboration, lockPlan } from './plans.repo';
import { planLinks, planMilestones } from './plans.table';
import { must, planError, planNotFound } from './plans.texts';
import { initiativeDetail, requireInitiative } from './initiatives.view';

const tags = ['plans'];
const config = { access: 'secretariat' as const, scope: byParam('plan') };
const response = { 200: InitiativeDetailSchema, ...problemResponses };

/** The initiative as a change answers it (as of today). */
const answer = (db: Db, planId: string, initiativeId: string) =>
  initiativeDetail(db, planId, initiativeId);

/** The collaboration of a link's target, or null when the target does not exist. */
async function targetCollaboration(
  tx: Db,
  kind: PlanLinkKind,
  targetId: string,
): Promise<string | null> {
  if (kind === 'case') {
    const [row] = await tx
      .select({ collaborationId: cases.collaborationId })
      .from(cases)
      .where(eq(cases.id, targetId));
    return row?.collaborationId ?? null;
  }
  const [item] = await tx
    .select({ meetingId: agendaItems.meetingId })
    .from(agendaItems)
    .where(eq(agendaItems.id, targetId));
  if (!item) return null;
  const meeting = await meetingsLookup.findMeeting(tx, item.meetingId);
  return meeting ? forumCollaboration(tx, meeting.forumId) : null;
}

/** The milestone and link routes. */
async function milestoneCreateRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/initiatives/:initiativeId/milestones',
    {
      config,
      schema: {
        tags,
        summary: 'Add a milestone to an initiative',
        params: InitiativeParamsSchema,
        body: CreateMilestoneSchema,
        response: { 201: InitiativeDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, initiativeId } = request.params;
      const { position, ...body } = request.body;
      await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        await requireInitiative(tx, id, initiativeId);
        must(checkMilestone(body, plan));
        const [last] = await tx
          .select({ position: max(planMilestones.position) })
          .from(planMilestones)
          .where(eq(planMilestones.initiativeId, initiativeId));
        const [row] = await tx
          .insert(planMilestones)
          .values({
            ...body,
            planId: id,
            initiativeId,
            position: position ?? (last?.position ?? -1) + 1,
          })
          .returning();
        return {
          result: null,
          audit: {
            action: 'plan.milestone.create',
            entityType: 'planMilestone',
            entityId: row?.id ?? null,
            summary: `Milepæl tilføjet: ${body.title}`,
            after: row,
            relatedIds: [id, initiativeId],
          },
        };
      });
      return reply.status(201).send(await answer(db, id, initiativeId));
    },
  );
}

async function milestoneChangeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.patch(
    '/plans/:id/initiatives/:initiativeId/milestones/:milestoneId',
    {
      config,
      schema: {
        tags,
        summary: 'Change a milestone (title, due date, status)',
        params: MilestoneParamsSchema,
        body: UpdateMilestoneSchema,
        response,
      },
    },
    async (request) => {
      const { id, initiativeId, milestoneId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        const [before] = await tx
          .select()
          .from(planMilestones)
          .where(
            and(
              eq(planMilestones.id, milestoneId),
              eq(planMilestones.initiativeId, initiativeId),
              eq(planMilestones.planId, id),
            ),
          );
        if (!before) throw planNotFound('milestone');
        const next = { ...before, ...request.body };
        must(checkMilestone(next, plan));
        await tx
          .update(planMilestones)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(planMilestones.id, milestoneId));
        return {
          result: null,
          audit: {
            action: 'plan.milestone.update',
            entityType: 'planMilestone',
            entityId: milestoneId,
            summary: `Milepæl ændret: ${next.title}`,
            before,
            after: request.body,
            relatedIds: [id, initiativeId],
          },
        };
      });
      return answer(db, id, initiativeId);
    },
  );

  r.delete(
    '/plans/:id/initiatives/:initiativeId/milestones/:milestoneId',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a milestone',
        params: MilestoneParamsSchema,
        response,
      },
    },
    async (request) => {
      const { id, initiativeId, milestoneId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        await lockPlan(tx, id);
        const [before] = await tx
          .delete(planMilestones)
          .where(
            and(
              eq(planMilestones.id, milestoneId),
              eq(planMilestones.initiativeId, initiativeId),
              eq(planMilestones.planId, id),
            ),
          )
          .returning();
        if (!before) throw planNotFound('milestone');
        return {
          result: null,
          audit: {
            action: 'plan.milestone.delete',
            entityType: 'planMilestone',
            entityId: milestoneId,
            summary: `Milepæl slettet: ${before.title}`,
            before,
            relatedIds: [id, initiativeId],
          },
        };
      });
      return answer(db, id, initiativeId);
    },
  );
}

async function linkRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/initiatives/:initiativeId/links',
    {
      config,
      schema: {
        tags,
        summary: 'Link an initiative to a case or an agenda item of the plan’s collaboration',
        params: InitiativeParamsSchema,
        body: CreateLinkSchema,
        response: { 201: InitiativeDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, initiativeId } = request.params;
      const { kind, targetId } = request.body;
      await mutate(db, actorOf(request), async (tx) => {
        const { row: plan } = await lockPlan(tx, id);
        await requireInitiative(tx, id, initiativeId);
        const collaborationId = await targetCollaboration(tx, kind, targetId);
        if (collaborationId === null) throw planError('unprocessable', 'linkTargetMissing');
        if (collaborationId !== plan.collaborationId) {
          throw planError('unprocessable', 'linkOtherCollaboration');
        }
        const [row] = await tx
          .insert(planLinks)
          .values({ planId: id, initiativeId, kind, targetId })
          .onConflictDoNothing()
          .returning();
        if (!row) throw planError('conflict', 'linkTwice');
        return {
          result: null,
          audit: {
            action: 'plan.link.create',
            entityType: 'planLink',
            entityId: row.id,
            summary: `Indsats koblet til ${kind === 'case' ? 'sag' : 'dagsordenspunkt'}`,
            after: row,
            relatedIds: [id, initiativeId, targetId],
          },
        };
      });
      return reply.status(201).send(await answer(db, id, initiativeId));
    },
  );

  r.delete(
    '/plans/:id/initiatives/:initiativeId/links/:linkId',
    {
      config,
      schema: {
        tags,
        summary: 'Remove a link',
        params: LinkParamsSchema,
        response,
      },
    },
    async (request) => {
      const { id, initiativeId, linkId } = request.params;
      await mutate(db, actorOf(request), async (tx) => {
        await lockPlan(tx, id);
        const [before] = await tx
          .delete(planLinks)
          .where(
            and(
              eq(planLinks.id, linkId),
              eq(planLinks.initiativeId, initiativeId),
              eq(planLinks.planId, id),
            ),
          )
          .returning();
        if (!before) throw planNotFound('link');
        return {
          result: null,
          audit: {
            action: 'plan.link.delete',
            entityType: 'planLink',
            entityId: linkId,
            summary: 'Kobling fjernet',
            before,
            relatedIds: [id, initiativeId, before.targetId],
          },
        };
      });
      return answer(db, id, initiativeId);
    },
  );
}

/** Registers the routes of this file. */
export async function initiativePartRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  await milestoneCreateRoutes(app, deps);
  await milestoneChangeRoutes(app, deps);
  await linkRoutes(app, deps);
}
