/**
 * The database side of plan files: the plan, the names its collaboration's fora and parties go
 * by, the stored plan in the file's terms, and writing a checked file's changes. The plan itself
 * is loaded through plans.repo (`loadPlan`, `requirePlan`).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  PlanFileDiff,
  PlanFileLookups,
  ReadPlanFile,
  StoredInitiative,
  StoredPlanFile,
} from '../../../domain/plans/plan-file';
import { milestoneChanges } from '../../../domain/plans/plan-file';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { collaborations } from '../organisation/index';
import { planGoals, planInitiatives, planMilestones, plans } from './plans.table';
import { loadPlan, type PlanRow } from './plans.repo';

export type { PlanRow };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A plan by its id or by `collaborationKey/planKey` (the CLI's handle). */
export async function findPlanByRef(db: Db, ref: string): Promise<PlanRow | null> {
  if (UUID.test(ref)) return (await loadPlan(db, ref))?.row ?? null;
  const at = ref.indexOf('/');
  if (at <= 0) return null;
  const collaborationKey = ref.slice(0, at);
  const planKey = ref.slice(at + 1);
  const [row] = await db
    .select({ plan: plans })
    .from(plans)
    .innerJoin(collaborations, eq(collaborations.entityId, plans.collaborationId))
    .where(and(eq(collaborations.key, collaborationKey), eq(plans.key, planKey)))
    .limit(1);
  return row?.plan ?? null;
}

export interface NamedParty {
  id: string;
  name: string;
  code: string | null;
  kind: string;
}

/** The collaboration's parties (their latest version each), by entityId. */
export async function collaborationParties(db: Db, collaborationId: string): Promise<NamedParty[]> {
  const result = (await db.execute(
    sql`select distinct on (entity_id) entity_id as id, name, code, kind
          from parties where collaboration_id = ${collaborationId}
          order by entity_id, valid_from desc`,
  )) as unknown as { rows: NamedParty[] };
  return [...result.rows].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The collaboration's fora (their latest version each), by entityId. */
export async function collaborationFora(
  db: Db,
  collaborationId: string,
): Promise<{ id: string; name: string; shortName: string | null }[]> {
  const result = (await db.execute(
    sql`select distinct on (entity_id) entity_id as id, name, short_name
          from fora where collaboration_id = ${collaborationId}
          order by entity_id, valid_from desc`,
  )) as unknown as { rows: { id: string; name: string; short_name: string | null }[] };
  return result.rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name }));
}

/** The stored plan in the file's terms (current goals and initiatives; ended ones by key). */
export async function loadStoredPlanFile(db: Db, planId: string): Promise<StoredPlanFile> {
  const goalRows = await db
    .select()
    .from(planGoals)
    .where(eq(planGoals.planId, planId))
    .orderBy(asc(planGoals.position), asc(planGoals.code));
  const codeOf = new Map(goalRows.map((g) => [g.id, g.code]));
  const initiativeRows = await db
    .select()
    .from(planInitiatives)
    .where(eq(planInitiatives.planId, planId))
    .orderBy(asc(planInitiatives.position), asc(planInitiatives.number));
  const milestones = await db
    .select()
    .from(planMilestones)
    .where(eq(planMilestones.planId, planId))
    .orderBy(asc(planMilestones.dueDate), asc(planMilestones.position));
  const byInitiative = new Map<string, StoredInitiative['milestones']>();
  for (const m of milestones) {
    const list = byInitiative.get(m.initiativeId) ?? [];
    list.push({ id: m.id, dueDate: m.dueDate, title: m.title });
    byInitiative.set(m.initiativeId, list);
  }
  const current = <T extends { validTo: string | null }>(r: T) => r.validTo === null;
  return {
    goals: goalRows.filter(current).map((g) => ({
      id: g.id,
      code: g.code,
      level: g.level,
      title: g.title,
      parentCode: g.parentId ? (codeOf.get(g.parentId) ?? null) : null,
      position: g.position,
    })),
    initiatives: initiativeRows.filter(current).map((i) => ({
      id: i.id,
      number: i.number,
      title: i.title,
      description: i.description,
      level: i.level,
      goalCode: i.goalId ? (codeOf.get(i.goalId) ?? null) : null,
      forumId: i.responsibleForumId,
      partyIds: i.participatingPartyIds,
      priorities: [...i.yearPriorities].sort((a, b) => a.year - b.year),
      economyDkk: i.economyDkk,
      payer: i.payer,
      milestones: byInitiative.get(i.id) ?? [],
      position: i.position,
    })),
    endedInitiatives: initiativeRows
      .filter((i) => i.validTo !== null)
      .map((i) => ({ id: i.id, number: i.number })),
    endedGoals: goalRows.filter((g) => g.validTo !== null).map((g) => ({ id: g.id, code: g.code })),
  };
}

/** What names resolve to in a plan's file. */
export async function planFileLookups(
  db: Db,
  plan: PlanRow,
  stored: StoredPlanFile,
): Promise<PlanFileLookups> {
  const [fora, parties] = await Promise.all([
    collaborationFora(db, plan.collaborationId),
    collaborationParties(db, plan.collaborationId),
  ]);
  return {
    fora,
    parties: parties.map(({ id, name, code }) => ({ id, name, code })),
    goalCodes: stored.goals.map((g) => g.code),
  };
}

/** Writes the goal sheet: goals added, changed, re-opened, ended; parents set by code. */
async function applyGoals(
  tx: Db,
  planId: string,
  goals: NonNullable<ReadPlanFile['goals']>,
  stored: StoredPlanFile,
  effectiveFrom: IsoDate,
  goalIds: Map<string, string>,
): Promise<void> {
  const endOn = addDays(effectiveFrom, -1);
  const storedGoals = new Map(stored.goals.map((g) => [g.code, g]));
  const ended = new Map(stored.endedGoals.map((g) => [g.code, g.id]));
  for (const [position, g] of goals.entries()) {
    const s = storedGoals.get(g.code);
    const reopen = ended.get(g.code);
    if (s) {
      if (s.title !== g.title || s.level !== g.level || s.position !== position) {
        await tx
          .update(planGoals)
          .set({ title: g.title, level: g.level, position, updatedAt: new Date() })
          .where(eq(planGoals.id, s.id));
      }
    } else if (reopen) {
      await tx
        .update(planGoals)
        .set({ title: g.title, level: g.level, position, validTo: null, updatedAt: new Date() })
        .where(eq(planGoals.id, reopen));
      goalIds.set(g.code, reopen);
    } else {
      const [row] = await tx
        .insert(planGoals)
        .values({
          planId,
          code: g.code,
          level: g.level,
          title: g.title,
          position,
          validFrom: effectiveFrom,
        })
        .returning({ id: planGoals.id });
      if (row) goalIds.set(g.code, row.id);
    }
  }
  for (const g of goals) {
    const s = storedGoals.get(g.code);
    if (s && s.parentCode === g.parentCode && !ended.has(g.code)) continue;
    const parentId = g.parentCode ? (goalIds.get(g.parentCode) ?? null) : null;
    await tx
      .update(planGoals)
      .set({ parentId })
      .where(eq(planGoals.id, goalIds.get(g.code) as string));
  }
  const inFile = new Set(goals.map((g) => g.code));
  const toEnd = stored.goals.filter((g) => !inFile.has(g.code)).map((g) => g.id);
  if (toEnd.length) {
    await tx
      .update(planGoals)
      .set({
        validTo: sql`greatest(${planGoals.validFrom}, ${endOn}::date)`,
        updatedAt: new Date(),
      })
      .where(inArray(planGoals.id, toEnd));
  }
}

/**
 * Writes a checked file's changes: goals (when the file has a goal sheet) and initiatives added,
 * changed, ended on the day before `effectiveFrom`, or re-opened; milestones made equal to the
 * file's (kept ones keep their status). Inside the caller's transaction.
 */
export async function applyPlanFile(
  tx: Db,
  planId: string,
  file: ReadPlanFile,
  stored: StoredPlanFile,
  effectiveFrom: IsoDate,
  diff: PlanFileDiff,
): Promise<void> {
  const touched = new Set(diff.initiatives.changed.map((c) => c.key));
  const endOn = addDays(effectiveFrom, -1);
  const goalIds = new Map(stored.goals.map((g) => [g.code, g.id]));
  if (file.goals) await applyGoals(tx, planId, file.goals, stored, effectiveFrom, goalIds);
  const storedInitiatives = new Map(stored.initiatives.map((i) => [i.number, i]));
  const endedInitiatives = new Map(stored.endedInitiatives.map((i) => [i.number, i.id]));
  for (const [position, i] of file.initiatives.entries()) {
    const values = {
      title: i.title,
      description: i.description,
      level: i.level,
      goalId: i.goalCode ? (goalIds.get(i.goalCode) ?? null) : null,
      responsibleForumId: i.forumId,
      participatingPartyIds: i.partyIds,
      yearPriorities: i.priorities,
      economyDkk: i.economyDkk,
      payer: i.payer,
      position,
    };
    const s = storedInitiatives.get(i.number);
    if (s && !touched.has(i.number) && s.position === position) continue;
    let id = s?.id ?? endedInitiatives.get(i.number);
    if (id) {
      await tx
        .update(planInitiatives)
        .set({ ...values, validTo: null, updatedAt: new Date() })
        .where(eq(planInitiatives.id, id));
    } else {
      const [row] = await tx
        .insert(planInitiatives)
        .values({ planId, number: i.number, ...values, validFrom: effectiveFrom })
        .returning({ id: planInitiatives.id });
      id = row?.id as string;
    }
    const storedMilestones = s
      ? s.milestones
      : await tx
          .select({
            id: planMilestones.id,
            dueDate: planMilestones.dueDate,
            title: planMilestones.title,
          })
          .from(planMilestones)
          .where(eq(planMilestones.initiativeId, id));
    const { add, remove } = milestoneChanges(i.milestones, storedMilestones);
    if (remove.length) await tx.delete(planMilestones).where(inArray(planMilestones.id, remove));
    if (add.length) {
      await tx.insert(planMilestones).values(
        add.map((m, n) => ({
          planId,
          initiativeId: id as string,
          title: m.title,
          dueDate: m.dueDate,
          position: n,
        })),
      );
    }
  }
  const inFile = new Set(file.initiatives.map((i) => i.number));
  const toEnd = stored.initiatives.filter((i) => !inFile.has(i.number)).map((i) => i.id);
  if (toEnd.length) {
    await tx
      .update(planInitiatives)
      .set({
        validTo: sql`greatest(${planInitiatives.validFrom}, ${endOn}::date)`,
        updatedAt: new Date(),
      })
      .where(and(inArray(planInitiatives.id, toEnd), isNull(planInitiatives.validTo)));
  }
}
