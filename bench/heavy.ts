/**
 * Benchmark figure: how `/api/health` answers while four large organisation-file checks run at
 * once (a generated file of 10,000 fora, about 1 MB). The checks run on the worker pool; for
 * comparison the same load runs with every task inline on the event loop (how it was before the
 * pool). Prints latencies; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { largeOrgFile } from '../src/server/modules/organisation/test/large-org-file';

/** Headers of a logged-in client that may POST (session and CSRF cookies, CSRF token). */
export interface BenchSession {
  cookie: string;
  csrf: string;
}

/** Health latencies while the checks ran, and how long the four checks took together. */
export interface HealthUnderLoad {
  what: string;
  samples: number[];
  checksMs: number;
  statuses: number[];
}

const FORA = Number(process.env.BENCH_HEAVY_FORA ?? 10_000);

/** Logs in on `app` and returns what a POST needs. */
export async function benchSession(
  app: FastifyInstance,
  login: { email: string; password: string },
): Promise<BenchSession> {
  const first = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const csrf = (first.json() as { token: string }).token;
  const jar = new Map(first.cookies.map((c) => [c.name, c.value]));
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-csrf-token': csrf, cookie: header() },
    payload: login,
  });
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  for (const c of res.cookies) jar.set(c.name, c.value);
  return { cookie: header(), csrf };
}

/** How often health is asked for while the checks run. */
const INTERVAL_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends four checks of the large file at once, then asks for `/api/health` every 20 ms until all
 * four are answered. Each latency counts from when the request was due, not from when it could
 * be sent: a blocked event loop that delays the sending is part of what a client would wait.
 */
export async function healthDuringChecks(
  what: string,
  app: FastifyInstance,
  session: BenchSession,
): Promise<HealthUnderLoad> {
  const text = largeOrgFile(FORA);
  const check = () =>
    app.inject({
      method: 'POST',
      url: '/api/org/files/check?date=2024-06-01',
      headers: {
        'content-type': 'text/yaml',
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
      },
      payload: text,
    });
  const started = performance.now();
  let done = false;
  const checks = Promise.all([check(), check(), check(), check()]).finally(() => {
    done = true;
  });
  const samples: number[] = [];
  for (let due = started; !done; due += INTERVAL_MS) {
    const wait = due - performance.now();
    // Sent even when the checks ended while waiting: it was due while they ran.
    if (wait > 0) await sleep(wait);
    await app.inject({ method: 'GET', url: '/api/health' });
    samples.push(performance.now() - due);
    // Behind schedule: the next request is due now, not at a time already past.
    due = Math.max(due, performance.now() - INTERVAL_MS);
  }
  const answers = await checks;
  return {
    what: `${what}: ${FORA} fora, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`,
    samples,
    checksMs: performance.now() - started,
    statuses: answers.map((a) => a.statusCode),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Prints the figures as a table. */
export function printHealthUnderLoad(figures: HealthUnderLoad[]): void {
  console.log('\n/api/health while four organisation-file checks run at once\n');
  console.table(
    figures.map((f) => {
      const sorted = [...f.samples].sort((a, b) => a - b);
      return {
        what: f.what,
        'health answers': sorted.length,
        'p50 ms': quantile(sorted, 0.5).toFixed(1),
        'p95 ms': quantile(sorted, 0.95).toFixed(1),
        'max ms': (sorted.at(-1) ?? Number.NaN).toFixed(1),
        'four checks ms': f.checksMs.toFixed(0),
        'check statuses': f.statuses.join(' '),
      };
    }),
  );
}
