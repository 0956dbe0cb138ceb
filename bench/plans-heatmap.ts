/**
 * Benchmark of the plan heatmap (issue 9): 98 municipalities × 100 initiatives × 10 closed rounds
 * (98,000 degrees, bulk multi-row inserts), then the heatmap read at 32 concurrent callers next to
 * a bare `SELECT 1` on the same pool, printing p50/p95/p99 and requests per second. Runs on
 * in-memory PGlite, and on PostgreSQL too when BENCH_DATABASE_URL, TEST_DATABASE_URL or
 * DATABASE_URL names a server (a throw-away database is created there and dropped after).
 * Target: p95 under 100 ms on PostgreSQL.
 *
 *   npx tsx bench/plans-heatmap.ts          # alone
 *   npm run bench                           # as part of the whole benchmark (BENCH_PLANS=0 skips)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type Db } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { clusterMemberships, clusters, parties } from '../src/server/modules/organisation/index';
import { heatmap } from '../src/server/modules/plans/views.service';
import { generatePlan } from '../src/server/demo/plan-generator';

const MUNICIPALITIES = Number(process.env.BENCH_PLAN_PARTIES ?? 98);
const INITIATIVES = Number(process.env.BENCH_PLAN_INITIATIVES ?? 100);
const ROUNDS = Number(process.env.BENCH_PLAN_ROUNDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_PLAN_CONCURRENCY ?? 32);
const REQUESTS = Number(process.env.BENCH_PLAN_REQUESTS ?? 640);
const CLUSTERS = 6;

/** Generates the plan, its parties, rounds and degrees; returns the plan, round, goal and cluster ids. */
export async function generate(
  db: Db,
): Promise<{ planId: string; roundIds: string[]; goalIds: string[]; clusterIds: string[] }> {
  const collaborationId = randomUUID();
  const clusterIds = Array.from({ length: CLUSTERS }, () => randomUUID());
  await db.insert(clusters).values(
    clusterIds.map((entityId, n) => ({
      entityId,
      collaborationId,
      key: `klynge-${n + 1}`,
      name: `Klynge ${n + 1}`,
      validFrom: '2024-01-01',
    })),
  );
  const partyIds = Array.from({ length: MUNICIPALITIES }, () => randomUUID());
  await db.insert(parties).values(
    partyIds.map((entityId, n) => ({
      entityId,
      collaborationId,
      key: `kommune-${n + 1}`,
      kind: 'municipality' as const,
      name: `Kommune ${String(n + 1).padStart(3, '0')}`,
      validFrom: '2024-01-01',
    })),
  );
  await db.insert(clusterMemberships).values(
    partyIds.map((partyId, n) => ({
      collaborationId,
      clusterId: clusterIds[n % CLUSTERS] ?? '',
      partyId,
      validFrom: '2024-01-01',
    })),
  );
  const generated = await generatePlan(db, {
    collaborationId,
    key: 'bench',
    title: 'Benchmarkplan (fiktiv)',
    ownerForumId: null,
    periodFrom: '2024-01-01',
    partyIds,
    initiatives: INITIATIVES,
    rounds: ROUNDS,
    indicatorYears: 0,
  });
  return { ...generated, clusterIds };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Figure {
  what: string;
  samples: number[];
  wallMs: number;
}

/** Runs `fn` REQUESTS times from CONCURRENCY callers at once; per-call latency and wall time. */
async function concurrent(what: string, fn: (n: number) => Promise<unknown>): Promise<Figure> {
  for (let i = 0; i < CONCURRENCY; i += 1) await fn(i); // warm-up
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const n = next;
        next += 1;
        const t0 = performance.now();
        await fn(n);
        samples.push(performance.now() - t0);
      }
    }),
  );
  return { what, samples, wallMs: performance.now() - started };
}

function print(kind: string, figures: Figure[]): void {
  console.log(
    `\nPlan heatmap on ${kind}: ${MUNICIPALITIES} municipalities × ${INITIATIVES} initiatives × ${ROUNDS} closed rounds; ${REQUESTS} reads at ${CONCURRENCY} concurrent callers`,
  );
  console.table(
    figures.map((f) => {
      const sorted = [...f.samples].sort((a, b) => a - b);
      return {
        what: f.what,
        'p50 ms': quantile(sorted, 0.5).toFixed(2),
        'p95 ms': quantile(sorted, 0.95).toFixed(2),
        'p99 ms': quantile(sorted, 0.99).toFixed(2),
        'req/s': ((f.samples.length / f.wallMs) * 1000).toFixed(0),
      };
    }),
  );
}

/** Generates the data on a database and measures the reads. */
async function benchOn(database: Database): Promise<void> {
  await migrateDatabase(database);
  const t0 = performance.now();
  const { planId, roundIds, goalIds, clusterIds } = await generate(database.db);
  console.log(
    `\ngenerated ${MUNICIPALITIES * INITIATIVES * ROUNDS} degrees in ${(performance.now() - t0).toFixed(0)} ms (${database.kind})`,
  );
  const db = database.db;
  const figures = [
    await concurrent('SELECT 1 (baseline, same pool)', () => db.execute(sql`select 1`)),
    await concurrent('heatmap, latest closed round', async () => {
      const map = await heatmap(db, planId, {}, 'reader');
      if (map.cells.length !== MUNICIPALITIES) throw new Error('heatmap incomplete');
    }),
    await concurrent('heatmap, any of the rounds', (n) =>
      heatmap(db, planId, { roundId: roundIds[n % roundIds.length] }, 'reader'),
    ),
    await concurrent('heatmap, any of the rounds, filtered by goal and cluster', (n) =>
      heatmap(
        db,
        planId,
        {
          roundId: roundIds[n % roundIds.length],
          goalId: goalIds[n % goalIds.length],
          clusterId: clusterIds[n % clusterIds.length],
        },
        'reader',
      ),
    ),
  ];
  print(database.kind === 'pglite' ? 'PGlite (one connection)' : 'PostgreSQL', figures);
}

/** A throw-away database on the server of `serverUrl`, with a pool of CONCURRENCY connections. */
async function postgresDatabase(
  serverUrl: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `samspil_plans_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), CONCURRENCY);
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The plan heatmap benchmark: PGlite, then PostgreSQL when a server is configured. */
export async function benchPlansHeatmap(): Promise<void> {
  if (process.env.BENCH_PLAN_PGLITE !== '0') {
    const pglite = await openPglite(null);
    try {
      await benchOn(pglite);
    } finally {
      await pglite.close();
    }
  }
  const serverUrl =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log(
      '(set BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL to measure PostgreSQL too)',
    );
    return;
  }
  const { database, drop } = await postgresDatabase(serverUrl);
  try {
    await benchOn(database);
  } finally {
    await drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPlansHeatmap().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
