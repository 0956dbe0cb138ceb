/**
 * The queries of a case aggregate: load it as the domain's `Case` (plus the stored extras), and
 * persist the difference a domain transition made. Nothing else writes case rows.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { caseStatus, currentStep, type Case, type CaseStep } from '../../../domain/cases/index';
import type { CaseFlag } from '../../../shared/cases.enums';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import { caseEvents, cases, caseSteps } from './cases.table';

export type CaseRow = typeof cases.$inferSelect;
export type StepRow = typeof caseSteps.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;

/** A case as stored: the domain case plus what only the database keeps. */
export interface LoadedCase {
  row: CaseRow;
  case: Case;
  /** Step id → treated in a closed agenda item. */
  closedSteps: ReadonlySet<string>;
}

function toStep(row: StepRow): CaseStep {
  return {
    id: row.id,
    forumId: row.forumId,
    status: row.status,
    origin: row.origin,
    meetingId: row.meetingId,
    recommendation: row.recommendation,
    decisionText: row.decisionText,
    decidedOn: row.decidedOn,
    returnMode: row.returnMode,
    returnOf: row.returnOf,
    notedOn: row.notedOn,
    noteText: row.noteText,
  };
}

/** Builds the domain case from its rows. */
export function toDomain(
  row: CaseRow,
  steps: readonly StepRow[],
  events: readonly EventRow[],
): Case {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    flags: row.flags as CaseFlag[],
    clusterId: row.clusterId,
    raisedInForumId: row.raisedInForumId,
    returnToForumId: row.returnToForumId,
    raisedOn: row.raisedOn,
    steps: steps.map(toStep),
    events: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      on: e.on,
      stepId: e.stepId,
      forumId: e.forumId,
      toForumId: e.toForumId,
      meetingId: e.meetingId,
      text: e.text,
      actorId: e.actorId,
    })),
  };
}

/** Rows grouped by their case, in the order given. */
function groupByCase<T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.caseId);
    if (group) group.push(row);
    else groups.set(row.caseId, [row]);
  }
  return groups;
}

/** Loads several cases with their steps and events (three queries). */
export async function loadCases(db: Db, ids: readonly string[]): Promise<LoadedCase[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(cases)
    .where(inArray(cases.id, [...ids]));
  const steps = await db
    .select()
    .from(caseSteps)
    .where(inArray(caseSteps.caseId, [...ids]))
    .orderBy(asc(caseSteps.caseId), asc(caseSteps.position));
  const events = await db
    .select()
    .from(caseEvents)
    .where(inArray(caseEvents.caseId, [...ids]))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stepsOf = groupByCase(steps);
  const eventsOf = groupByCase(events);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const mine = stepsOf.get(id) ?? [];
    return [
      {
        row,
        case: toDomain(row, mine, eventsOf.get(id) ?? []),
        closedSteps: new Set(mine.filter((s) => s.closed).map((s) => s.id)),
      },
    ];
  });
}

/** Loads one case; with `forUpdate`, locks its row until the transaction ends. */
export async function loadCase(db: Db, id: string, forUpdate = false): Promise<LoadedCase | null> {
  if (forUpdate)
    await db.select({ id: cases.id }).from(cases).where(eq(cases.id, id)).for('update');
  const [loaded] = await loadCases(db, [id]);
  return loaded ?? null;
}

/** The derived columns of the case row. */
function derived(c: Case) {
  const current = currentStep(c);
  return {
    status: caseStatus(c),
    currentForumId: current?.forumId ?? null,
    currentStepId: current?.id ?? null,
    returnToForumId: c.returnToForumId,
    flags: [...c.flags],
  };
}

/** Inserts a new case: its row (with the stored extras), steps and events. */
export async function insertCase(
  tx: Db,
  c: Case,
  extras: Pick<
    CaseRow,
    'collaborationId' | 'body' | 'confidential' | 'screeningText' | 'createdBy'
  >,
): Promise<void> {
  await tx.insert(cases).values({
    id: c.id,
    title: c.title,
    summary: c.summary,
    type: c.type,
    clusterId: c.clusterId,
    raisedInForumId: c.raisedInForumId,
    raisedOn: c.raisedOn,
    ...extras,
    ...derived(c),
  });
  await persistCase(tx, { ...c, steps: [], events: [] }, c, null);
}

function stepValues(caseId: string, step: CaseStep, position: number) {
  return { ...step, caseId, position };
}

/**
 * A new step's row. A return step (issue 12) carries the decision of the step it came from, so it
 * is closed exactly when that step was treated in a closed agenda item: search and every other
 * channel then redact it for those outside that forum.
 */
function newStepValues(caseId: string, step: CaseStep, position: number) {
  const values = stepValues(caseId, step, position);
  if (step.returnOf === null) return values;
  return {
    ...values,
    closed: sql<boolean>`coalesce((select s.closed from ${caseSteps} s where s.id = ${step.returnOf}), false)`,
  };
}

function sameStep(a: CaseStep, b: CaseStep): boolean {
  return (Object.keys(a) as (keyof CaseStep)[]).every((k) => a[k] === b[k]);
}

/**
 * Writes what changed from `before` to `after`: new and changed steps (positions follow the
 * route order), new events, and the derived case columns. With `version`, refuses (409) when
 * another change got there first.
 */
export async function persistCase(
  tx: Db,
  before: Case,
  after: Case,
  version: number | null,
): Promise<void> {
  const old = new Map(before.steps.map((s, i) => [s.id, { step: s, position: i + 1 }]));
  for (const [i, step] of after.steps.entries()) {
    const prior = old.get(step.id);
    if (!prior) {
      await tx.insert(caseSteps).values(newStepValues(after.id, step, i + 1));
    } else if (prior.position !== i + 1 || !sameStep(prior.step, step)) {
      await tx
        .update(caseSteps)
        .set(stepValues(after.id, step, i + 1))
        .where(eq(caseSteps.id, step.id));
    }
  }
  const added = after.events.slice(before.events.length);
  if (added.length) {
    await tx.insert(caseEvents).values(added.map((e) => ({ ...e, caseId: after.id })));
  }
  if (version === null) return;
  const updated = await tx
    .update(cases)
    .set({ ...derived(after), version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, after.id), eq(cases.version, version)))
    .returning({ id: cases.id });
  if (updated.length === 0) throw new AppError('conflict');
}

/** Marks a step as treated in a closed agenda item (or not). */
export async function setStepClosedRow(tx: Db, stepId: string, closed: boolean): Promise<void> {
  // The return steps carrying this step's decision follow it (see newStepValues).
  await tx
    .update(caseSteps)
    .set({ closed })
    .where(or(eq(caseSteps.id, stepId), eq(caseSteps.returnOf, stepId)));
}
