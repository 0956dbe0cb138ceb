/**
 * Bulk inserts of about 1,000 rows per statement through `unnest`: one text array per column
 * (so a statement has as many parameters as the table has columns, not rows × columns), cast to
 * the column's type on the server. Works the same on PostgreSQL and PGlite.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';

/** Rows per statement. */
export const CHUNK = 1000;

function arrayLiteral(values: readonly unknown[]): string {
  const item = (v: unknown) =>
    v === null || v === undefined ? 'NULL' : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return `{${values.map(item).join(',')}}`;
}

/** A value as the text PostgreSQL casts back to the column's type. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Inserts `rows` into `table` in chunks. Every row must give every column it names (no column
 * default is applied to a column some row gives); columns no row gives take their defaults.
 */
export async function insertRows<T extends Record<string, unknown>>(
  tx: Db,
  table: PgTable,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    rows.some((r) => r[key] !== undefined),
  );
  for (const [key, column] of columns) {
    if (column.notNull && rows.some((r) => r[key] === undefined || r[key] === null)) {
      throw new Error(`insertRows: ${column.name} is missing in some rows`);
    }
  }
  const names = sql.join(
    columns.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  const casts = sql.join(
    columns.map(([, c], i) => sql.raw(`u.c${i}::${c.getSQLType()}`)),
    sql`, `,
  );
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays: SQL[] = columns.map(
      ([key]) => sql`${sql.param(chunk.map((r) => asText(r[key])))}::text[]`,
    );
    await tx.execute(
      sql`insert into ${table} (${names}) select ${casts} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`,
    );
  }
}

/**
 * Runs `fn` with the GIN (search) indexes of `tables` dropped, and builds them again afterwards
 * from their own definitions: building an index once over all rows is much faster than updating
 * it row by row. Call inside a transaction, so the indexes are never missing outside it.
 */
export async function withoutGinIndexes<T>(
  tx: Db,
  tables: readonly string[],
  fn: () => Promise<T>,
): Promise<{ result: T; rebuilt: number; ms: number }> {
  const found = await tx.execute(
    sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename in (${sql.join(
      tables.map((t) => sql`${t}`),
      sql`, `,
    )}) and indexdef ilike '% using gin %'`,
  );
  const indexes = (found as unknown as { rows: { indexname: string; indexdef: string }[] }).rows;
  for (const { indexname } of indexes) {
    await tx.execute(sql`drop index ${sql.identifier(indexname)}`);
  }
  const result = await fn();
  const started = performance.now();
  await tx.execute(sql`set local maintenance_work_mem = '128MB'`);
  for (const { indexdef } of indexes) await tx.execute(sql.raw(indexdef));
  return { result, rebuilt: indexes.length, ms: Math.round(performance.now() - started) };
}
