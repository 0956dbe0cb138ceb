/**
 * Degrees of implementation recorded directly (outside a reporting round): one value of the
 * plan's scale for one of the initiative's subjects on a day, appended to the history; and the
 * history of an initiative's degrees, newest first, paged.
 */
import { and, desc, eq, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkDegree, isSubject } from '../../../domain/plans/index';
import {
  DegreeEntrySchema,
  DegreeHistoryQuerySchema,
  DegreeHistorySchema,
  InitiativeParamsSchema,
  PlanParamsSchema,
  RecordDegreeSchema,
  type DegreeEntry,
  type RecordDegree,
} from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import type { ScaleStep } from '../../../domain/plans/index';
import type { PlansDeps } from './plans.deps';
import {
  decodeCursor,
  degreeLabel,
  encodeCursor,
  lockPlan,
  requirePlan,
  type InitiativeRow,
  subjectUniverse,
} from './plans.repo';
import { planDegrees } from './plans.table';
import { must, planError } from './plans.texts';
import { requireInitiative } from './initiatives.view';

const tags = ['plans'];

/** A stored degree as the API shows it. */
export function degreeEntry(
  scale: readonly ScaleStep[],
  row: typeof planDegrees.$inferSelect,
): DegreeEntry {
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    degree: row.degree,
    labelDa: degreeLabel(scale, row.degree, 'da'),
    labelEn: degreeLabel(scale, row.degree, 'en'),
    score: scale.find((s) => s.key === row.degree)?.score ?? null,
    comment: row.comment,
    recordedOn: row.recordedOn,
    roundId: row.roundId,
    carried: row.carried,
    changed: row.changed,
  };
}

/**
 * Records one degree of implementation outside a round, inside the caller's transaction (the
 * route above, and the pilots module's spread, issue 12): the plan locked, the initiative valid on
 * the day, the degree on the plan's scale, the subject one of the initiative's; `changed` against
 * the value before it.
 */
export async function recordDegree(
  tx: Db,
  planId: string,
  body: RecordDegree,
  recordedBy: string | null,
): Promise<{
  stored: typeof planDegrees.$inferSelect;
  scale: readonly ScaleStep[];
  initiative: InitiativeRow;
}> {
  const { row: plan, scale } = await lockPlan(tx, planId);
  const initiative = await requireInitiative(tx, planId, body.initiativeId);
  if (initiative.validTo !== null && body.recordedOn > initiative.validTo) {
    throw planError('conflict', 'initiativeEnded');
  }
  must(checkDegree(scale, body.degree));
  const { universe } = await subjectUniverse(tx, plan, body.recordedOn);
  const subject = { kind: body.subjectKind, id: body.subjectId };
  if (!isSubject(initiative, universe, subject)) throw planError('unprocessable', 'notASubject');
  const [previous] = await tx
    .select({ degree: planDegrees.degree })
    .from(planDegrees)
    .where(
      and(
        eq(planDegrees.planId, planId),
        eq(planDegrees.initiativeId, body.initiativeId),
        eq(planDegrees.subjectId, body.subjectId),
        lte(planDegrees.recordedOn, body.recordedOn),
      ),
    )
    .orderBy(desc(planDegrees.recordedOn), desc(planDegrees.createdAt))
    .limit(1);
  const [row] = await tx
    .insert(planDegrees)
    .values({
      planId,
      initiativeId: body.initiativeId,
      subjectKind: body.subjectKind,
      subjectId: body.subjectId,
      degree: body.degree,
      comment: body.comment,
      recordedOn: body.recordedOn,
      changed: previous?.degree !== body.degree,
      recordedBy,
    })
    .returning();
  return { stored: row as typeof planDegrees.$inferSelect, scale, initiative };
}

/** The degree routes. */
export async function degreeRoutes(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/plans/:id/degrees',
    {
      config: { access: 'secretariat', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'Record an initiative’s degree of implementation for one of its subjects',
        params: PlanParamsSchema,
        body: RecordDegreeSchema,
        response: { 201: DegreeEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
      const entry = await mutate(db, actorOf(request), async (tx) => {
        const { stored, scale, initiative } = await recordDegree(
          tx,
          id,
          body,
          request.user?.id ?? null,
        );
        return {
          result: degreeEntry(scale, stored),
          audit: {
            action: 'plan.degree.record',
            entityType: 'planDegree',
            entityId: stored.id,
            summary: `Implementeringsgrad registreret: ${initiative.number} — ${degreeLabel(scale, body.degree)}`,
            after: stored,
            relatedIds: [id, body.initiativeId, body.subjectId],
          },
        };
      });
      return reply.status(201).send(entry);
    },
  );

  r.get(
    '/plans/:id/initiatives/:initiativeId/degrees',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The history of an initiative’s degrees (all subjects or one), newest first',
        params: InitiativeParamsSchema,
        querystring: DegreeHistoryQuerySchema,
        response: { 200: DegreeHistorySchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, initiativeId } = request.params;
      const { subjectId, cursor, limit } = request.query;
      const { scale } = await requirePlan(db, id);
      await requireInitiative(db, id, initiativeId);
      const [offset] = decodeCursor(cursor, ['number'] as const) ?? [0];
      const rows = await db
        .select()
        .from(planDegrees)
        .where(
          and(
            eq(planDegrees.planId, id),
            eq(planDegrees.initiativeId, initiativeId),
            subjectId ? eq(planDegrees.subjectId, subjectId) : undefined,
          ),
        )
        .orderBy(desc(planDegrees.recordedOn), desc(planDegrees.createdAt), desc(planDegrees.id))
        .limit(limit + 1)
        .offset(offset);
      return {
        items: rows.slice(0, limit).map((row) => degreeEntry(scale, row)),
        nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null,
      };
    },
  );
}
