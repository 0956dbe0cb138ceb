/**
 * Reorganisation (e.g. the 2027 reform): when a forum ends, the open steps of its cases move to
 * its successor with the domain's `carryOver`, and decisions return to the successor when the
 * case was raised in the ended forum. Runs inside the organisation change's transaction, which
 * writes that change's one audit row; each case records a `carriedOver` event on its timeline.
 */
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import { carryOver, isPendingStatus } from '../../../domain/cases/index';
import { PENDING_STEP_STATUSES, type StepStatus } from '../../../shared/cases.enums';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { registerCarryOverHandler, type CarryOverEnded } from '../organisation/index';
import { meetingsLookup } from './adapters';
import { openCaseIdsOfForum } from './cases.query.repo';
import { cases, caseSteps } from './cases.table';
import { applyTransition, lockCase, notBefore } from './cases.transitions';

/** A pending step, or a return step still to note (issue 12): work that moves to a successor. */
function isOpenWork(status: StepStatus): boolean {
  return isPendingStatus(status) || status === 'toNote';
}

/** What one forum's carry-over did: the cases moved and the steps merged away. */
export interface ForumCasesCarried {
  moved: string[];
  /** The cases of which at least one step moved (they follow a merger's collaboration). */
  movedSteps: string[];
  /** Pending steps skipped because the step next to them went to the same successor. */
  merged: CarryOverEnded[];
}

/** Moves the open work of `fromForumId` to `toForumId`. */
export async function carryOverForumCasesWithMerges(
  tx: Db,
  input: { fromForumId: string; toForumId: string; on: IsoDate; actorId?: string | null },
): Promise<ForumCasesCarried> {
  const moved: string[] = [];
  const movedSteps: string[] = [];
  const merged: CarryOverEnded[] = [];
  for (const id of await openCaseIdsOfForum(tx, input.fromForumId)) {
    const locked = await lockCase(tx, id);
    const on = notBefore(input.on, locked.row.raisedOn);
    const staying = await stepsPlacedBefore(tx, locked.case.steps, input.on);
    const result = carryOver(locked.case, {
      fromForumId: input.fromForumId,
      toForumId: input.toForumId,
      on,
      staying,
      ...(input.actorId ? { actorId: input.actorId } : {}),
    });
    if (!result.ok && result.error.code === 'case.nothingToCarryOver') continue;
    if (
      locked.case.steps.some(
        (s) => s.forumId === input.fromForumId && isOpenWork(s.status) && !staying.has(s.id),
      )
    ) {
      movedSteps.push(id);
    }
    const after = await applyTransition(tx, locked, () => result);
    const was = new Map(locked.case.steps.map((s) => [s.id, s.status]));
    for (const step of after.after.steps) {
      if (step.status === 'skipped' && was.get(step.id) !== 'skipped') {
        merged.push({
          kind: 'openCaseSteps',
          id: step.id,
          label: `${locked.case.title} (trin ${step.id})`,
          reason: 'Slået sammen med et tilstødende trin hos samme efterfølger',
        });
      }
    }
    moved.push(id);
  }
  return { moved, movedSteps, merged };
}

/**
 * The pending steps placed on a meeting dated before `day`: they stay with the old forum, which
 * still exists on the meeting's day (a reorganisation carries over the work after it).
 */
async function stepsPlacedBefore(
  tx: Db,
  steps: readonly { id: string; status: string; meetingId: string | null }[],
  day: IsoDate,
): Promise<Set<string>> {
  const placed = steps.filter((s) => isOpenWork(s.status as never) && s.meetingId !== null);
  if (placed.length === 0) return new Set();
  const found = await meetingsLookup.meetings(tx, [...new Set(placed.map((s) => s.meetingId!))]);
  const before = new Set(found.filter((m) => m.date < day).map((m) => m.id));
  return new Set(placed.filter((s) => before.has(s.meetingId!)).map((s) => s.id));
}

/** Moves the open work of `fromForumId` to `toForumId`; returns the ids of the cases moved. */
export async function carryOverForumCases(
  tx: Db,
  input: { fromForumId: string; toForumId: string; on: IsoDate; actorId?: string | null },
): Promise<string[]> {
  return (await carryOverForumCasesWithMerges(tx, input)).moved;
}

const PENDING = [...PENDING_STEP_STATUSES];

/** Open cases and their pending steps at the fora (`openCases`, `openCaseSteps`). */
async function openCaseWork(
  tx: Db,
  forumIds: readonly string[],
  effectiveDate: IsoDate,
): Promise<Record<string, string[]>> {
  if (forumIds.length === 0) return { openCases: [], openCaseSteps: [] };
  const all = await tx
    .select({ caseId: cases.id, stepId: caseSteps.id, meetingId: caseSteps.meetingId })
    .from(caseSteps)
    .innerJoin(cases, eq(cases.id, caseSteps.caseId))
    .where(
      and(
        inArray(caseSteps.forumId, [...forumIds]),
        or(
          and(eq(cases.status, 'open'), inArray(caseSteps.status, PENDING)),
          // Issue 12: a decision that came back and still awaits the forum moves too.
          and(ne(cases.status, 'closed'), eq(caseSteps.status, 'toNote')),
        ),
      ),
    );
  // Steps placed on a meeting before the reorganisation stay where they are: not open work to move.
  const placedIds = [...new Set(all.flatMap((r) => (r.meetingId ? [r.meetingId] : [])))];
  const earlier = new Set(
    (await meetingsLookup.meetings(tx, placedIds))
      .filter((m) => m.date < effectiveDate)
      .map((m) => m.id),
  );
  const rows = all.filter((r) => r.meetingId === null || !earlier.has(r.meetingId));
  const returningRows = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'open'), inArray(cases.returnToForumId, [...forumIds])));
  // A case returning to an old forum is open work only when it has a step after the change.
  const returning = await casesWithWorkAfter(
    tx,
    returningRows.map((r) => r.id),
    effectiveDate,
  );
  return {
    openCases: [...new Set([...rows.map((r) => r.caseId), ...returning])],
    openCaseSteps: rows.map((r) => r.stepId),
  };
}

/** Of `caseIds`, those with a pending step not placed on a meeting before `day`. */
async function casesWithWorkAfter(
  tx: Db,
  caseIds: readonly string[],
  day: IsoDate,
): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const steps = await tx
    .select({ caseId: caseSteps.caseId, meetingId: caseSteps.meetingId })
    .from(caseSteps)
    .where(and(inArray(caseSteps.caseId, [...caseIds]), inArray(caseSteps.status, PENDING)));
  const meetingIds = [...new Set(steps.flatMap((r) => (r.meetingId ? [r.meetingId] : [])))];
  const earlier = new Set(
    (await meetingsLookup.meetings(tx, meetingIds)).filter((m) => m.date < day).map((m) => m.id),
  );
  return [
    ...new Set(
      steps.filter((r) => r.meetingId === null || !earlier.has(r.meetingId)).map((r) => r.caseId),
    ),
  ];
}

let registered = false;

/**
 * Registers the cases carry-over with the organisation module's reorganisation, once per
 * process: every ended forum's open steps move to its first successor (a split forum's other
 * successors can be added to the route afterwards). Cases moved into another collaboration (a
 * merger) follow it.
 */
export function registerCasesCarryOver(): void {
  if (registered) return;
  registered = true;
  registerCarryOverHandler({
    name: 'cases',
    carryOver: async (ctx) => {
      const moved: string[] = [];
      const following: string[] = [];
      const ended: CarryOverEnded[] = [];
      for (const m of ctx.mappings) {
        const to = m.toForumIds[0];
        if (to === undefined) continue;
        const result = await carryOverForumCasesWithMerges(ctx.tx, {
          fromForumId: m.fromForumId,
          toForumId: to,
          on: ctx.effectiveDate,
          actorId: ctx.actor.userId,
        });
        moved.push(...result.moved.filter((id) => !moved.includes(id)));
        following.push(...result.movedSteps.filter((id) => !following.includes(id)));
        ended.push(...result.merged);
      }
      if (following.length > 0) {
        await ctx.tx
          .update(cases)
          .set({ collaborationId: ctx.collaborationId })
          .where(inArray(cases.id, following));
      }
      return {
        handler: 'cases',
        summary: `${moved.length} sager overført`,
        movedIds: moved,
        ended,
      };
    },
    openWork: (ctx) => openCaseWork(ctx.tx, ctx.forumIds, ctx.effectiveDate),
  });
}
