/**
 * The national data generator (`npm run samspil -- demo generate --scale …`): fictional meetings,
 * agendas, minutes, decisions and cases over the real structures of the reference data, written
 * in bulk (about 1,000 rows per `unnest` insert, in one transaction) with one audit row per run.
 */
import { desc, eq, like, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../../db/client';
import { SYSTEM_ACTOR, writeAudit } from '../../platform/audit';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { Region2027 } from '../../../domain/organisation-file/index';
import { agendaItems, agendas } from '../../modules/agendas/agendas.table';
import { auditLog } from '../../modules/audit/index';
import { caseEvents, cases, caseSteps } from '../../modules/cases/index';
import { meetings } from '../../modules/meetings/meetings.table';
import { collaborations, loadReferenceData } from '../../modules/organisation/index';
import {
  buildStructure,
  GENERATED_KEY_PREFIX,
  type Region2022,
  type StructurePlan,
} from './structure';
import { insertRows, withoutGinIndexes } from './insert';
import { buildVolume } from './volume';
import { generatePlan } from '../plan-generator';
import { and } from 'drizzle-orm';
import { parties } from '../../modules/organisation/index';
import type { GeneratedForum } from './structure';

export type GenerateScale = 'national' | 'region' | 'small';
export const GENERATE_SCALES: readonly GenerateScale[] = ['national', 'region', 'small'];

export interface GenerateSummary {
  scale: GenerateScale;
  collaborations: number;
  meetings: number;
  agendaItems: number;
  cases: number;
  caseSteps: number;
  caseEvents: number;
  /** Implementation plans, one per collaboration, with closed rounds and indicator values. */
  plans: number;
  ms: number;
}

/** The audit action of a generation run; its `after` names the scale. */
export const GENERATE_AUDIT_ACTION = 'demo.generate';

interface ScalePlan extends StructurePlan {
  casesTarget: number;
  /** Per collaboration's implementation plan. */
  planInitiatives: number;
  planRounds: number;
}

const ALL_2022: readonly Region2022[] = [
  'Hovedstaden',
  'Midtjylland',
  'Nordjylland',
  'Sjælland',
  'Syddanmark',
];
const ALL_2027: readonly Region2027[] = ['Østdanmark', 'Syddanmark', 'Midtjylland', 'Nordjylland'];

const PLANS: Record<GenerateScale, ScalePlan> = {
  national: {
    regions2022: ALL_2022,
    regions2027: ALL_2027,
    firstYear: 2017,
    themeGroups: 14,
    clusterGroups: 5,
    casesTarget: 100_000,
    planInitiatives: 40,
    planRounds: 8,
  },
  region: {
    regions2022: ['Syddanmark'],
    regions2027: ['Syddanmark'],
    firstYear: 2017,
    themeGroups: 14,
    clusterGroups: 5,
    casesTarget: 20_000,
    planInitiatives: 40,
    planRounds: 8,
  },
  small: {
    regions2022: ['Nordjylland'],
    regions2027: ['Nordjylland'],
    firstYear: 2025,
    themeGroups: 2,
    clusterGroups: 0,
    casesTarget: 500,
    planInitiatives: 6,
    planRounds: 2,
  },
};

/** The tables whose search (GIN) indexes are built once after the bulk insert. */
const INDEXED_TABLES = [
  'meetings',
  'cases',
  'case_steps',
  'case_events',
  'agendas',
  'agenda_items',
];

/** The scale of the generated data in the database, or null when there is none. */
export async function generatedScale(db: Db): Promise<GenerateScale | null> {
  const [generated] = await db
    .select({ id: collaborations.id })
    .from(collaborations)
    .where(like(collaborations.key, `${GENERATED_KEY_PREFIX}%`))
    .limit(1);
  if (!generated) return null;
  const [run] = await db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.action, GENERATE_AUDIT_ACTION))
    .orderBy(desc(auditLog.at))
    .limit(1);
  const scale = (run?.after as { scale?: unknown } | null)?.scale;
  return GENERATE_SCALES.find((s) => s === scale) ?? null;
}

/** Generates fictional data over the real structures; refuses (throws a Danish Error) when generated data is already there. */
export async function generateData(
  database: Database,
  scale: GenerateScale,
  log: (line: string) => void = () => {},
  options: { today?: IsoDate } = {},
): Promise<GenerateSummary> {
  const { db } = database;
  const plan = PLANS[scale];
  const started = performance.now();
  const [existing] = await db
    .select({ key: collaborations.key })
    .from(collaborations)
    .where(like(collaborations.key, `${GENERATED_KEY_PREFIX}%`))
    .limit(1);
  if (existing) {
    const had = await generatedScale(db);
    throw new Error(
      `Databasen har allerede genererede data${had ? ` (skala ${had})` : ''}: samarbejdet ${existing.key} findes. ` +
        'Generér i en tom database, eller gendan en sikkerhedskopi fra før.',
    );
  }
  const phase = (name: string, since: number, counts: string) =>
    log(`${name}: ${counts} (${Math.round(performance.now() - since)} ms)`);

  let t = performance.now();
  log(`Genererer data i skala ${scale} (${database.kind}) …`);
  const structure = await buildStructure(db, loadReferenceData(), plan, log);
  phase(
    'Struktur',
    t,
    `${structure.collaborationIds.length} samarbejder, ${structure.fora.length} fora med møder, ${structure.persons} personer`,
  );

  t = performance.now();
  const volume = buildVolume({
    scale,
    fora: structure.fora,
    firstYear: plan.firstYear,
    today: options.today ?? todayInDenmark(),
    casesTarget: plan.casesTarget,
  });
  phase(
    'Beregnet',
    t,
    `${volume.meetings.length} møder, ${volume.items.length} punkter, ${volume.cases.length} sager, ${volume.steps.length} trin, ${volume.events.length} hændelser`,
  );

  const summary: GenerateSummary = {
    scale,
    collaborations: structure.collaborationIds.length,
    meetings: volume.meetings.length,
    agendaItems: volume.items.length,
    cases: volume.cases.length,
    caseSteps: volume.steps.length,
    caseEvents: volume.events.length,
    plans: 0,
    ms: 0,
  };
  await db.transaction(async (tx) => {
    const step = async <T extends Record<string, unknown>>(
      name: string,
      table: PgTable,
      rows: readonly T[],
    ) => {
      const since = performance.now();
      await insertRows(tx, table, rows);
      phase(name, since, `${rows.length} rækker`);
    };
    const { rebuilt, ms } = await withoutGinIndexes(tx, INDEXED_TABLES, async () => {
      await step('Møder', meetings, volume.meetings);
      await step('Sager', cases, volume.cases);
      await step('Sagstrin', caseSteps, volume.steps);
      await step('Sagshændelser', caseEvents, volume.events);
      await step('Dagsordener', agendas, volume.agendas);
      await step('Dagsordenspunkter', agendaItems, volume.items);
      return null;
    });
    log(`Søgeindekser: ${rebuilt} bygget igen (${ms} ms)`);
    const since = performance.now();
    summary.plans = await generatePlans(tx, structure.collaborationIds, structure.fora, plan);
    phase('Planer', since, `${summary.plans} planer med statusrunder og indikatorer`);
    summary.ms = Math.round(performance.now() - started);
    await writeAudit(tx, SYSTEM_ACTOR, {
      action: GENERATE_AUDIT_ACTION,
      entityType: 'collaboration',
      entityId: structure.collaborationIds[0] ?? null,
      summary: `Genererede data (skala ${scale}): ${summary.meetings} møder, ${summary.cases} sager`,
      after: { ...summary },
      relatedIds: structure.collaborationIds,
    });
  });
  // A bulk load leaves the planner without statistics and the visibility map empty (no
  // index-only scans) until autovacuum comes by, if it runs at all: do its work now.
  t = performance.now();
  await db.execute(sql`vacuum (analyze)`);
  phase('Statistik', t, 'VACUUM (ANALYZE) af databasen');
  summary.ms = Math.round(performance.now() - started);
  log(`Færdig på ${(summary.ms / 1000).toFixed(1)} s.`);
  return summary;
}

/**
 * One implementation plan per collaboration, owned by its top forum (the first without a parent),
 * reporting on its municipalities from the collaboration's first day.
 */
async function generatePlans(
  db: Db,
  collaborationIds: readonly string[],
  fora: readonly GeneratedForum[],
  plan: ScalePlan,
): Promise<number> {
  let count = 0;
  for (const collaborationId of collaborationIds) {
    const own = fora.filter((f) => f.collaborationId === collaborationId);
    const top = own.find((f) => f.parentId === null) ?? own[0];
    if (!top) continue;
    const municipalities = await db
      .selectDistinct({ id: parties.entityId })
      .from(parties)
      .where(and(eq(parties.collaborationId, collaborationId), eq(parties.kind, 'municipality')))
      .orderBy(parties.entityId);
    await generatePlan(db, {
      collaborationId,
      key: 'gen-plan',
      title: `Genereret implementeringsplan (fiktiv), ${top.name}`,
      ownerForumId: top.entityId,
      periodFrom: top.from,
      partyIds: municipalities.map((m) => m.id),
      initiatives: plan.planInitiatives,
      rounds: plan.planRounds,
      indicatorYears: 4,
    });
    count += 1;
  }
  return count;
}
