/**
 * The scale-up decision and the spread (issue 12): the structured decision recorded through the
 * case's current step, and one municipality's spread after a scale-up, feeding the plan's degrees
 * where the pilot links a plan initiative.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import {
  checkDecision,
  checkSpread,
  decisionText,
  degreeForSpread,
  municipalitiesInScope,
  type ScaleUpScope,
  type SpreadStatus,
} from '../../../domain/pilots/index';
import { currentStep } from '../../../domain/cases/index';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import {
  changeCase,
  decideSpec,
  decisionMeeting,
  loadForChange,
  markHeldIfDue,
  type CaseDeps,
  type Viewer,
} from '../cases/index';
import { recordKnowledgeEntry } from '../knowledge/index';
import { clusterNames, loadPlan, recordDegree } from '../plans/index';
import { clustersOnDay, partiesOnDay } from './pilots.org';
import { decisionEntry, requirePilot, type DecisionRow, type PilotRow } from './pilots.service';
import { pilotDecisions, pilots, pilotSpread } from './pilots.table';
import { pilotDomainError, pilotError } from './pilots.texts';
import { assertMaySeePilot } from './pilots.visibility';

/** Locks the pilot row for a change. */
async function lockPilot(tx: Db, id: string): Promise<void> {
  await tx.select({ id: pilots.id }).from(pilots).where(eq(pilots.id, id)).for('update');
}

/** The scope as stored → the domain's scope. */
export function scopeOf(
  row: Pick<DecisionRow, 'scopeKind' | 'scopeClusterIds'>,
): { kind: 'all' } | { kind: 'clusters'; clusterIds: string[] } | null {
  if (row.scopeKind === 'all') return { kind: 'all' };
  if (row.scopeKind === 'clusters')
    return { kind: 'clusters', clusterIds: [...row.scopeClusterIds] };
  return null;
}

/**
 * Records the structured scale-up decision as the decision of the case's current step (the
 * cases module's decide path: the held-meeting rule, the domain transition, the meeting marked
 * held), with a generated Danish text, the structured outcome and the knowledge-bank entry, in
 * one transaction with one audit row (`case.decide`). The decision settles the case.
 */
export async function decidePilot(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: { outcome: DecisionRow['outcome']; scope: ScaleUpScope | null; on?: IsoDate },
  today: IsoDate,
): Promise<void> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  if (pilot.caseId === null) throw pilotError('conflict', 'noCase');
  const loaded = await loadForChange(deps, viewer, pilot.caseId);
  const step = currentStep(loaded.case);
  if (!step) throw pilotError('conflict', 'caseClosed');
  const at = await decisionMeeting(deps, loaded, step.id, today);
  const on = input.on ?? at.on;
  const clusters = await clustersOnDay(deps.db, pilot.collaborationId, on);
  const checked = checkDecision(
    { outcome: input.outcome, scope: input.scope, on },
    pilot,
    new Set(clusters.keys()),
  );
  if (!checked.ok) throw pilotDomainError(checked.error);
  const scope = checked.value.scope;
  const listed = scope?.kind === 'clusters' ? [...scope.clusterIds] : [];
  const names = await clusterNames(deps.db, listed);
  const text = decisionText(
    pilot.title,
    input.outcome,
    scope,
    listed.map((c) => names.get(c) ?? c),
  );
  const decisionId = randomUUID();
  const meeting = at.meeting;
  const spec = decideSpec(actor, step.id, { text, final: true, on });
  await changeCase(deps, actor, loaded, {
    ...spec,
    alsoInTx: async (tx) => {
      if (meeting) await markHeldIfDue(tx, deps, meeting, today);
      const [row] = await tx
        .insert(pilotDecisions)
        .values({
          id: decisionId,
          pilotId: pilot.id,
          caseId: loaded.row.id,
          stepId: step.id,
          forumId: step.forumId,
          outcome: input.outcome,
          scopeKind: scope?.kind ?? null,
          scopeClusterIds: listed,
          decidedOn: on,
          text,
          createdBy: actor.userId,
        })
        .returning();
      await recordKnowledgeEntry(tx, decisionEntry(pilot, row as DecisionRow));
    },
  });
}

/** The pilot's latest scale-up decision, or null. */
export async function latestScaleUp(db: Db, pilotId: string): Promise<DecisionRow | null> {
  const [row] = await db
    .select()
    .from(pilotDecisions)
    .where(and(eq(pilotDecisions.pilotId, pilotId), eq(pilotDecisions.outcome, 'scaleUp')))
    .orderBy(desc(pilotDecisions.decidedOn), desc(pilotDecisions.createdAt))
    .limit(1);
  return row ?? null;
}

/** The municipalities a scale-up decision reaches (on its day). */
export async function scopeMunicipalities(
  db: Db,
  pilot: PilotRow,
  decision: DecisionRow,
): Promise<string[]> {
  const scope = scopeOf(decision) ?? { kind: 'all' as const };
  const partyKinds = await partiesOnDay(db, pilot.collaborationId, decision.decidedOn);
  const municipalities = [...partyKinds].filter(([, k]) => k === 'municipality').map(([p]) => p);
  const clusters = await clustersOnDay(db, pilot.collaborationId, decision.decidedOn);
  return municipalitiesInScope(scope, municipalities, clusters);
}

/**
 * Records one municipality's spread after the latest scale-up; where the pilot links a plan
 * initiative, also the plan's degree of implementation for that municipality (through the plans
 * module's `recordDegree`, mapped by `degreeForSpread`), when the municipality is one of the
 * initiative's subjects. One transaction, one audit row.
 */
export async function recordSpread(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: { partyId: string; status: SpreadStatus; on: IsoDate; note: string },
): Promise<{ degreeRecorded: boolean }> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  const decision = await latestScaleUp(deps.db, id);
  if (!decision) throw pilotError('conflict', 'noScaleUp');
  const inScope = new Set(await scopeMunicipalities(deps.db, pilot, decision));
  return mutate(deps.db, actor, async (tx) => {
    await lockPilot(tx, id);
    const [previous] = await tx
      .select({ status: pilotSpread.status, on: pilotSpread.on })
      .from(pilotSpread)
      .where(
        and(
          eq(pilotSpread.pilotId, id),
          eq(pilotSpread.decisionId, decision.id),
          eq(pilotSpread.partyId, input.partyId),
        ),
      )
      .orderBy(desc(pilotSpread.on), desc(pilotSpread.createdAt))
      .limit(1);
    const checked = checkSpread(input, {
      decidedOn: decision.decidedOn,
      inScope,
      previous: previous ?? null,
    });
    if (!checked.ok) throw pilotDomainError(checked.error);
    const [row] = await tx
      .insert(pilotSpread)
      .values({
        pilotId: id,
        decisionId: decision.id,
        partyId: input.partyId,
        status: input.status,
        on: input.on,
        note: input.note.trim(),
        recordedBy: actor.userId,
      })
      .returning({ id: pilotSpread.id });
    const degree = await feedDegree(tx, pilot, input, actor.userId);
    return {
      result: { degreeRecorded: degree !== null },
      audit: {
        action: 'pilot.spread',
        entityType: 'pilot',
        entityId: id,
        summary: `Udbredelse registreret: ${input.status} (${input.on})`,
        after: {
          spreadId: row?.id,
          partyId: input.partyId,
          status: input.status,
          on: input.on,
          planDegree: degree,
        },
        relatedIds: [input.partyId, ...(pilot.initiativeId ? [pilot.initiativeId] : [])],
      },
    };
  });
}

/** Records the plan degree for a spread entry; the degree key, or null when not fed. */
async function feedDegree(
  tx: Db,
  pilot: PilotRow,
  input: { partyId: string; status: SpreadStatus; on: IsoDate },
  userId: string | null,
): Promise<string | null> {
  if (pilot.planId === null || pilot.initiativeId === null) return null;
  const plan = await loadPlan(tx, pilot.planId);
  if (!plan) return null;
  const degree = degreeForSpread(plan.scale, input.status);
  if (degree === null) return null;
  try {
    await recordDegree(
      tx,
      pilot.planId,
      {
        initiativeId: pilot.initiativeId,
        subjectKind: 'party',
        subjectId: input.partyId,
        degree,
        comment: `Udbredelse af pilotprojektet «${pilot.title}»`,
        recordedOn: input.on,
      },
      userId,
    );
  } catch (error) {
    // Not one of the initiative's subjects, or the initiative has ended: the spread stands alone.
    // These refusals are checked before anything is written, so the transaction is intact.
    const code = error instanceof AppError ? (error.options.extra?.code as string) : '';
    if (code === 'plans.errors.notASubject' || code === 'plans.errors.initiativeEnded') return null;
    throw error;
  }
  return degree;
}
