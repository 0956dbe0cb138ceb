/**
 * The page benchmark (issue 10): every page API the web app calls, under load, next to a bare
 * `select 1` route on the same pool in the same server and run.
 *
 * The real app (buildApp, log level silent) listens on 127.0.0.1 with one extra route,
 * `GET /bench/select1`, registered here only. A child process (bench/load.ts) loads each endpoint
 * with autocannon at BENCH_CONNECTIONS (default 32) for BENCH_SECONDS (default 5, after a 1 s
 * warm-up; BENCH_QUICK=1: 1 s), sending a demo secretariat's session cookie (the audit pages, which
 * are for admins, the demo admin's). Each row prints p50/p95/p99, req/s, answers outside 2xx, the
 * ratio of its req/s to the bare route's, and ✓/✗ against the goals; under the table the
 * peak RSS of the server process during the load (PGlite runs inside it and counts).
 *
 * Targets, one after the other:
 * - PostgreSQL: DATABASE_URL if it is postgres://…, else BENCH_DATABASE_URL, else
 *   postgres://postgres@127.0.0.1:5432; a URL naming the `postgres` database (or none) means the
 *   database `samspil_bench` on that server, created when missing and kept, so generated data is
 *   reused. Data: BENCH_SCALE (default national; `none` = the demo data only). Skipped with a note
 *   when no server answers.
 * - PGlite: the data dir the CLI uses (DATA_DIR, default ./data), with the demo data at 8
 *   connections (BENCH_PGLITE_CONNECTIONS); when that dir holds generated data the demo table runs
 *   on an in-memory PGlite instead. BENCH_PGLITE_SCALE=national (or region, small) adds a table on
 *   the data dir with that data at BENCH_CONNECTIONS.
 * BENCH_TARGETS=postgres (or pglite) runs one of them only.
 * Each target is migrated and gets the demo data when it has none, and the generator's data
 * when BENCH_SCALE's is missing.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/server/config';
import { openDatabase, openPglite, type Database } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';
import { loadDemoData } from '../src/server/demo/demo';
import {
  GENERATE_SCALES,
  generateData,
  generatedScale,
  type GenerateScale,
} from '../src/server/demo/generate/index';
import { demoLoaders } from '../src/server/demo/loaders';
import { todayInDenmark } from '../src/shared/dates';
import type { LoadRequest, LoadResult } from './load';
import {
  closingReference,
  dataSummary,
  overheadEndpoints,
  pageEndpoints,
  pickIds,
  type Endpoint,
} from './pages-endpoints';
import {
  benchApp,
  benchCookies,
  benchPostgresUrl,
  drained,
  ensurePostgresDatabase,
} from './pages-server';

const SCALES: readonly string[] = GENERATE_SCALES;

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PGLITE_CONNECTIONS = Number(process.env.BENCH_PGLITE_CONNECTIONS ?? 8);
const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = QUICK ? 1 : Number(process.env.BENCH_SECONDS ?? 5);
/** BENCH_ONLY=word: only the page endpoints whose name contains it (the references always run). */
const ONLY = process.env.BENCH_ONLY?.toLowerCase();
const WARMUP = 1;
const RSS_GOAL_MB = 400;

/** The load generator: one child process for the whole run, one endpoint at a time. */
class Loader {
  private child: ChildProcess = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  load(request: LoadRequest): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      this.child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
        if (m.ok && m.result) resolve(m.result);
        else reject(new Error(m.error ?? 'the load generator failed'));
      });
      this.child.send(request);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

interface Row {
  endpoint: Endpoint;
  result: LoadResult;
  status: number;
  rssMb: number;
  /** False when requests left in flight still ran 30 s after the load. */
  idle: boolean;
}

const MB = 1024 * 1024;

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** A figure with `digits` decimals; none (no answers: NaN, null after IPC) as a dash. */
const fixed = (n: number | null, digits: number) =>
  n === null || !Number.isFinite(n) ? '—' : n.toFixed(digits);

/** Loads every endpoint in turn; tracks the server's RSS peak while each runs. */
async function loadAll(
  app: FastifyInstance,
  endpoints: Endpoint[],
  connections: number,
  cookies: Record<Endpoint['session'], string>,
): Promise<Row[]> {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server is not listening');
  const base = `http://127.0.0.1:${address.port}`;
  const loader = new Loader();
  const out: Row[] = [];
  try {
    for (const endpoint of endpoints) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (cookies[endpoint.session]) headers.cookie = cookies[endpoint.session];
      // One request first: its status shows an endpoint that fails outright.
      const probe = await fetch(base + endpoint.url, { headers });
      await probe.arrayBuffer();
      let peak = process.memoryUsage.rss();
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
      }, 100);
      try {
        const request = { url: base + endpoint.url, headers, connections };
        // Between the runs the server finishes what the generator left in flight.
        await loader.load({ ...request, seconds: WARMUP, record: false });
        await drained();
        const result = await loader.load({ ...request, seconds: SECONDS, record: true });
        const idle = await drained();
        out.push({ endpoint, result, status: probe.status, rssMb: peak / MB, idle });
      } finally {
        clearInterval(sampler);
      }
      const last = out.at(-1)?.result;
      console.log(
        `  ${endpoint.name}: p95 ${fixed(last?.p95 ?? null, 1)} ms, ${fixed(last?.perSecond ?? null, 0)} req/s`,
      );
    }
  } finally {
    loader.close();
  }
  return out;
}

function goalMark(row: Row, ratio: number, withRatio: boolean): string {
  const p95 = row.result.p95 ?? Number.NaN;
  if (row.endpoint.goal === 'reference') return '';
  const failed = row.result.non2xx > 0 || row.result.errors > 0 || row.result.requests === 0;
  if (row.endpoint.goal === 'search') return mark(!failed && p95 < 100);
  return mark(!failed && p95 < 50 && (!withRatio || ratio >= 0.5));
}

function printTable(title: string, rows: Row[], withRatio: boolean): void {
  // The bare route runs first and last; the better of the two is the reference, so a slow
  // moment of the machine at either end does not flatter every ratio.
  const bare = rows.filter(
    (r) => r.endpoint.url === '/bench/select1' && r.endpoint.session === 'none',
  );
  const barePerSecond = Math.max(...bare.map((r) => r.result.perSecond ?? 0));
  console.log(`\n${title}`);
  console.table(
    rows.map((row) => {
      const ratio = row.result.perSecond / barePerSecond;
      const failures = [
        row.status < 200 || row.status > 299 ? `first ${row.status}` : '',
        row.result.statuses,
        row.result.errors > 0 ? `${row.result.errors} no answer` : '',
        row.result.requests === 0 ? `no answer in ${SECONDS} s` : '',
        row.idle ? '' : 'still busy 30 s after',
      ]
        .filter(Boolean)
        .join('; ');
      return {
        endpoint: row.endpoint.name,
        'p50 ms': fixed(row.result.p50, 1),
        'p95 ms': fixed(row.result.p95, 1),
        'p99 ms': fixed(row.result.p99, 1),
        answers: row.result.requests,
        'req/s': fixed(row.result.perSecond, 0),
        ratio: fixed(ratio, 3),
        'non-2xx': failures || row.result.non2xx,
        goal: goalMark(row, ratio, withRatio),
      };
    }),
  );
  const peak = Math.max(...rows.map((r) => r.rssMb));
  console.log(
    `server RSS peak during the load: ${peak.toFixed(0)} MB ${mark(peak < RSS_GOAL_MB)} (goal < ${RSS_GOAL_MB} MB)`,
  );
  console.log(
    `goals: p95 < 50 ms${withRatio ? ' and ≥ 0.5× the bare route’s req/s' : ''}; search p95 < 100 ms; no failed answers`,
  );
}

/** Migrates, loads the demo data when absent and the generated data of `scale` when missing. */
async function prepare(database: Database, scale: GenerateScale | null): Promise<string> {
  await migrateDatabase(database);
  if (await loadDemoData(database, demoLoaders)) console.log('  demo data loaded');
  if (!scale) return 'demo data';
  const present = await generatedScale(database.db);
  if (present === null) {
    console.log(`  generating ${scale} data (once; it is kept)`);
    const started = performance.now();
    await generateData(database, scale, (line) => console.log(`    ${line}`));
    console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return `${scale} data`;
  }
  if (present !== scale)
    console.log(`  the database holds ${present} data, not ${scale}: used as is`);
  return `${present} data`;
}

/** Runs the table on an open database; closes nothing. */
async function benchTarget(
  title: string,
  database: Database,
  scale: GenerateScale | null,
  connections: number,
  withRatio: boolean,
): Promise<void> {
  console.log(`\n== ${title}`);
  const data = await prepare(database, scale);
  const ids = await pickIds(database.db);
  const summary = await dataSummary(database.db);
  const app = await benchApp(database);
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const cookies = await benchCookies(app);
    const endpoints = [
      ...overheadEndpoints(),
      ...pageEndpoints(ids, todayInDenmark()).filter(
        (e) => !ONLY || e.name.toLowerCase().includes(ONLY),
      ),
      closingReference(),
    ];
    console.log(
      `  ${endpoints.length} endpoints × (${WARMUP} s warm-up + ${SECONDS} s) at ${connections} connections`,
    );
    const result = await loadAll(app, endpoints, connections, cookies);
    printTable(
      `${title}: ${data}; ${summary}; ${connections} connections, ${SECONDS} s each`,
      result,
      withRatio,
    );
  } finally {
    await app.close();
  }
}

/** The scale BENCH_SCALE or BENCH_PGLITE_SCALE names; null for `none`. */
function scaleOf(value: string | undefined, fallback: GenerateScale | null): GenerateScale | null {
  if (value === undefined || value === '') return fallback;
  if (value === 'none') return null;
  if (!SCALES.includes(value))
    throw new Error(`unknown scale ${value} (national, region, small, none)`);
  return value as GenerateScale;
}

/** The page tables on PostgreSQL and PGlite. */
export async function benchPages(): Promise<void> {
  const scale = scaleOf(process.env.BENCH_SCALE, 'national');
  const pgliteScale = scaleOf(process.env.BENCH_PGLITE_SCALE, null);

  const targets = (process.env.BENCH_TARGETS ?? 'postgres,pglite').split(',');
  const url = benchPostgresUrl();
  if (targets.includes('postgres') && (await ensurePostgresDatabase(url))) {
    const database = await openDatabase({ kind: 'postgres', url });
    try {
      const shown = new URL(url);
      shown.password = '';
      await benchTarget(
        `PostgreSQL ${shown.host}${shown.pathname}`,
        database,
        scale,
        CONNECTIONS,
        true,
      );
    } finally {
      await database.close();
    }
  }

  if (!targets.includes('pglite')) return;
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const cliConfig = loadConfig(env);
  const dataDir = cliConfig.database.kind === 'pglite' ? cliConfig.database.dataDir : null;
  const onDisk = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrateDatabase(onDisk);
    const generated = await generatedScale(onDisk.db);
    if (generated === null) {
      await benchTarget(
        `PGlite ${dataDir ?? 'in memory'}`,
        onDisk,
        null,
        PGLITE_CONNECTIONS,
        false,
      );
    } else {
      const memory = await openPglite(null);
      try {
        console.log(
          `\n(${dataDir} holds ${generated} data: the demo table runs on an in-memory PGlite)`,
        );
        await benchTarget('PGlite in memory', memory, null, PGLITE_CONNECTIONS, false);
      } finally {
        await memory.close();
      }
    }
    // Data generated into the data dir (`demo generate`) is measured too, at 32 connections.
    const scaleOnDisk = pgliteScale ?? generated;
    if (scaleOnDisk) {
      await benchTarget(
        `PGlite ${dataDir ?? 'in memory'}`,
        onDisk,
        scaleOnDisk,
        CONNECTIONS,
        false,
      );
    }
  } finally {
    await onDisk.close();
  }
}
