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
} from '../../../shared/plans.contract';
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
        const { row: plan, scale } = await lockPlan(tx, id);
        const initiative = await requireInitiative(tx, id, body.initiativeId);
        if (initiative.validTo !== null && body.recordedOn > initiative.validTo) {
          throw planError('conflict', 'initiativeEnded');
        }
        must(checkDegree(scale, body.degree));
        const { universe } = await subjectUniverse(tx, plan, body.recordedOn);
        const subject = { kind: body.subjectKind, id: body.subjectId };
        if (!isSubject(initiative, universe, subject))
          throw planError('unprocessable', 'notASubject');
        const [previous] = await tx
          .select({ degree: planDegrees.degree })
          .from(planDegrees)
          .where(
            and(
              eq(planDegrees.planId, id),
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
            planId: id,
            initiativeId: body.initiativeId,
            subjectKind: body.subjectKind,
            subjectId: body.subjectId,
            degree: body.degree,
            comment: body.comment,
            recordedOn: body.recordedOn,
            changed: previous?.degree !== body.degree,
            recordedBy: request.user?.id ?? null,
          })
          .returning();
        const stored = row as typeof planDegrees.$inferSelect;
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
