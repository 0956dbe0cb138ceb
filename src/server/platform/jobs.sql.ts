/**
 * The two ways pg-boss reaches the database besides its own pool (see
 * docs/decisions/005-jobs-in-postgres.md):
 * - {@link pgliteExecutor}: pg-boss's `db: { executeSql }` adapter over the one PGlite instance.
 * - {@link transactionExecutor}: over a Drizzle transaction, so a job is enqueued in the same
 *   transaction as the change it belongs to (pg-boss `send(..., { db })`).
 */
import type { PGlite, Results } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';

/** What pg-boss calls to run SQL (its `Db` interface). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The rows of the last statement that returned any columns (or of the last one). */
function lastRows(results: readonly Results[]): unknown[] {
  const withFields = results.filter((r) => r.fields.length > 0);
  return (withFields.at(-1) ?? results.at(-1))?.rows ?? [];
}

/**
 * pg-boss over PGlite. Parameterised statements go through `query` (one statement, extended
 * protocol); SQL without parameters may hold several statements (pg-boss's schema creation and
 * migrations: `BEGIN; …; COMMIT;`) and goes through `exec`. PGlite has one connection, so a
 * multi-statement script that fails half-way would leave its transaction open for every later
 * caller: it is rolled back before the error is passed on.
 */
export function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await pglite.query(text, values);
        return { rows: result.rows };
      }
      try {
        return { rows: lastRows(await pglite.exec(text)) };
      } catch (err) {
        if (/\bBEGIN\b/i.test(text)) await pglite.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}

/** A parameter as node-postgres would send it: undefined is NULL, a plain object is JSON. */
function driverValue(value: unknown): unknown {
  if (value === undefined) return null;
  const plainObject =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array);
  return plainObject ? JSON.stringify(value) : value;
}

/**
 * Turns pg-boss's numbered-parameter SQL (`$1`, `$2`, … possibly repeated) into a Drizzle SQL
 * object. Each occurrence becomes its own bound parameter with the same value. Only used for
 * pg-boss's parameterised single statements, which contain no dollar-quoted bodies.
 */
export function numberedToDrizzle(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks = parts.map((part, i) => {
    if (i % 2 === 0) return sql.raw(part);
    const index = Number(part) - 1;
    if (index < 0 || index >= values.length) throw new Error(`No value for parameter $${part}`);
    return sql`${driverValue(values[index])}`;
  });
  return sql.join(chunks, sql.raw(''));
}

/** pg-boss inside a Drizzle transaction (either engine). */
export function transactionExecutor(tx: Db): SqlExecutor {
  return {
    async executeSql(text, values) {
      const query = values && values.length > 0 ? numberedToDrizzle(text, values) : sql.raw(text);
      const result = (await tx.execute(query)) as unknown as { rows?: unknown[] };
      return { rows: result.rows ?? [] };
    },
  };
}
