/**
 * What is in the database, read from pg_catalog: never a hard-coded table list, so a table added
 * by a new migration is backed up and restored without a change here.
 */
import { ident, literal, qualified, type SqlSession } from './sql-session';

/**
 * Schemas left out of a backup. pg-boss's job queue is rebuilt by pg-boss when the app starts;
 * its schedules are declared again by the app and whatever a job was for is recoverable from the
 * database (src/server/platform/jobs.ts), so old jobs are not carried over.
 */
export const SKIPPED_SCHEMAS = ['pgboss'] as const;

/** Drizzle's record of applied migrations (backed up like any table). */
export const MIGRATIONS_TABLE = { schema: 'drizzle', name: '__drizzle_migrations' } as const;

export interface ColumnInfo {
  name: string;
  /** The type as `format_type` writes it, e.g. `timestamp with time zone`, `bytea`. */
  type: string;
}

export interface TableInfo {
  schema: string;
  name: string;
  /** Stored columns in column order (generated columns are computed again, not copied). */
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Columns with a collation: ordered byte-wise (COLLATE "C") so every server sorts alike. */
  collatable: string[];
}

export interface ForeignKeyInfo {
  schema: string;
  table: string;
  name: string;
  definition: string;
  references: { schema: string; name: string };
}

export interface SequenceInfo {
  schema: string;
  name: string;
}

const systemSchema = (col: string) =>
  `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg\\_%'`;

/** User schemas that a backup covers. */
const COVERED = (col: string) =>
  `${systemSchema(col)} AND ${col} NOT IN (${SKIPPED_SCHEMAS.map(literal).join(', ')})`;

/** Not a member of an extension (pg_trgm's functions live in public, for one). */
const notExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const key = (schema: string, name: string) => `${schema}.${name}`;

/** The tables a backup covers, ordered so that a referenced table comes before its referrers. */
export async function listTables(s: SqlSession): Promise<TableInfo[]> {
  const tableRows = await s.query<{ oid: string; schema: string; name: string }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND c.relpersistence <> 't' AND ${COVERED('n.nspname')}
        AND ${notExtension('pg_class', 'c.oid')}
      ORDER BY n.nspname, c.relname`,
  );
  const columnRows = await s.query<{ oid: string; name: string; type: string; coll: boolean }>(
    `SELECT a.attrelid::text AS oid, a.attname AS name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attcollation <> 0 AS coll
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND ${COVERED('n.nspname')} AND a.attnum > 0
        AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attrelid, a.attnum`,
  );
  const keyRows = await s.query<{ oid: string; name: string }>(
    `SELECT i.indrelid::text AS oid, a.attname AS name
       FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
       JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indisprimary AND ${COVERED('n.nspname')}
      ORDER BY i.indrelid, k.ord`,
  );
  const byOid = new Map<string, TableInfo>();
  for (const t of tableRows) {
    byOid.set(t.oid, { ...t, columns: [], primaryKey: [], collatable: [] });
  }
  for (const c of columnRows) {
    const table = byOid.get(c.oid);
    if (!table) continue;
    table.columns.push({ name: c.name, type: c.type });
    if (c.coll) table.collatable.push(c.name);
  }
  for (const k of keyRows) byOid.get(k.oid)?.primaryKey.push(k.name);
  const tables = [...byOid.values()].map(({ schema, name, columns, primaryKey, collatable }) => ({
    schema,
    name,
    columns,
    primaryKey,
    collatable,
  }));
  return dependencyOrder(tables, await listForeignKeys(s));
}

/** Referenced tables first; ties and cycles broken by name. */
function dependencyOrder(tables: TableInfo[], foreignKeys: ForeignKeyInfo[]): TableInfo[] {
  const needs = new Map(tables.map((t) => [key(t.schema, t.name), new Set<string>()]));
  for (const fk of foreignKeys) {
    const from = key(fk.schema, fk.table);
    const to = key(fk.references.schema, fk.references.name);
    if (from !== to && needs.has(to)) needs.get(from)?.add(to);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  let rest = tables;
  while (rest.length > 0) {
    const ready = rest.filter((t) =>
      [...(needs.get(key(t.schema, t.name)) ?? [])].every((n) => done.has(n)),
    );
    const next = ready.length > 0 ? ready : rest.slice(0, 1);
    for (const t of next) {
      ordered.push(t);
      done.add(key(t.schema, t.name));
    }
    rest = rest.filter((t) => !done.has(key(t.schema, t.name)));
  }
  return ordered;
}

/** Foreign keys between covered tables. */
export async function listForeignKeys(s: SqlSession): Promise<ForeignKeyInfo[]> {
  const rows = await s.query<{
    schema: string;
    table: string;
    name: string;
    definition: string;
    refSchema: string;
    refName: string;
  }>(
    `SELECT n.nspname AS schema, c.relname AS "table", con.conname AS name,
            pg_get_constraintdef(con.oid) AS definition,
            rn.nspname AS "refSchema", rc.relname AS "refName"
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE con.contype = 'f' AND ${COVERED('n.nspname')}
      ORDER BY n.nspname, c.relname, con.conname`,
  );
  return rows.map(({ refSchema, refName, ...fk }) => ({
    ...fk,
    references: { schema: refSchema, name: refName },
  }));
}

/** Sequences of the covered schemas (serial and identity columns' too). */
export async function listSequences(s: SqlSession): Promise<SequenceInfo[]> {
  return s.query<SequenceInfo>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND ${COVERED('n.nspname')} AND ${notExtension('pg_class', 'c.oid')}
      ORDER BY 1, 2`,
  );
}

/** The covered tables that hold at least one row (Drizzle's migration record does not count). */
export async function tablesWithRows(s: SqlSession): Promise<string[]> {
  const found: string[] = [];
  for (const t of await listTables(s)) {
    if (t.schema === MIGRATIONS_TABLE.schema && t.name === MIGRATIONS_TABLE.name) continue;
    const [row] = await s.query<{ some: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${qualified(t.schema, t.name)}) AS some`,
    );
    if (row?.some) found.push(t.schema === 'public' ? t.name : key(t.schema, t.name));
  }
  return found;
}

/**
 * Statements that empty the database of Samspil's objects before a restore builds them again:
 * the named schemas (Drizzle's, pg-boss's, and any the backup holds besides `public`) are dropped
 * whole; in `public` every table, view, sequence, type, routine and collation that no extension
 * owns. Extensions stay (the migrations create them only if missing).
 */
export async function clearStatements(s: SqlSession, dropSchemas: string[]): Promise<string[]> {
  const statements: string[] = [];
  const present = await s.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE ${systemSchema('nspname')} ORDER BY 1`,
  );
  for (const { name } of present) {
    if (name !== 'public' && dropSchemas.includes(name)) {
      statements.push(`DROP SCHEMA IF EXISTS ${ident(name)} CASCADE`);
    }
  }
  const inPublic = `n.nspname = 'public'`;
  const relations = await s.query<{ kind: string; name: string }>(
    `SELECT c.relkind AS kind, c.oid::regclass::text AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${inPublic} AND c.relkind IN ('v', 'm', 'r', 'p', 'f', 'S')
        AND ${notExtension('pg_class', 'c.oid')}
      ORDER BY position(c.relkind::text IN 'vmrpfS'), 2`,
  );
  const relationKind: Record<string, string> = {
    v: 'VIEW',
    m: 'MATERIALIZED VIEW',
    r: 'TABLE',
    p: 'TABLE',
    f: 'FOREIGN TABLE',
    S: 'SEQUENCE',
  };
  for (const r of relations) {
    statements.push(`DROP ${relationKind[r.kind] ?? 'TABLE'} IF EXISTS ${r.name} CASCADE`);
  }
  const routines = await s.query<{ kind: string; name: string }>(
    `SELECT p.prokind::text AS kind, p.oid::regprocedure::text AS name
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${inPublic} AND ${notExtension('pg_proc', 'p.oid')} ORDER BY 2`,
  );
  const routineKind: Record<string, string> = { p: 'PROCEDURE', a: 'AGGREGATE' };
  for (const r of routines) {
    statements.push(`DROP ${routineKind[r.kind] ?? 'FUNCTION'} IF EXISTS ${r.name} CASCADE`);
  }
  const types = await s.query<{ kind: string; name: string }>(
    `SELECT t.typtype::text AS kind, t.oid::regtype::text AS name
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${inPublic} AND ${notExtension('pg_type', 't.oid')}
        AND (t.typtype IN ('e', 'd', 'r')
             OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
      ORDER BY 2`,
  );
  for (const t of types) {
    statements.push(`DROP ${t.kind === 'd' ? 'DOMAIN' : 'TYPE'} IF EXISTS ${t.name} CASCADE`);
  }
  const collations = await s.query<{ name: string }>(
    `SELECT quote_ident(c.collname) AS name
       FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
      WHERE ${inPublic} AND ${notExtension('pg_collation', 'c.oid')} ORDER BY 1`,
  );
  for (const c of collations) statements.push(`DROP COLLATION IF EXISTS ${c.name} CASCADE`);
  return statements;
}
