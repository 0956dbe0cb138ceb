/**
 * Benchmark: prints figures, asserts nothing. Builds the app on an in-memory PGlite with the demo
 * data, then times the organisation engine (snapshot load, one day's members and breaches) and
 * a set of read endpoints through Fastify's in-process injection. Last, `/api/health` latency while
 * four large organisation-file checks run at once, on the worker pool and (for comparison) inline
 * (bench/heavy.ts; BENCH_HEAVY=0 leaves it out, BENCH_HEAVY_FORA sets the file's size). Then the
 * plan heatmap: 98 municipalities × 100 initiatives × 10 rounds at 32 concurrent readers, on
 * PGlite and on PostgreSQL when a server is configured (bench/plans-heatmap.ts; BENCH_PLANS=0
 * leaves it out).
 *
 *   npm run bench                  # PGlite
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * With BENCH_DATABASE_URL the benchmark creates and drops its own database on that server.
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
  const bench = await benchDatabase(openPglite, openPostgres);
  const database: Database = bench.database;
  await migrateDatabase(database);
  const seeded = performance.now();
  await loadDemoData(database, demoLoaders);
  console.log(
    `demo data loaded in ${(performance.now() - seeded).toFixed(0)} ms (${database.kind})`,
  );

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    HEAVY_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await buildApp({ config, database, webDist: '/nonexistent' });
  await app.ready();
  const login = await app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
  });
  const csrf = (login.json() as { token: string }).token;
  const csrfCookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-csrf-token': csrf, cookie: csrfCookie },
    payload: { email: DEMO_USERS[0]?.email, password: DEMO_PASSWORD },
  });
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const get = (url: string) => async () => {
    const r = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  };

  const [collaboration] = await listCollaborationRows(database.db);
  if (!collaboration) throw new Error('the demo data has no collaboration');
  const id = collaboration.entityId;
  const today = todayInDenmark();
  const snapshot = await loadSnapshot(database.db, id);
  const forumId = snapshot.fora[0]?.entityId ?? '';

  const figures: Figure[] = [
    await time('SELECT 1 (baseline)', ROUNDS, () => database.db.execute(sql`select 1`)),
    await time('loadSnapshot (DB → snapshot)', ROUNDS, () => loadSnapshot(database.db, id)),
    await time('stateOn + deriveAllMembers', ROUNDS, async () =>
      deriveAllMembers(stateOn(snapshot, today)),
    ),
    await time('stateOn + checkCollaboration', ROUNDS, async () =>
      checkCollaboration(stateOn(snapshot, today)),
    ),
    await time(
      'GET /api/org/collaborations/:id/overview',
      ROUNDS,
      get(`/api/org/collaborations/${id}/overview`),
    ),
    await time(
      'GET /api/org/collaborations/:id/health',
      ROUNDS,
      get(`/api/org/collaborations/${id}/health`),
    ),
    await time(
      'GET /api/org/collaborations/:id/burden',
      ROUNDS,
      get(`/api/org/collaborations/${id}/burden`),
    ),
    await time('GET /api/org/fora/:id', ROUNDS, get(`/api/org/fora/${forumId}`)),
    await time('GET /api/meetings', ROUNDS, get('/api/meetings')),
    await time('GET /api/cases', ROUNDS, get('/api/cases')),
    await time('GET /api/search?q=sundhed', ROUNDS, get('/api/search?q=sundhed')),
    await time(
      'GET /api/search?q=sundhed&collaborationId (across reorganisations)',
      ROUNDS,
      get(`/api/search?q=sundhed&collaborationId=${id}`),
    ),
    await time(
      'GET /api/org/reorganisations?collaborationId',
      ROUNDS,
      get(`/api/org/reorganisations?collaborationId=${id}`),
    ),
    await time('GET /api/org/templates', ROUNDS, get('/api/org/templates')),
  ];
  console.log(
    `\n${snapshot.fora.length} fora, ${snapshot.seats.length} seats, ${snapshot.parties.length} parties; ${ROUNDS} rounds each\n`,
  );
  print(figures);
  if (process.env.BENCH_HEAVY !== '0') await benchHeavy(app, config, database);
  await app.close();
  await bench.close();
  if (process.env.BENCH_PLANS !== '0') await benchPlansHeatmap();
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
