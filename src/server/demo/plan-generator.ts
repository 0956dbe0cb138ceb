/**
 * Generated implementation plans for scale work (the national data generator and the plan
 * heatmap benchmark): a plan owned by a forum, ten goals, initiatives at municipality level,
 * closed reporting rounds with every party's response and degrees that drift upwards over the
 * rounds, the rounds' compact rows as closing stores them, and yearly indicator values per party.
 * Multi-row inserts; deterministic (the same input gives the same degrees and values). Every
 * text is fictional and the plan is marked so.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  planDegrees,
  planGoals,
  planIndicators,
  planIndicatorValues,
  planInitiatives,
  planOwners,
  planRoundResponses,
  planRounds,
  plans,
} from '../modules/plans/plans.table';
import { storeRoundRows } from '../modules/plans/round-rows.repo';

/** The default six-step scale's keys, lowest first. */
const DEGREES = ['notRelevant', 'notStarted', 'planned', 'inProgress', 'partly', 'full'];
const SCALE = DEGREES.map((key, i) => ({ key, label: null, score: i === 0 ? null : (i - 1) * 20 }));

const GOALS = [
  'Sammenhængende forløb for borgere med kronisk sygdom',
  'Tidlig indsats og forebyggelse',
  'Ældre medicinske patienter i eget hjem',
  'Mental sundhed og psykiatri',
  'Børn og unges sundhed',
  'Genoptræning og rehabilitering',
  'Digital understøttelse af samarbejdet',
  'Lighed i sundhed',
  'Rekruttering og fastholdelse',
  'Akutområdet og det nære sundhedsvæsen',
];

const INITIATIVE_WORDS = [
  'Fælles forløbsprogram',
  'Udgående teams',
  'Opsporing',
  'Udskrivningskoordinering',
  'Telemedicinsk opfølgning',
  'Kompetenceudvikling',
  'Akutfunktion',
  'Pårørendeinddragelse',
  'Sundhedsfaglig rådgivning',
  'Datadeling',
];

/** What to generate, with the ids of the parties (subjects of degrees) it reports on. */
export interface PlanGeneration {
  collaborationId: string;
  key: string;
  title: string;
  /** The owning forum (entityId), or null for none. */
  ownerForumId: string | null;
  periodFrom: string;
  partyIds: readonly string[];
  initiatives: number;
  /** Closed rounds, one per quarter from `periodFrom`. */
  rounds: number;
  /** Years of indicator values from `periodFrom`'s year (0: no indicators). */
  indicatorYears: number;
}

/** Inserts rows in multi-row statements of `size`. */
async function bulk<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** A deterministic degree that drifts upwards over the rounds. */
export function generatedDegree(party: number, initiative: number, round: number): string {
  const base = (party * 31 + initiative * 17) % 4;
  const step = Math.floor((round * ((party + initiative) % 3)) / 4);
  return DEGREES[Math.min(DEGREES.length - 1, 1 + base + step)] ?? 'planned';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the quarter `round` quarters after `from`'s quarter. */
function roundMonth(from: string, round: number): { year: number; month: string } {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1 + round * 3;
  return { year: year + Math.floor(month / 12), month: pad((month % 12) + 1) };
}

/** Generates one plan; returns its id and the ids of its rounds and goals. */
export async function generatePlan(
  db: Db,
  g: PlanGeneration,
): Promise<{ planId: string; roundIds: string[]; goalIds: string[] }> {
  const [plan] = await db
    .insert(plans)
    .values({
      collaborationId: g.collaborationId,
      key: g.key,
      kind: 'healthAgreement',
      title: g.title,
      periodFrom: g.periodFrom,
      status: 'adopted',
      adoptedOn: g.periodFrom,
      degreeScale: SCALE,
      fictional: true,
    })
    .returning({ id: plans.id });
  const planId = plan?.id ?? '';
  if (g.ownerForumId) {
    await db
      .insert(planOwners)
      .values({ planId, forumId: g.ownerForumId, validFrom: g.periodFrom });
  }
  const goals = await db
    .insert(planGoals)
    .values(
      GOALS.map((title, n) => ({
        planId,
        level: 'goal' as const,
        code: String(n + 1),
        title,
        position: n,
        validFrom: g.periodFrom,
      })),
    )
    .returning({ id: planGoals.id });
  const initiatives = await db
    .insert(planInitiatives)
    .values(
      Array.from({ length: g.initiatives }, (_, n) => ({
        planId,
        goalId: goals[n % goals.length]?.id ?? null,
        number: `${(n % goals.length) + 1}.${Math.floor(n / goals.length) + 1}`,
        title: `${INITIATIVE_WORDS[n % INITIATIVE_WORDS.length]}: ${GOALS[n % GOALS.length]?.toLowerCase()}`,
        level: 'municipality' as const,
        position: n,
        validFrom: g.periodFrom,
      })),
    )
    .returning({ id: planInitiatives.id });
  const initiativeIds = initiatives.map((i) => i.id);
  const partyIds = [...g.partyIds];
  const roundIds: string[] = [];
  for (let r = 0; r < g.rounds; r += 1) {
    const { year, month } = roundMonth(g.periodFrom, r);
    const [round] = await db
      .insert(planRounds)
      .values({
        planId,
        title: `Statusrunde ${year}-${month}`,
        opensOn: `${year}-${month}-01`,
        deadline: `${year}-${month}-20`,
        status: 'closed',
        closedOn: `${year}-${month}-21`,
        closedAt: new Date(`${year}-${month}-21T12:00:00Z`),
        initiativeIds,
        partyIds,
      })
      .returning({ id: planRounds.id });
    const roundId = round?.id ?? '';
    roundIds.push(roundId);
    if (partyIds.length > 0) {
      await db.insert(planRoundResponses).values(
        partyIds.map((partyId, p) => ({
          roundId,
          partyId,
          status: 'answered' as const,
          answeredAt: new Date(`${year}-${month}-10T12:00:00Z`),
          noChanges: p % 3 === 0,
          fieldsTouched: p % 3 === 0 ? 0 : p % 7,
        })),
      );
    }
    const degrees = partyIds.flatMap((subjectId, p) =>
      initiativeIds.map((initiativeId, i) => ({
        planId,
        initiativeId,
        subjectKind: 'party' as const,
        subjectId,
        degree: generatedDegree(p, i, r),
        recordedOn: `${year}-${month}-10`,
        roundId,
        changed: r === 0 || generatedDegree(p, i, r) !== generatedDegree(p, i, r - 1),
      })),
    );
    await bulk(degrees, 2_000, (chunk) => db.insert(planDegrees).values(chunk));
    // Closed as closing closes: the round's compact rows are stored with it.
    await storeRoundRows(db, { id: roundId, planId, initiativeIds, partyIds });
  }
  if (g.indicatorYears > 0) await generateIndicators(db, planId, goals[0]?.id ?? null, g);
  await db.execute(sql`analyze plan_degrees`);
  return { planId, roundIds, goalIds: goals.map((goal) => goal.id) };
}

/** Two indicators of the first goal with a value per party and year. */
async function generateIndicators(
  db: Db,
  planId: string,
  goalId: string | null,
  g: PlanGeneration,
): Promise<void> {
  const indicators = await db
    .insert(planIndicators)
    .values([
      {
        planId,
        goalId,
        key: 'genindlaeggelser',
        name: 'Forebyggelige genindlæggelser pr. 1.000 ældre (fiktive tal)',
        unit: 'pr. 1.000',
        direction: 'lowerIsBetter' as const,
        target: '40',
      },
      {
        planId,
        goalId,
        key: 'forloebsplaner',
        name: 'Andel borgere med fælles forløbsplan (fiktive tal)',
        unit: '%',
        direction: 'higherIsBetter' as const,
        target: '80',
        position: 1,
      },
    ])
    .returning({ id: planIndicators.id });
  const firstYear = Number(g.periodFrom.slice(0, 4));
  const values = indicators.flatMap((indicator, k) =>
    g.partyIds.flatMap((partyId, p) =>
      Array.from({ length: g.indicatorYears }, (_, y) => {
        const start = k === 0 ? 60 - ((p * 7) % 15) : 30 + ((p * 11) % 25);
        const drift = k === 0 ? -y * 3 : y * 6;
        return {
          indicatorId: indicator.id,
          partyId,
          period: String(firstYear + y),
          value: (start + drift + ((p + y) % 4) / 2).toFixed(1),
        };
      }),
    ),
  );
  await bulk(values, 2_000, (chunk) => db.insert(planIndicatorValues).values(chunk));
}
