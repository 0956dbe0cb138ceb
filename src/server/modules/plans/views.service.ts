/**
 * The views of a plan's degrees (issue 9, item 6): the heatmap (parties × initiatives as of a
 * closed round, or live for the secretariat), progress per goal, cluster and the region, the
 * trend across closed rounds, a municipality's profile and the status snapshot's text. Each
 * reads one round's slice through the plan_degrees round index (plus, live, the last values).
 */
import type { Db } from '../../db/client';
import { lastValues, slotKey } from '../../../domain/plans/rounds';
import { progressOf, rollup, type SliceValue } from '../../../domain/plans/progress';
import type {
  Heatmap,
  HeatmapQuery,
  PartyProfile,
  Progress,
  Rollup,
  Trend,
} from '../../../shared/plan-rounds.contract';
import type { Language } from '../../../shared/i18n/index';
import { translate } from '../../../shared/i18n/translate';
import { hasRole, type Role } from '../../../shared/roles';
import {
  findRound,
  clustersOfParties,
  goalsOf,
  initiativesByIds,
  lastValuesOf,
  latestClosedRound,
  partiesByIds,
  previousClosedRound,
  responsesOf,
  roundCells,
  roundValues,
  type InitiativeInfo,
  type PartyInfo,
  type PlanRow,
  type RoundRow,
} from './rounds.repo';
import { heatmapRows, planAndRound } from './heatmap.repo';
import { requirePlanRow } from './plans.repo';
import { roundSummary } from './rounds.service';
import { closedRoundCounts, countAnswered, partyResponses } from './views.repo';
import { roundError } from './rounds.texts';
import { degreeLabel, scaleView } from './views.present';

/** The round a view shows: the one asked for (open only for the secretariat), or the latest closed. */
export async function viewRound(
  db: Db,
  plan: PlanRow,
  roundId: string | undefined,
  role: Role,
): Promise<RoundRow | null> {
  if (!roundId) return latestClosedRound(db, plan.id);
  return visibleRound(plan, await findRound(db, roundId), role);
}

/** A round asked for by id, if it is the plan's and the caller may see it (readers: closed only). */
function visibleRound(plan: PlanRow, round: RoundRow | null, role: Role): RoundRow {
  if (!round || round.planId !== plan.id) throw roundError('notFound', 'roundNotFound');
  if (round.status !== 'closed' && !hasRole(role, 'secretariat')) {
    throw roundError('notFound', 'roundNotFound');
  }
  return round;
}

/** A round's values: its slice when closed; live (answers over the last values) when open. */
export async function sliceOf(db: Db, round: RoundRow): Promise<readonly SliceValue[]> {
  const stored = await roundCells(db, round.id);
  if (round.status === 'closed') return stored;
  const last = lastValues(
    await lastValuesOf(db, round.planId, round.partyIds, round.initiativeIds),
  );
  const answered = new Set(stored.map((v) => v.subjectId));
  const merged = new Map<string, SliceValue>();
  for (const v of last.values())
    if (!answered.has(v.subjectId)) merged.set(slotKey(v.initiativeId, v.subjectId), v);
  for (const v of stored) merged.set(slotKey(v.initiativeId, v.subjectId), v);
  return [...merged.values()];
}

async function answeredCount(db: Db, round: RoundRow): Promise<number> {
  return countAnswered(db, round.id);
}

/**
 * The heatmap of a plan: the plan and the round (access: readers see closed rounds only), then
 * one statement for the headers and the compact cells (see heatmap.repo.ts). Stateless.
 */
export async function heatmap(
  db: Db,
  planId: string,
  query: HeatmapQuery,
  role: Role,
): Promise<Heatmap> {
  const found = await planAndRound(db, planId, query.roundId);
  if (!found) throw roundError('notFound', 'planNotFound');
  const { plan, round } = found;
  if (query.roundId) visibleRound(plan, round, role);
  const scale = scaleView(plan.degreeScale, 'da');
  if (!round) {
    return { planId, round: null, live: false, scale, initiatives: [], parties: [], cells: [] };
  }
  const rows = await heatmapRows(
    db,
    round,
    plan.degreeScale.map((s) => s.key),
    query,
  );
  return {
    planId,
    round: roundSummary(round, rows.answered),
    live: round.status !== 'closed',
    scale,
    initiatives: rows.initiatives,
    parties: rows.parties.map(({ id, name, clusterIds }) => ({ id, name, clusterIds })),
    cells: rows.parties.map((p) => p.cells),
  };
}

/** Progress per goal, per cluster and for the region, from a round's values. */
export async function progress(
  db: Db,
  planId: string,
  roundId: string | undefined,
  role: Role,
): Promise<Progress> {
  const plan = await requirePlanRow(db, planId);
  const round = await viewRound(db, plan, roundId, role);
  const scale = plan.degreeScale;
  const none = rollup([], scale);
  if (!round) {
    return {
      planId,
      round: null,
      live: false,
      scale: scaleView(scale, 'da'),
      region: none,
      goals: [],
      clusters: [],
    };
  }
  const [initiatives, values, goals, answered, { byParty, names }] = await Promise.all([
    initiativesByIds(db, planId, round.initiativeIds),
    sliceOf(db, round),
    goalsOf(db, planId),
    answeredCount(db, round),
    clustersOfParties(db, round.partyIds, round.deadline),
  ]);
  const goalOf = new Map(initiatives.map((i) => [i.id, i.goalId]));
  const p = progressOf(values, scale, goalOf, byParty);
  const goalRows: Progress['goals'] = goals
    .filter((g) => p.goals.has(g.id))
    .map((g) => ({
      goalId: g.id as string | null,
      code: g.code,
      title: g.title,
      ...(p.goals.get(g.id) ?? none),
    }));
  const noGoal = p.goals.get(null);
  if (noGoal) {
    goalRows.push({
      goalId: null,
      code: '',
      title: translate('planRounds', 'snapshot.noGoal', 'da'),
      ...noGoal,
    });
  }
  return {
    planId,
    round: roundSummary(round, answered),
    live: round.status !== 'closed',
    scale: scaleView(scale, 'da'),
    region: p.region,
    goals: goalRows,
    clusters: [...p.clusters]
      .map(([clusterId, r]) => ({ clusterId, name: names.get(clusterId) ?? '', ...r }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  };
}

/** The rollup of counts per degree. */
function rollupOfCounts(
  counts: ReadonlyMap<string, number>,
  scale: PlanRow['degreeScale'],
): Rollup {
  const degrees: string[] = [];
  for (const [degree, n] of counts) for (let i = 0; i < n; i += 1) degrees.push(degree);
  return rollup(degrees, scale);
}

/** Per closed round: the distribution of degrees, the average score and the burden. */
export async function trend(db: Db, planId: string): Promise<Trend> {
  const plan = await requirePlanRow(db, planId);
  const { rounds, counts, burden } = await closedRoundCounts(db, planId);
  return {
    planId,
    scale: scaleView(plan.degreeScale, 'da'),
    rounds: rounds.map((r) => ({
      roundId: r.id,
      title: r.title,
      closedOn: r.closedOn,
      deadline: r.deadline,
      burden: burden.get(r.id) ?? 0,
      ...rollupOfCounts(counts.get(r.id) ?? new Map(), plan.degreeScale),
    })),
  };
}

/** A municipality's profile: its degrees as of the latest closed round, changes, answers. */
export async function partyProfile(
  db: Db,
  planId: string,
  partyId: string,
  role: Role,
): Promise<PartyProfile> {
  const plan = await requirePlanRow(db, planId);
  const [party] = await partiesByIds(db, [partyId], '9999-12-31');
  if (!party) throw roundError('notFound', 'partyNotInRound');
  const round = await latestClosedRound(db, planId);
  const previous = round ? await previousClosedRound(db, round) : null;
  const [current, before, initiatives, answers] = await Promise.all([
    round ? roundValues(db, round.id, [partyId]) : Promise.resolve([]),
    previous ? roundValues(db, previous.id, [partyId]) : Promise.resolve([]),
    round
      ? initiativesByIds(db, planId, round.initiativeIds)
      : Promise.resolve([] as InitiativeInfo[]),
    partyResponses(db, planId, partyId, !hasRole(role, 'secretariat')),
  ]);
  const now = new Map(current.map((v) => [v.initiativeId, v]));
  const then = new Map(before.map((v) => [v.initiativeId, v]));
  const mine = initiatives.filter((i) => now.has(i.id));
  return {
    planId,
    partyId,
    partyName: party.name,
    scale: scaleView(plan.degreeScale, 'da'),
    round: round ? roundSummary(round, await answeredCount(db, round)) : null,
    summary: rollup(
      current.map((v) => v.degree),
      plan.degreeScale,
    ),
    degrees: mine.map((i) => {
      const v = now.get(i.id);
      const p = then.get(i.id);
      return {
        initiativeId: i.id,
        number: i.number,
        title: i.title,
        degree: v?.degree ?? null,
        comment: v?.comment ?? '',
        recordedOn: v?.recordedOn ?? null,
        previousDegree: p?.degree ?? null,
        changedSinceLastRound: !!previous && p?.degree !== v?.degree,
      };
    }),
    answers: answers.map(({ round: r, response }) => ({
      roundId: r.id,
      title: r.title,
      deadline: r.deadline,
      roundStatus: r.status,
      status: response.status,
      answeredAt: response.answeredAt?.toISOString() ?? null,
      noChanges: response.noChanges,
      fieldsTouched: response.fieldsTouched,
    })),
  };
}

/** The status snapshot's title and text (from the latest closed round). */
export async function snapshotText(
  db: Db,
  planId: string,
  lang: Language = 'da',
): Promise<{ title: string; text: string }> {
  const plan = await requirePlanRow(db, planId);
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate('planRounds', `snapshot.${key}`, lang, params);
  const title = t('title', { plan: plan.title });
  const round = await latestClosedRound(db, planId);
  if (!round) return { title, text: t('noRound') };
  const p = await progress(db, planId, round.id, 'secretariat');
  const responses = await responsesOf(db, round.id);
  const score = (r: Rollup) => (r.average === null ? t('noScore') : String(r.average));
  const lines = [
    t('intro', { round: round.title, deadline: round.deadline }),
    '',
    t('goals'),
    ...p.goals.map((g) =>
      `- ${t('goalLine', { code: g.code, title: g.title, average: score(g), counted: g.counted, total: g.total })}`.replace(
        /^- \s+/,
        '- ',
      ),
    ),
    t('region', { average: score(p.region) }),
    '',
    t('answers', {
      answered: responses.filter((r) => r.status === 'answered').length,
      parties: round.partyIds.length,
      noChanges: responses.filter((r) => r.status === 'answered' && r.noChanges).length,
      burden: responses.reduce((s, r) => s + r.fieldsTouched, 0),
    }),
  ];
  return { title, text: lines.join('\n') };
}

/** Rows for the round export: every party × field with its value. */
export async function roundExportRows(
  db: Db,
  round: RoundRow,
): Promise<{
  parties: PartyInfo[];
  initiatives: InitiativeInfo[];
  values: Awaited<ReturnType<typeof roundValues>>;
}> {
  const [parties, initiatives, values] = await Promise.all([
    partiesByIds(db, round.partyIds, round.deadline),
    initiativesByIds(db, round.planId, round.initiativeIds),
    roundValues(db, round.id),
  ]);
  return { parties, initiatives, values };
}

export { degreeLabel };
