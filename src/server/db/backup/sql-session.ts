/**
 * One transaction on either engine, as plain SQL: backup and restore use the same statements on
 * PGlite and PostgreSQL (docs/decisions/009-backup-and-restore.md). Values are read as text, so
 * neither driver's type parsing is involved.
 */
import type { Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database, DbKind } from '../client';

/** A transaction's connection. */
export interface SqlSession {
  kind: DbKind;
  /** One statement, with `$n` parameters (sent as text). */
  query<T extends object>(text: string, params?: unknown[]): Promise<T[]>;
  /** Statements without parameters (a migration's chunk may hold several). */
  exec(text: string): Promise<void>;
}

/**
 * Settings that make every value's text form the same on any server and session: UTC times, ISO
 * dates, exact floats, hex bytea. No time limits: a national database takes a while.
 */
const SESSION_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 1',
  "SET LOCAL bytea_output = 'hex'",
  'SET LOCAL statement_timeout = 0',
  'SET LOCAL lock_timeout = 0',
  'SET LOCAL idle_in_transaction_session_timeout = 0',
];

/** `read`: one consistent snapshot, read-only. `write`: an ordinary read-write transaction. */
export type TransactionMode = 'read' | 'write';

const BEGIN: Record<TransactionMode, string> = {
  read: 'ISOLATION LEVEL REPEATABLE READ, READ ONLY',
  write: 'ISOLATION LEVEL READ COMMITTED, READ WRITE',
};

function pgliteSession(tx: Transaction): SqlSession {
  return {
    kind: 'pglite',
    query: async <T extends object>(text: string, params?: unknown[]) =>
      (await tx.query<T>(text, params)).rows,
    exec: async (text) => {
      await tx.exec(text);
    },
  };
}

function postgresSession(client: pg.PoolClient): SqlSession {
  return {
    kind: 'postgres',
    query: async <T extends object>(text: string, params?: unknown[]) =>
      (await client.query<T & pg.QueryResultRow>(text, params)).rows,
    exec: async (text) => {
      await client.query(text);
    },
  };
}

/** The node-postgres pool behind a PostgreSQL `Database` (drizzle keeps it as `$client`). */
function poolOf(database: Database): pg.Pool {
  const pool = (database.db as unknown as { $client?: pg.Pool }).$client;
  if (!pool || typeof pool.connect !== 'function') {
    throw new Error('The PostgreSQL database has no connection pool');
  }
  return pool;
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function withTransaction<T>(
  database: Database,
  mode: TransactionMode,
  fn: (session: SqlSession) => Promise<T>,
): Promise<T> {
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('The PGlite database has no instance');
    return database.pglite.transaction(async (tx) => {
      await tx.query(`SET TRANSACTION ${BEGIN[mode]}`);
      for (const setting of SESSION_SETTINGS) await tx.query(setting);
      return fn(pgliteSession(tx));
    });
  }
  const client = await poolOf(database).connect();
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN ${BEGIN[mode]}`);
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    const result = await fn(postgresSession(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error;
    }
    throw err;
  } finally {
    client.release(broken);
  }
}

/** A quoted identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A quoted, schema-qualified name. */
export function qualified(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}

/** A quoted string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
