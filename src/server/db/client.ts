/**
 * The database: embedded PGlite (default; data in DATA_DIR) or a PostgreSQL server
 * (DATABASE_URL). Both run the same Drizzle migrations and are used through the same `Db` type.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

/** The typed database handle; a transaction handle has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Which engine is behind a `Db`. */
export type DbKind = 'pglite' | 'postgres';

/** An open database with its engine and a way to close it. */
export interface Database {
  db: Db;
  kind: DbKind;
  /** The raw PGlite instance, when embedded (used by tests to snapshot a migrated database). */
  pglite: PGlite | null;
  close: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Data directories open in this process; a lock file naming our own pid cannot tell. */
const openDataDirs = new Set<string>();

/**
 * PGlite takes no lock of its own and two openers of one data directory corrupt it, so the
 * directory gets a pid lock file. A lock left by a dead process is taken over, and so is one with
 * our own pid that this process does not hold (a restarted container often gets the same pid).
 */
function lockDataDir(dataDir: string): () => void {
  const key = resolve(dataDir);
  if (openDataDirs.has(key)) {
    throw new Error(`The database in ${dataDir} is already open in this process.`);
  }
  const lockFile = join(dataDir, 'samspil.lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The database in ${dataDir} is in use by another Samspil process (pid ${holder}). ` +
          'Stop it first, or use a PostgreSQL server (DATABASE_URL) to run several processes.',
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  openDataDirs.add(key);
  return () => {
    openDataDirs.delete(key);
    rmSync(lockFile, { force: true });
  };
}

/** Opens PGlite in `dataDir` (in memory when null). */
export async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Database> {
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      extensions: { pg_trgm },
    });
  } catch (err) {
    unlock();
    throw err;
  }
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    close: async () => {
      if (!client.closed) await client.close();
      unlock();
    },
  };
}

/** The settings every app connection to a PostgreSQL server starts with (see openPostgres). */
export const APP_CONNECTION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

/** Opens a pool on a PostgreSQL server. */
export async function openPostgres(url: string, maxConnections = 10): Promise<Database> {
  // Samspil's queries are short reads and writes served to many users at once
  // (docs/decisions/013-national-scale-reads.md), so two planner features made for long
  // analytical queries are off on its connections: JIT compilation (on by default; ~100 ms and
  // more per query whose estimated cost crosses `jit_above_cost`) and parallel workers per
  // query (on a busy server they compete with the other requests for the same cores, and the
  // planner's parallel plans skipped the search columns' GIN indexes: a rare word's decisions
  // took 0.8 s in a parallel scan, 0.4 ms on the index). Sent as startup options, so they cost
  // no query; a connection pooler must pass `options` through (PgBouncer:
  // `ignore_startup_parameters` must not drop it) or set both itself.
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    options: APP_CONNECTION_OPTIONS,
  });
  // An idle connection the server closes (a restart, a failover, a dropped test database) is
  // reported here; without a listener it would be an uncaught error that ends the process. The
  // pool replaces the connection on the next query.
  pool.on('error', (error) => {
    console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
  });
  // Fail fast with a clear error when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'postgres', pglite: null, close: () => pool.end() };
}

/** Opens the database the configuration names. */
export function openDatabase(
  target: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null },
): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url) : openPglite(target.dataDir);
}
