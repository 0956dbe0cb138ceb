/**
 * The page benchmark's server (bench/pages.ts): the real app with a bare `select 1` route on the
 * same pool, a count of the handlers running, the demo sessions, and the PostgreSQL database.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, RouteOptions } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import { benchSession } from './heavy';
import type { Endpoint } from './pages-endpoints';

/** Handlers running now, on every route (counted by {@link benchApp}'s wrapper). */
let running = 0;

/** Counts `route`'s handler while it runs (the app calls this for every route it registers). */
function countRunning(route: RouteOptions): void {
  const handler = route.handler;
  route.handler = function counted(this: FastifyInstance, request, reply) {
    running += 1;
    let result: unknown;
    try {
      result = handler.call(this, request, reply);
    } catch (err) {
      running -= 1;
      throw err;
    }
    if (result instanceof Promise) return result.finally(() => (running -= 1));
    running -= 1;
    return result;
  } as RouteOptions['handler'];
}

/**
 * Waits until no handler runs (at most `maxMs`; false when some still do): requests still in flight when a load ends (the load generator
 * drops them) would otherwise take the server's time from the next row.
 */
export async function drained(maxMs = 30_000): Promise<boolean> {
  const until = performance.now() + maxMs;
  while (running > 0 && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return running === 0;
}

/** The benchmark's server: the real app and the bare reference route, on 127.0.0.1. */
export async function benchApp(database: Database): Promise<FastifyInstance> {
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ALLOW_PGLITE_IN_PRODUCTION: 'true',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    HEAVY_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await buildApp({
    config,
    database,
    webDist: '/nonexistent',
    onRoute: countRunning,
  });
  app.get('/bench/select1', async () => {
    await database.db.execute(sql`select 1`);
    return { ok: true };
  });
  await app.ready();
  return app;
}

/** The session cookies of the demo secretariat and the demo admin. */
export async function benchCookies(
  app: FastifyInstance,
): Promise<Record<Endpoint['session'], string>> {
  const login = async (role: string) => {
    const user = DEMO_USERS.find((u) => u.role === role);
    if (!user) throw new Error(`no demo ${role}`);
    return (await benchSession(app, { email: user.email, password: DEMO_PASSWORD })).cookie;
  };
  return { secretariat: await login('secretariat'), admin: await login('admin'), none: '' };
}

/** The PostgreSQL database the bench uses (see the file comment). */
export function benchPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL)) return env.DATABASE_URL;
  const url = new URL(env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432');
  if (url.pathname === '' || url.pathname === '/' || url.pathname === '/postgres') {
    url.pathname = '/samspil_bench';
  }
  return url.toString();
}

/** Creates the database of `url` when missing; false when no server answers. */
export async function ensurePostgresDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new pg.Client({
    connectionString: server.toString(),
    connectionTimeoutMillis: 3000,
  });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`\n== PostgreSQL: skipped, no server answers at ${server.host} (${String(err)})`);
    return false;
  }
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await admin.query(`create database ${pg.escapeIdentifier(name)}`);
      console.log(`  created database ${name} (kept for the next run)`);
    }
    return true;
  } catch (err) {
    // No right to read or create databases: try the URL as it is.
    console.log(`  could not check database ${name}: ${String(err)}`);
    return true;
  } finally {
    await admin.end();
  }
}
