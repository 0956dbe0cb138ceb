/**
 * Reads of the plans module: a plan with its scale, its owners over time, the organisation a
 * plan's degrees refer to (municipalities, the region, clusters valid on a day), names, and the
 * opaque cursors of the paged lists.
 */
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import {
  degreeLabel as domainDegreeLabel,
  initiativeSubjects as domainInitiativeSubjects,
  planSubjects as domainPlanSubjects,
  type ScaleStep,
  type SubjectRef,
  type SubjectUniverse,
} from '../../../domain/plans/index';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import { plans as plansText } from '../../../shared/i18n/plans';
import type { DegreeStepView } from '../../../shared/plans.contract';
import type { InitiativeLevel } from '../../../shared/plans.enums';
import type { Db } from '../../db/client';
import { clusters, forumNames, forumVersions, parties } from '../organisation/index';
import { planGoals, planInitiatives, planOwners, plans } from './plans.table';
import { planError, planNotFound } from './plans.texts';

export type PlanRow = typeof plans.$inferSelect;
export type InitiativeRow = typeof planInitiatives.$inferSelect;
export type OwnerRow = typeof planOwners.$inferSelect;

/** A plan's row and its scale. */
export interface LoadedPlan {
  row: PlanRow;
  scale: ScaleStep[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plan (row + scale), or null (also for an id that is not a uuid). */
export async function loadPlan(db: Db, planId: string): Promise<LoadedPlan | null> {
  if (!UUID.test(planId)) return null;
  const [row] = await db.select().from(plans).where(eq(plans.id, planId));
  return row ? { row, scale: row.degreeScale } : null;
}

/** The plan, or 404. */
export async function requirePlan(db: Db, planId: string): Promise<LoadedPlan> {
  const plan = await loadPlan(db, planId);
  if (!plan) throw planNotFound('plan');
  return plan;
}

/** The plan's row, or 404. */
export async function requirePlanRow(db: Db, planId: string): Promise<LoadedPlan['row']> {
  return (await requirePlan(db, planId)).row;
}

/** Locks the plan row for a change (serialises changes of one plan); 409 when it has ended. */
export async function lockPlan(
  tx: Db,
  planId: string,
  options: { allowEnded?: boolean } = {},
): Promise<LoadedPlan> {
  const [row] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
  if (!row) throw planNotFound('plan');
  if (row.status === 'ended' && !options.allowEnded) throw planError('conflict', 'planEnded');
  return { row, scale: row.degreeScale };
}

/** 422 unless the goal belongs to the plan. */
export async function assertGoalInPlan(db: Db, planId: string, goalId: string): Promise<void> {
  const [goal] = await db
    .select({ id: planGoals.id })
    .from(planGoals)
    .where(and(eq(planGoals.id, goalId), eq(planGoals.planId, planId)));
  if (!goal) throw planError('unprocessable', 'goalNotInPlan');
}

/** 422 unless the initiative belongs to the plan. */
export async function assertInitiativeInPlan(
  db: Db,
  planId: string,
  initiativeId: string,
): Promise<void> {
  const [initiative] = await db
    .select({ id: planInitiatives.id })
    .from(planInitiatives)
    .where(and(eq(planInitiatives.id, initiativeId), eq(planInitiatives.planId, planId)));
  if (!initiative) throw planError('unprocessable', 'initiativeNotInPlan');
}

/** Every owner row of the plans, oldest first. */
export async function ownersOf(db: Db, planIds: readonly string[]): Promise<OwnerRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planOwners)
    .where(inArray(planOwners.planId, [...new Set(planIds)]))
    .orderBy(asc(planOwners.validFrom));
}

/** The owner on `day`: the row valid then; before the first row, the first owner. */
export function ownerOn(owners: readonly OwnerRow[], day: IsoDate): OwnerRow | null {
  const valid = owners.find((o) => o.validFrom <= day && (o.validTo === null || o.validTo >= day));
  if (valid) return valid;
  const first = owners[0];
  return first && day < first.validFrom ? first : (owners.at(-1) ?? null);
}

/** The collaboration of a forum (its latest version), or null when unknown. */
export async function forumCollaboration(db: Db, forumId: string): Promise<string | null> {
  const versions = await forumVersions(db, [forumId]);
  return versions.at(-1)?.collaborationId ?? null;
}

export { forumNames };

/** The names of parties (latest version), by entityId. */
export async function partyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: parties.entityId, name: parties.name })
    .from(parties)
    .where(inArray(parties.entityId, [...new Set(ids)]))
    .orderBy(asc(parties.validFrom));
  for (const r of rows) out.set(r.id, r.name);
  return out;
}

/** The names of clusters (latest version), by entityId. */
export async function clusterNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: clusters.entityId, name: clusters.name })
    .from(clusters)
    .where(inArray(clusters.entityId, [...new Set(ids)]))
    .orderBy(asc(clusters.validFrom));
  for (const r of rows) out.set(r.id, r.name);
  return out;
}

const validOnSql = (table: typeof parties | typeof clusters, day: IsoDate) =>
  and(lte(table.validFrom, day), or(isNull(table.validTo), gte(table.validTo, day)));

/** A collaboration's parties valid on `day` (entityId, kind, name), by name. */
export async function partiesOn(db: Db, collaborationId: string, day: IsoDate) {
  return db
    .select({ id: parties.entityId, kind: parties.kind, name: parties.name })
    .from(parties)
    .where(and(eq(parties.collaborationId, collaborationId), validOnSql(parties, day)))
    .orderBy(asc(parties.name));
}

/** A collaboration's clusters valid on `day` (entityId, name), by name. */
export async function clustersOn(db: Db, collaborationId: string, day: IsoDate) {
  return db
    .select({ id: clusters.entityId, name: clusters.name })
    .from(clusters)
    .where(and(eq(clusters.collaborationId, collaborationId), validOnSql(clusters, day)))
    .orderBy(asc(clusters.name));
}

/** The ids of every party (any version) of the collaboration. */
export async function partyIdsOf(db: Db, collaborationId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: parties.entityId })
    .from(parties)
    .where(eq(parties.collaborationId, collaborationId));
  return new Set(rows.map((r) => r.id));
}

/** Whether a cluster (any version) belongs to the collaboration. */
export async function clusterInCollaboration(
  db: Db,
  clusterId: string,
  collaborationId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: clusters.id })
    .from(clusters)
    .where(and(eq(clusters.entityId, clusterId), eq(clusters.collaborationId, collaborationId)))
    .limit(1);
  return row !== undefined;
}

/** The organisation a plan's subjects come from, on `day`, with names. */
export async function subjectUniverse(
  db: Db,
  plan: { id: string; collaborationId: string },
  day: IsoDate,
): Promise<{ universe: SubjectUniverse; names: Map<string, string> }> {
  const ps = await partiesOn(db, plan.collaborationId, day);
  const cs = await clustersOn(db, plan.collaborationId, day);
  const names = new Map<string, string>([...ps, ...cs].map((x) => [x.id, x.name]));
  return {
    universe: {
      planId: plan.id,
      municipalityIds: ps.filter((p) => p.kind === 'municipality').map((p) => p.id),
      regionPartyIds: ps.filter((p) => p.kind === 'region').map((p) => p.id),
      clusterIds: cs.map((c) => c.id),
    },
    names,
  };
}

/** The subjects of one initiative on `day` (see the domain's `initiativeSubjects`). */
export async function initiativeSubjects(
  db: Db,
  plan: { id: string; collaborationId: string },
  initiative: { level: InitiativeLevel; participatingPartyIds: readonly string[] },
  day: IsoDate,
): Promise<SubjectRef[]> {
  const { universe } = await subjectUniverse(db, plan, day);
  return domainInitiativeSubjects(initiative, universe);
}

/** A plan's initiatives valid on `day`, in the plan's order (a plan has a few hundred at most). */
export async function initiativesOn(
  db: Db,
  planId: string,
  day: IsoDate,
): Promise<InitiativeRow[]> {
  return db
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.planId, planId), initiativeValidOn(day)))
    .orderBy(asc(planInitiatives.position), asc(planInitiatives.number));
}

/** Every subject of the plan's initiatives valid on `day`. */
export async function planSubjects(
  db: Db,
  plan: { id: string; collaborationId: string },
  day: IsoDate,
): Promise<SubjectRef[]> {
  const { universe } = await subjectUniverse(db, plan, day);
  return domainPlanSubjects(await initiativesOn(db, plan.id, day), universe);
}

type DefaultKey = keyof typeof plansText.da.degrees;

/** The label of a degree key in a plan's scale, in Danish or English. */
export function degreeLabel(scale: readonly ScaleStep[], key: string, lang: 'da' | 'en' = 'da') {
  const tree = lang === 'da' ? plansText.da.degrees : plansText.en.degrees;
  return domainDegreeLabel(scale, key, (k) => tree[k as DefaultKey]);
}

/** A scale with its labels in both languages. */
export function scaleView(scale: readonly ScaleStep[]): DegreeStepView[] {
  return scale.map((s) => ({
    ...s,
    labelDa: degreeLabel(scale, s.key, 'da'),
    labelEn: degreeLabel(scale, s.key, 'en'),
  }));
}

/** What a text value of a cursor may hold (dates and uuids). */
const CURSOR_TEXT = /^[0-9A-Za-z-]{1,64}$/;

/** An opaque cursor over a list of values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor, checked against the types expected; 400 when it is not valid. */
export function decodeCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string | undefined,
  types: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } | null {
  if (cursor === undefined) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === types.length &&
      values.every((v, i) =>
        types[i] === 'number'
          ? Number.isSafeInteger(v) && (v as number) >= 0
          : typeof v === 'string' && CURSOR_TEXT.test(v),
      )
    ) {
      return values as never;
    }
  } catch {
    // fall through
  }
  throw planError('badRequest', 'badCursor');
}

/** `valid_from <= day and (valid_to is null or valid_to >= day)` of an initiative. */
export function initiativeValidOn(day: IsoDate) {
  return and(
    lte(planInitiatives.validFrom, day),
    or(isNull(planInitiatives.validTo), gte(planInitiatives.validTo, day)),
  );
}

/**
 * The day a plan is read as of when none is asked: today, kept within the plan's period (a plan
 * not yet begun reads as of its first day, an ended one as of its last).
 */
export function planDay(plan: Pick<PlanRow, 'periodFrom' | 'periodTo'>, asOf?: IsoDate): IsoDate {
  if (asOf) return asOf;
  const today = todayInDenmark();
  if (today < plan.periodFrom) return plan.periodFrom;
  if (plan.periodTo !== null && today > plan.periodTo) return plan.periodTo;
  return today;
}

/** `planDay` for a plan by id (404 when it does not exist). */
export async function planDayOf(db: Db, planId: string, asOf?: IsoDate): Promise<IsoDate> {
  if (asOf) return asOf;
  return planDay((await requirePlan(db, planId)).row);
}
