/**
 * The plan's PDF report: the plan, its goals, its initiatives with milestones, the distribution
 * of degrees per initiative in the latest closed round, and the latest value of each indicator.
 * Read here (bounded queries on indexes), put into plain texts, rendered on the worker pool.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { danishDecimal, sortPeriods } from '../../../domain/plans/indicators';
import { planFileTextIn } from '../../../domain/plans/plan-file-texts';
import type { Db } from '../../db/client';
import type { WorkerPool } from '../../platform/worker-pool';
import { collaborationFora, collaborationParties, type PlanRow } from './plan-file.repo';
import { asBuffer, runPlanFileTask } from './plan-file.tasks';
import { degreeLabel } from './plans.repo';
import { planText } from './plans.texts';
import { latestClosedRound } from './rounds.repo';
import type { PlanReport, ReportBlock } from './report.pdf';
import {
  planDegrees,
  planGoals,
  planIndicators,
  planIndicatorValues,
  planInitiatives,
  planMilestones,
} from './plans.table';

type Lang = 'da' | 'en';

/** At most this many indicators are summed up in the report. */
const MAX_INDICATORS = 200;

function kroner(value: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(value)} kr.`;
}

async function degreeCounts(db: Db, roundId: string) {
  const rows = await db
    .select({
      initiativeId: planDegrees.initiativeId,
      degree: planDegrees.degree,
      n: sql<number>`count(*)::int`,
    })
    .from(planDegrees)
    .where(eq(planDegrees.roundId, roundId))
    .groupBy(planDegrees.initiativeId, planDegrees.degree);
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.initiativeId) ?? new Map<string, number>();
    m.set(r.degree, Number(r.n));
    out.set(r.initiativeId, m);
  }
  return out;
}

async function indicatorBlocks(db: Db, plan: PlanRow, lang: Lang): Promise<ReportBlock[]> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    planFileTextIn(lang, `report.${key}`, params);
  const indicators = await db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, plan.id))
    .orderBy(asc(planIndicators.position))
    .limit(MAX_INDICATORS);
  if (!indicators.length) return [{ kind: 'text', text: t('noIndicators') }];
  const ids = indicators.map((i) => i.id);
  const latest = (await db.execute(sql`
    with latest as (
      select distinct on (indicator_id) indicator_id, period
        from ${planIndicatorValues}
       where indicator_id in (${sql.join(
         ids.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})
       order by indicator_id, period desc
    )
    select v.indicator_id, v.period, v.party_id, v.value::text as value
      from ${planIndicatorValues} v join latest l
        on l.indicator_id = v.indicator_id and l.period = v.period`)) as unknown as {
    rows: { indicator_id: string; period: string; party_id: string; value: string }[];
  };
  const parties = await collaborationParties(db, plan.collaborationId);
  const regionIds = new Set(parties.filter((p) => p.kind === 'region').map((p) => p.id));
  const blocks: ReportBlock[] = [];
  for (const i of indicators) {
    blocks.push({ kind: 'heading', text: `${i.name} (${i.unit})` });
    const lines: string[] = [];
    if (i.sourceName) lines.push(i.sourceUrl ? `${i.sourceName}: ${i.sourceUrl}` : i.sourceName);
    if (i.target !== null) {
      const target = danishDecimal(i.target);
      lines.push(
        t('target', { target: i.targetPeriod ? `${target} (${i.targetPeriod})` : target }),
      );
    }
    const values = latest.rows.filter((r) => r.indicator_id === i.id);
    const period = sortPeriods(values.map((v) => v.period)).at(-1);
    if (!period) lines.push(t('noValues'));
    else {
      const parts: string[] = [];
      const region = values.find((v) => regionIds.has(v.party_id));
      if (region) parts.push(`${t('region')} ${danishDecimal(region.value)}`);
      const municipal = values
        .filter((v) => !regionIds.has(v.party_id))
        .map((v) => Number(v.value))
        .sort((a, b) => a - b);
      if (municipal.length) {
        parts.push(
          t('municipalities', {
            count: municipal.length,
            min: danishDecimal(String(municipal[0])),
            max: danishDecimal(String(municipal.at(-1))),
          }),
        );
      }
      lines.push(t('latest', { period, values: parts.join('; ') }));
    }
    blocks.push({ kind: 'list', items: lines });
  }
  return blocks;
}

/** Builds the report's texts. */
export async function buildPlanReport(db: Db, plan: PlanRow, lang: Lang): Promise<PlanReport> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    planFileTextIn(lang, `report.${key}`, params);
  const goals = await db
    .select()
    .from(planGoals)
    .where(and(eq(planGoals.planId, plan.id), isNull(planGoals.validTo)))
    .orderBy(asc(planGoals.position), asc(planGoals.code));
  const initiatives = await db
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.planId, plan.id), isNull(planInitiatives.validTo)))
    .orderBy(asc(planInitiatives.position), asc(planInitiatives.number));
  const milestones = initiatives.length
    ? await db
        .select()
        .from(planMilestones)
        .where(
          inArray(
            planMilestones.initiativeId,
            initiatives.map((i) => i.id),
          ),
        )
        .orderBy(asc(planMilestones.dueDate))
    : [];
  const [fora, parties] = await Promise.all([
    collaborationFora(db, plan.collaborationId),
    collaborationParties(db, plan.collaborationId),
  ]);
  const forumName = new Map(fora.map((f) => [f.id, f.name]));
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  const goalCode = new Map(goals.map((g) => [g.id, g.code]));
  const round = await latestClosedRound(db, plan.id);
  const degrees = round ? await degreeCounts(db, round.id) : new Map();
  /** The value lists' words (levels, statuses) from the plans namespace. */
  const word = (key: string) => planText(key)[lang];

  const goalBlocks: ReportBlock[] = goals.length
    ? [
        {
          kind: 'list',
          items: goals.map((g) => {
            const depth = g.level === 'vision' ? '' : g.level === 'goal' ? '  ' : '    ';
            return `${depth}${g.code} ${g.title}`;
          }),
        },
      ]
    : [];
  const initiativeBlocks: ReportBlock[] = [];
  for (const i of initiatives) {
    initiativeBlocks.push({ kind: 'heading', text: `${i.number}. ${i.title}` });
    if (i.description) initiativeBlocks.push({ kind: 'text', text: i.description });
    const facts = [`${t('level')}: ${word(`levels.${i.level}`)}`];
    if (i.goalId) facts.push(`${t('goal')}: ${goalCode.get(i.goalId) ?? ''}`);
    if (i.responsibleForumId)
      facts.push(`${t('forum')}: ${forumName.get(i.responsibleForumId) ?? ''}`);
    if (i.participatingPartyIds.length) {
      const names = i.participatingPartyIds.map((id) => partyName.get(id) ?? id);
      facts.push(`${t('parties')}: ${names.join(', ')}`);
    }
    if (i.economyDkk !== null) {
      facts.push(`${t('economy')}: ${kroner(i.economyDkk, lang)}${i.payer ? ` (${i.payer})` : ''}`);
    }
    initiativeBlocks.push({ kind: 'text', text: facts.join(' · ') });
    const own = milestones.filter((m) => m.initiativeId === i.id);
    initiativeBlocks.push({ kind: 'text', text: t('milestones'), bold: true });
    if (own.length) {
      initiativeBlocks.push({
        kind: 'list',
        items: own.map((m) =>
          t('milestone', {
            date: m.dueDate,
            title: m.title,
            status: word(`milestoneStatuses.${m.status}`),
          }),
        ),
      });
    } else initiativeBlocks.push({ kind: 'text', text: t('noMilestones') });
    if (round) {
      initiativeBlocks.push({
        kind: 'text',
        text: t('degrees', { round: round.title }),
        bold: true,
      });
      const counts = degrees.get(i.id) as Map<string, number> | undefined;
      const items = plan.degreeScale
        .map((s) => ({ key: s.key, n: counts?.get(s.key) ?? 0 }))
        .filter((x) => x.n > 0)
        .map((x) =>
          t('degreeCount', { label: degreeLabel(plan.degreeScale, x.key, lang), count: x.n }),
        );
      initiativeBlocks.push(items.length ? { kind: 'list', items } : { kind: 'text', text: '–' });
    }
  }
  const period = plan.periodTo ? `${plan.periodFrom} – ${plan.periodTo}` : `${plan.periodFrom} –`;
  return {
    title: t('title', { title: plan.title }),
    header: [
      { label: t('period'), value: period },
      { label: t('status'), value: word(`statuses.${plan.status}`) },
    ],
    notice: plan.fictional ? t('fictional') : null,
    sections: [
      { heading: t('goals'), blocks: goalBlocks },
      {
        heading: t('initiatives'),
        blocks: round
          ? initiativeBlocks
          : [{ kind: 'text', text: t('noRound') }, ...initiativeBlocks],
      },
      { heading: t('indicators'), blocks: await indicatorBlocks(db, plan, lang) },
    ],
    footer: t('footer'),
  };
}

/** The report as a PDF file. */
export async function renderReport(
  db: Db,
  plan: PlanRow,
  lang: Lang,
  workers: WorkerPool,
): Promise<Buffer> {
  const report = await buildPlanReport(db, plan, lang);
  return asBuffer(await runPlanFileTask(workers, 'planFile.report', { report }));
}
