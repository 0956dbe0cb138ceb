/**
 * The demo plan's content (plans-demo.ts): goals, initiatives with milestones, the rounds with
 * their degrees and responses, and the clusters' priorities, inserted in the caller's
 * transaction from the pure story in plans-demo.data.ts.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { Db } from '../db/client';
import {
  planClusterPriorities,
  planDegrees,
  planGoals,
  planIndicators,
  planIndicatorValues,
  planInitiatives,
  planMilestones,
  planRoundResponses,
  planRounds,
} from '../modules/plans/plans.table';
import {
  answeredClosed,
  answeredOpen,
  clusterPriority,
  DEMO_GOALS,
  DEMO_INDICATOR,
  DEMO_INITIATIVES,
  degreePath,
  demoIndicatorValue,
  demoMilestones,
  demoPeriodFrom,
  demoRounds,
  type DemoRound,
  yearPriorities,
} from './plans-demo.data';
import { storeRoundRows } from '../modules/plans/round-rows.repo';

/** A party or cluster the plan covers. */
interface Subject {
  entityId: string;
  name: string;
}

/** Who owns the plan when, and whom it covers, on the demo day. */
export interface Setting {
  collaborationId: string;
  owners: { forumId: string; validFrom: IsoDate; validTo: IsoDate | null }[];
  municipalities: Subject[];
  region: Subject | null;
  clusters: Subject[];
  kind: 'healthAgreement' | 'localHealthPlan';
}

/** Subjects of an initiative by level: municipalities, the region, the clusters or the plan. */
function subjectsOf(
  level: string,
  setting: Setting,
  planId: string,
): { kind: 'party' | 'cluster' | 'plan'; id: string }[] {
  if (level === 'municipality')
    return setting.municipalities.map((m) => ({ kind: 'party', id: m.entityId }));
  if (level === 'region')
    return setting.region ? [{ kind: 'party', id: setting.region.entityId }] : [];
  if (level === 'cluster')
    return setting.clusters.map((c) => ({ kind: 'cluster', id: c.entityId }));
  return [{ kind: 'plan', id: planId }];
}

type InitiativeRow = { id: string; number: string; level: string };

async function insertGoals(tx: Db, planId: string, periodFrom: IsoDate) {
  const goalIds = new Map<string, string>();
  for (const [position, goal] of DEMO_GOALS.entries()) {
    const [row] = await tx
      .insert(planGoals)
      .values({
        planId,
        parentId: goal.parent === null ? null : (goalIds.get(goal.parent) ?? null),
        level: goal.level,
        code: goal.code,
        title: goal.title,
        position,
        validFrom: periodFrom,
      })
      .returning({ id: planGoals.id });
    if (row) goalIds.set(goal.code, row.id);
  }
  return goalIds;
}

async function insertInitiatives(
  tx: Db,
  planId: string,
  setting: Setting,
  today: IsoDate,
  goalIds: Map<string, string>,
): Promise<InitiativeRow[]> {
  const periodFrom = demoPeriodFrom(today);
  const initiatives = await tx
    .insert(planInitiatives)
    .values(
      DEMO_INITIATIVES.map((init, position) => ({
        planId,
        goalId: goalIds.get(init.goal) ?? null,
        number: init.number,
        title: init.title,
        description: `${init.title}. Fiktiv indsats i demo-planen.`,
        level: init.level,
        responsibleForumId: setting.owners.at(-1)?.forumId ?? null,
        participatingPartyIds:
          init.level === 'municipality' ? setting.municipalities.map((m) => m.entityId) : [],
        yearPriorities: yearPriorities(`${init.number}:years`, Number(periodFrom.slice(0, 4))),
        payer: init.payer,
        position,
        validFrom: periodFrom,
      })),
    )
    .returning({
      id: planInitiatives.id,
      number: planInitiatives.number,
      level: planInitiatives.level,
    });
  await tx.insert(planMilestones).values(
    initiatives.flatMap((init) =>
      demoMilestones(init.number, today).map((m, position) => ({
        planId,
        initiativeId: init.id,
        position,
        ...m,
      })),
    ),
  );
  return initiatives;
}

/** What the rounds' degrees and responses are made from. */
interface RoundsContext {
  tx: Db;
  planId: string;
  setting: Setting;
  rounds: DemoRound[];
  roundIds: string[];
  partyIds: string[];
  nameOf: Map<string, string>;
  /** Whether a party answered round `r` (seeded by its name; the contact's open one is left). */
  answered: (partyId: string, name: string, r: number) => boolean;
}

/**
 * What a round asks the parties about: the initiatives whose subjects are parties (municipality
 * and region level), as opening a round in the product does; cluster and joint degrees are the
 * secretariat's to record.
 */
function askedOf(initiatives: readonly InitiativeRow[]): string[] {
  return initiatives
    .filter((i) => i.level === 'municipality' || i.level === 'region')
    .map((i) => i.id);
}

async function insertRounds(
  tx: Db,
  planId: string,
  rounds: DemoRound[],
  initiatives: InitiativeRow[],
  partyIds: string[],
): Promise<string[]> {
  const roundIds: string[] = [];
  for (const round of rounds) {
    const [row] = await tx
      .insert(planRounds)
      .values({
        planId,
        title: round.title,
        opensOn: round.opensOn,
        deadline: round.deadline,
        status: round.closedOn === null ? 'open' : 'closed',
        closedOn: round.closedOn,
        closedAt: round.closedOn === null ? null : new Date(`${round.closedOn}T15:00:00Z`),
        initiativeIds: askedOf(initiatives),
        partyIds,
      })
      .returning({ id: planRounds.id });
    if (row) roundIds.push(row.id);
  }
  return roundIds;
}

/**
 * Degrees: every subject per round for closed rounds (answered or carried), answered parties only
 * in the open round. Paths are seeded by initiative number and subject name, not by uuid. Returns
 * how many degrees were stored and the fields each party touched per round (`round:party`).
 */
async function insertDegrees(ctx: RoundsContext, initiatives: InitiativeRow[]) {
  const { rounds, roundIds, planId } = ctx;
  const openIndex = rounds.length - 1;
  const degrees: (typeof planDegrees.$inferInsert)[] = [];
  const touched = new Map<string, number>();
  for (const init of initiatives) {
    for (const subject of subjectsOf(init.level, ctx.setting, planId)) {
      const name = ctx.nameOf.get(subject.id) ?? subject.id;
      const path = degreePath(`${init.number}:${name}`, rounds.length);
      let last: string | null = null;
      for (const [r, round] of rounds.entries()) {
        const reporter = subject.kind === 'party' ? subject.id : null;
        const didAnswer = reporter === null ? r < openIndex : ctx.answered(subject.id, name, r);
        if (r === openIndex && !didAnswer) continue;
        const value: string = didAnswer
          ? (path[r] ?? 'notStarted')
          : (last ?? path[0] ?? 'notStarted');
        const changed = value !== last;
        if (didAnswer && reporter !== null && changed) {
          const k = `${r}:${reporter}`;
          touched.set(k, (touched.get(k) ?? 0) + 1);
        }
        degrees.push({
          planId,
          initiativeId: init.id,
          subjectKind: subject.kind,
          subjectId: subject.id,
          degree: value,
          comment: didAnswer && changed && r > 0 ? 'Fiktiv bemærkning til demo.' : '',
          recordedOn: didAnswer ? addDays(round.opensOn, 7) : (round.closedOn ?? round.deadline),
          roundId: roundIds[r] ?? null,
          carried: !didAnswer,
          changed,
        });
        last = value;
      }
    }
  }
  for (let i = 0; i < degrees.length; i += 500) {
    await ctx.tx.insert(planDegrees).values(degrees.slice(i, i + 500));
  }
  return { count: degrees.length, touched };
}

/** Each party's response per round: answered or pending, "ingen ændringer", the burden. */
async function insertResponses(ctx: RoundsContext, touched: Map<string, number>) {
  const responses: (typeof planRoundResponses.$inferInsert)[] = [];
  for (const [r, round] of ctx.rounds.entries()) {
    const roundId = ctx.roundIds[r];
    if (roundId === undefined) continue;
    for (const partyId of ctx.partyIds) {
      const did = ctx.answered(partyId, ctx.nameOf.get(partyId) ?? partyId, r);
      const fields = touched.get(`${r}:${partyId}`) ?? 0;
      responses.push({
        roundId,
        partyId,
        status: did ? 'answered' : 'pending',
        answeredAt: did ? new Date(`${addDays(round.opensOn, 7)}T09:30:00Z`) : null,
        noChanges: did && r > 0 && fields === 0,
        fieldsTouched: did ? fields : 0,
      });
    }
  }
  await ctx.tx.insert(planRoundResponses).values(responses);
}

async function insertPriorities(
  tx: Db,
  planId: string,
  setting: Setting,
  initiatives: InitiativeRow[],
  decidedOn: IsoDate,
): Promise<number> {
  const priorities = initiatives
    .filter((i) => i.level === 'municipality' || i.level === 'cluster')
    .flatMap((init) =>
      setting.clusters.map((c) => ({
        planId,
        initiativeId: init.id,
        clusterId: c.entityId,
        priority: clusterPriority(`${init.number}:${c.name}`),
        note: '',
        decidedOn,
      })),
    );
  if (priorities.length) await tx.insert(planClusterPriorities).values(priorities);
  return priorities.length;
}

/**
 * One indicator with invented yearly values per municipality and the region (the municipalities'
 * mean), from the plan's first year to the demo day's year: the indicators page has a chart.
 */
async function insertIndicator(
  tx: Db,
  planId: string,
  setting: Setting,
  today: IsoDate,
  goalId: string | null,
): Promise<number> {
  const [indicator] = await tx
    .insert(planIndicators)
    .values({ planId, goalId, ...DEMO_INDICATOR, source: 'manual' })
    .returning({ id: planIndicators.id });
  if (!indicator) return 0;
  const first = Number(demoPeriodFrom(today).slice(0, 4)) - 2;
  const last = Number(today.slice(0, 4)) - 1;
  const values: (typeof planIndicatorValues.$inferInsert)[] = [];
  for (let year = first; year <= last; year++) {
    const row = setting.municipalities.map((m) => demoIndicatorValue(m.name, year - first));
    setting.municipalities.forEach((m, i) =>
      values.push({
        indicatorId: indicator.id,
        partyId: m.entityId,
        period: String(year),
        value: String(row[i] ?? 0),
        note: 'Opdigtet tal (demo)',
      }),
    );
    if (setting.region && row.length) {
      const mean = row.reduce((sum, v) => sum + v, 0) / row.length;
      values.push({
        indicatorId: indicator.id,
        partyId: setting.region.entityId,
        period: String(year),
        value: String(Math.round(mean * 10) / 10),
        note: 'Opdigtet tal (demo)',
      });
    }
  }
  if (values.length) await tx.insert(planIndicatorValues).values(values);
  return values.length;
}

export async function insertContent(
  tx: Db,
  planId: string,
  setting: Setting,
  today: IsoDate,
  contactPartyId: string | null,
) {
  const goalIds = await insertGoals(tx, planId, demoPeriodFrom(today));
  const initiatives = await insertInitiatives(tx, planId, setting, today, goalIds);
  const partyIds = [
    ...setting.municipalities.map((m) => m.entityId),
    ...(setting.region ? [setting.region.entityId] : []),
  ];
  const rounds = demoRounds(today);
  const roundIds = await insertRounds(tx, planId, rounds, initiatives, partyIds);
  const openIndex = rounds.length - 1;
  const ctx: RoundsContext = {
    tx,
    planId,
    setting,
    rounds,
    roundIds,
    partyIds,
    nameOf: new Map<string, string>([
      ...setting.municipalities.map((m) => [m.entityId, m.name] as const),
      ...(setting.region ? [[setting.region.entityId, setting.region.name] as const] : []),
      ...setting.clusters.map((c) => [c.entityId, c.name] as const),
      [planId, 'plan'] as const,
    ]),
    answered: (partyId, name, r) =>
      r < openIndex ? answeredClosed(name, r) : partyId !== contactPartyId && answeredOpen(name),
  };
  const degrees = await insertDegrees(ctx, initiatives);
  await insertResponses(ctx, degrees.touched);
  // The closed rounds' compact rows, as closing writes them (round-rows.repo.ts).
  for (const [r, round] of rounds.entries()) {
    const id = roundIds[r];
    if (round.closedOn === null || !id) continue;
    await storeRoundRows(tx, { id, planId, initiativeIds: askedOf(initiatives), partyIds });
  }
  const priorities = await insertPriorities(
    tx,
    planId,
    setting,
    initiatives,
    addDays(rounds[0]?.opensOn ?? today, -30),
  );
  const indicatorValues = await insertIndicator(
    tx,
    planId,
    setting,
    today,
    goalIds.get('1.1') ?? null,
  );
  return {
    indicatorValues,
    goals: goalIds.size,
    initiatives: initiatives.length,
    rounds: roundIds.length,
    degrees: degrees.count,
    clusterPriorities: priorities,
  };
}
