/**
 * Benchmark: prints figures, asserts nothing (issue 10: `npm run bench`).
 *
 * The headline is the page table (bench/pages.ts): the real app listening on 127.0.0.1, every
 * page API the web app calls loaded by autocannon at 32 connections from a child process, next
 * to a bare `select 1` route on the same pool, with p50/p95/p99, req/s, the ratio to the bare
 * route, failed answers, the server's RSS peak and ✓/✗ against the goals; on PostgreSQL
 * (national data from the generator, created once in the database `samspil_bench` and kept) and
 * on PGlite (the CLI's data dir, demo data at 8 connections).
 *
 *   npm run samspil -- demo generate --scale national   # optional: the bench generates when missing
 *   npm run bench
 *   BENCH_QUICK=1 BENCH_SCALE=none npm run bench         # smoke run: demo data, 1 s per endpoint
 *
 * Settings: BENCH_PAGES=0 leaves the page table out; BENCH_SCALE (national | region | small |
 * none) the PostgreSQL data; BENCH_PGLITE_SCALE adds a PGlite table with generated data;
 * BENCH_CONNECTIONS (32), BENCH_PGLITE_CONNECTIONS (8), BENCH_SECONDS (5), BENCH_QUICK=1 (1 s);
 * DATABASE_URL / BENCH_DATABASE_URL the PostgreSQL server (see bench/pages.ts).
 *
 * After it, the older in-process figures, each skippable: the organisation engine (snapshot load,
 * one day's members and breaches; BENCH_ENGINE=0 leaves it out), `/api/health` latency while four
 * large organisation-file checks run at once, on the worker pool and inline (bench/heavy.ts;
 * BENCH_HEAVY=0, BENCH_HEAVY_FORA sets the file's size), and the plan heatmap at 98 municipalities
 * × 100 initiatives × 10 rounds (bench/plans-heatmap.ts; BENCH_PLANS=0). These run on an
 * in-memory PGlite, or on a throw-away database on BENCH_DATABASE_URL's server.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openPglite, openPostgres, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from '../src/server/demo/demo';
import { demoLoaders } from '../src/server/demo/loaders';
import { listCollaborationRows, loadSnapshot } from '../src/server/modules/organisation/index';
import { checkCollaboration, deriveAllMembers, stateOn } from '../src/domain/organisation/index';
import { todayInDenmark } from '../src/shared/dates';
import { defaultWorkerThreads } from '../src/server/platform/worker-pool';
import { createTaskPool } from '../src/server/worker-tasks';
import { benchDatabase } from './database';
import { benchPages } from './pages';
import { benchPlansHeatmap } from './plans-heatmap';
import {
  benchSession,
  healthDuringChecks,
  printHealthUnderLoad,
  type HealthUnderLoad,
} from './heavy';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);

interface Figure {
  name: string;
  samples: number[];
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.floor(q * sorted.length));
  return sorted[index] ?? Number.NaN;
}

async function time(name: string, rounds: number, fn: () => Promise<unknown>): Promise<Figure> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { name, samples };
}

function print(figures: Figure[]): void {
  const rows = figures.map((f) => {
    const sorted = [...f.samples].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    return {
      what: f.name,
      'median ms': median.toFixed(2),
      'p95 ms': quantile(sorted, 0.95).toFixed(2),
      'per second': (1000 / median).toFixed(0),
    };
  });
  console.table(rows);
}

async function main(): Promise<void> {
  if (process.env.BENCH_PAGES !== '0') await benchPages();
  const engine = process.env.BENCH_ENGINE !== '0';
  const heavy = process.env.BENCH_HEAVY !== '0';
  if (engine || heavy) {
    const bench = await benchDatabase(openPglite, openPostgres);
    const database: Database = bench.database;
    await migrateDatabase(database);
    await loadDemoData(database, demoLoaders);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      HEAVY_RATE_LIMIT_PER_MINUTE: '100000',
    });
    if (engine) await benchEngine(database);
    if (heavy) {
      const app = await buildApp({ config, database, webDist: '/nonexistent' });
      await app.ready();
      await benchHeavy(app, config, database);
      await app.close();
    }
    await bench.close();
  }
  if (process.env.BENCH_PLANS !== '0') await benchPlansHeatmap();
}

/** The organisation engine in process, on the demo data (no HTTP). */
async function benchEngine(database: Database): Promise<void> {
  const [collaboration] = await listCollaborationRows(database.db);
  if (!collaboration) throw new Error('the demo data has no collaboration');
  const id = collaboration.entityId;
  const today = todayInDenmark();
  const snapshot = await loadSnapshot(database.db, id);
  const figures: Figure[] = [
    await time('SELECT 1 (baseline)', ROUNDS, () => database.db.execute(sql`select 1`)),
    await time('loadSnapshot (DB → snapshot)', ROUNDS, () => loadSnapshot(database.db, id)),
    await time('stateOn + deriveAllMembers', ROUNDS, async () =>
      deriveAllMembers(stateOn(snapshot, today)),
    ),
    await time('stateOn + checkCollaboration', ROUNDS, async () =>
      checkCollaboration(stateOn(snapshot, today)),
    ),
  ];
  console.log(
    `\nThe organisation engine in process (${database.kind}, demo data): ${snapshot.fora.length} fora, ${snapshot.seats.length} seats, ${snapshot.parties.length} parties; ${ROUNDS} rounds each\n`,
  );
  print(figures);
}

/** `/api/health` during four large checks: on the app's worker pool, then all inline. */
async function benchHeavy(
  app: Awaited<ReturnType<typeof buildApp>>,
  config: ReturnType<typeof loadConfig>,
  database: Database,
): Promise<void> {
  const login = { email: DEMO_USERS[0]?.email ?? '', password: DEMO_PASSWORD };
  const figures: HealthUnderLoad[] = [];
  const threads = config.workerThreads ?? defaultWorkerThreads();
  figures.push(
    await healthDuringChecks(
      `worker pool, ${threads} thread(s)`,
      app,
      await benchSession(app, login),
    ),
  );
  const inline = await buildApp({
    config,
    database,
    webDist: '/nonexistent',
    workers: createTaskPool({ threads: 0 }),
  });
  await inline.ready();
  figures.push(
    await healthDuringChecks(
      'inline on the event loop (before)',
      inline,
      await benchSession(inline, login),
    ),
  );
  await inline.close();
  printHealthUnderLoad(figures);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
