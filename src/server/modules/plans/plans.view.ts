/** What the plan routes answer: a plan's summary and its detail as of a day. */
import { and, count, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { goalTree } from '../../../domain/plans/index';
import type { IsoDate } from '../../../shared/dates';
import type { GoalNode, PlanDetail, PlanSummary } from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { planGoals, planInitiatives, planMilestones } from './plans.table';
import {
  forumNames,
  initiativeValidOn,
  ownerOn,
  ownersOf,
  planDay,
  requirePlan,
  scaleView,
  type OwnerRow,
  type PlanRow,
} from './plans.repo';

/** Summaries of plan rows with their owners on `day`. */
export async function planSummaries(
  db: Db,
  rows: readonly PlanRow[],
  day: IsoDate,
): Promise<PlanSummary[]> {
  const owners = await ownersOf(
    db,
    rows.map((r) => r.id),
  );
  const byPlan = new Map<string, OwnerRow[]>();
  for (const o of owners) byPlan.set(o.planId, [...(byPlan.get(o.planId) ?? []), o]);
  const current = new Map(rows.map((r) => [r.id, ownerOn(byPlan.get(r.id) ?? [], day)]));
  const names = await forumNames(
    db,
    [...current.values()].flatMap((o) => (o ? [o.forumId] : [])),
  );
  return rows.map((r) => {
    const owner = current.get(r.id) ?? null;
    return {
      id: r.id,
      collaborationId: r.collaborationId,
      key: r.key,
      kind: r.kind,
      title: r.title,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      status: r.status,
      adoptedOn: r.adoptedOn,
      endedOn: r.endedOn,
      fictional: r.fictional,
      ownerForumId: owner?.forumId ?? null,
      ownerForumName: owner ? (names.get(owner.forumId) ?? null) : null,
    };
  });
}

/** The plan as of `asOf` (default: see `planDay`): owner, owners over time, goals tree, counts and the scale. */
export async function planDetail(db: Db, planId: string, asOf?: IsoDate): Promise<PlanDetail> {
  const { row, scale } = await requirePlan(db, planId);
  const day = planDay(row, asOf);
  const [summary] = await planSummaries(db, [row], day);
  const owners = await ownersOf(db, [planId]);
  const names = await forumNames(
    db,
    owners.map((o) => o.forumId),
  );
  const goals = await db
    .select()
    .from(planGoals)
    .where(
      and(
        eq(planGoals.planId, planId),
        lte(planGoals.validFrom, day),
        or(isNull(planGoals.validTo), gte(planGoals.validTo, day)),
      ),
    );
  const perGoal = await db
    .select({ goalId: planInitiatives.goalId, level: planInitiatives.level, n: count() })
    .from(planInitiatives)
    .where(and(eq(planInitiatives.planId, planId), initiativeValidOn(day)))
    .groupBy(planInitiatives.goalId, planInitiatives.level);
  const byGoal = new Map<string, number>();
  const byLevel: Record<string, number> = {};
  let initiatives = 0;
  for (const g of perGoal) {
    initiatives += g.n;
    byLevel[g.level] = (byLevel[g.level] ?? 0) + g.n;
    if (g.goalId) byGoal.set(g.goalId, (byGoal.get(g.goalId) ?? 0) + g.n);
  }
  const [milestones] = await db
    .select({
      total: count(),
      late: sql<number>`count(*) filter (where ${planMilestones.dueDate} < ${day} and (
        ${planMilestones.status} in ('notStarted', 'inProgress')
        or (${planMilestones.status} = 'done' and ${planMilestones.completedOn} > ${day})))`.mapWith(
        Number,
      ),
    })
    .from(planMilestones)
    .innerJoin(planInitiatives, eq(planInitiatives.id, planMilestones.initiativeId))
    .where(and(eq(planMilestones.planId, planId), initiativeValidOn(day)));
  const tree = goalTree(
    goals.map((g) => ({
      id: g.id,
      parentId: g.parentId,
      level: g.level,
      code: g.code,
      title: g.title,
      description: g.description,
      position: g.position,
      validFrom: g.validFrom,
      validTo: g.validTo,
      initiativeCount: byGoal.get(g.id) ?? 0,
    })),
  ) as unknown as GoalNode[];
  return {
    ...(summary as PlanSummary),
    description: row.description,
    adoptedAgendaItemId: row.adoptedAgendaItemId,
    asOf: day,
    owners: owners.map((o) => ({
      forumId: o.forumId,
      forumName: names.get(o.forumId) ?? null,
      validFrom: o.validFrom,
      validTo: o.validTo,
    })),
    goals: tree,
    counts: {
      goals: goals.length,
      initiatives,
      initiativesByLevel: byLevel,
      milestones: milestones?.total ?? 0,
      lateMilestones: milestones?.late ?? 0,
    },
    degreeScale: scaleView(scale),
  };
}
