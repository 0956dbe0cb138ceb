/**
 * A backup's schema is the list of Drizzle migrations applied to its database. A restore builds
 * exactly that schema from this code's migration files, loads the rows, and then applies the
 * newer migrations, the same steps as Drizzle's migrator (drizzle-orm/pg-core/dialect.js
 * `migrate`), but inside the restore's one transaction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../migrate';
import { MIGRATIONS_TABLE } from './catalog';
import { BackupRefusal } from './refusal';
import { qualified, type SqlSession } from './sql-session';

/** One row of Drizzle's migration table: the file's SHA-256 and its journal time. */
export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/** A migration file of this code. */
export interface CodeMigration extends AppliedMigration {
  tag: string;
  statements: string[];
}

const TABLE = qualified(MIGRATIONS_TABLE.schema, MIGRATIONS_TABLE.name);

/** This code's migrations, oldest first. */
export function codeMigrations(folder: string = MIGRATIONS_FOLDER): CodeMigration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const tags = new Map(journal.entries.map((e) => [e.when, e.tag]));
  return readMigrationFiles({ migrationsFolder: folder }).map((m) => ({
    tag: tags.get(m.folderMillis) ?? String(m.folderMillis),
    createdAt: m.folderMillis,
    hash: m.hash,
    statements: m.sql,
  }));
}

/** The migrations applied to the database, oldest first; null when it was never migrated. */
export async function appliedMigrations(s: SqlSession): Promise<AppliedMigration[] | null> {
  const [table] = await s.query<{ found: boolean }>(
    `SELECT to_regclass('${TABLE.replaceAll("'", "''")}') IS NOT NULL AS found`,
  );
  if (!table?.found) return null;
  const rows = await s.query<{ hash: string; createdAt: string }>(
    `SELECT hash, created_at::text AS "createdAt" FROM ${TABLE} ORDER BY created_at, id`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.createdAt) }));
}

/** How a restore gets from nothing to this code's schema. */
export interface SchemaPlan {
  /** The backup's own migrations: the schema its rows are loaded into. */
  rebuild: CodeMigration[];
  /** This code's newer migrations, applied after the rows are loaded and checked. */
  forward: CodeMigration[];
  /** Tags whose file changed since the backup's database applied it (a warning). */
  changedFiles: string[];
}

function describe(m: AppliedMigration, code: CodeMigration[]): string {
  const known = code.find((c) => c.createdAt === m.createdAt);
  return known ? known.tag : `${new Date(m.createdAt).toISOString()} (${m.hash.slice(0, 12)})`;
}

/**
 * Plans the restore of a backup with these migrations. Refuses a backup newer than the code (it
 * cannot be read safely: upgrade Samspil first) or one holding a migration the code never had.
 */
export function planSchema(backup: AppliedMigration[], code: CodeMigration[]): SchemaPlan {
  const last = backup.reduce<AppliedMigration | null>(
    (a, m) => (a && a.createdAt >= m.createdAt ? a : m),
    null,
  );
  if (!last) {
    throw new BackupRefusal(
      'no-schema',
      'Sikkerhedskopien har intet databaseskema (ingen migreringer) og kan ikke gendannes.',
      'The backup has no database schema (no migrations) and cannot be restored.',
    );
  }
  const codeLast = code.at(-1);
  if (!codeLast || last.createdAt > codeLast.createdAt) {
    const theirs = describe(last, code);
    const ours = codeLast?.tag ?? '(ingen / none)';
    throw new BackupRefusal(
      'newer-schema',
      `Sikkerhedskopien er lavet med en nyere udgave af Samspil (databaseskema ${theirs}); ` +
        `denne udgave kender skemaet til og med ${ours}. Opdatér Samspil, og gendan så igen. ` +
        'Intet er ændret.',
      `The backup was made by a newer version of Samspil (database schema ${theirs}); ` +
        `this version knows the schema up to ${ours}. Upgrade Samspil, then restore again. ` +
        'Nothing was changed.',
    );
  }
  const byTime = new Map(code.map((m) => [m.createdAt, m]));
  const unknown = backup.filter((m) => !byTime.has(m.createdAt));
  if (unknown.length > 0) {
    const list = unknown.map((m) => describe(m, code)).join(', ');
    throw new BackupRefusal(
      'unknown-schema',
      `Sikkerhedskopien har databasemigreringer, som denne udgave af Samspil ikke kender: ${list}. ` +
        'Gendan den med den udgave, der lavede den. Intet er ændret.',
      `The backup has database migrations this version of Samspil does not know: ${list}. ` +
        'Restore it with the version that made it. Nothing was changed.',
    );
  }
  const applied = new Set(backup.map((m) => m.createdAt));
  return {
    rebuild: code.filter((m) => applied.has(m.createdAt)),
    forward: code.filter((m) => m.createdAt > last.createdAt),
    changedFiles: backup
      .filter((m) => byTime.get(m.createdAt)?.hash !== m.hash)
      .map((m) => describe(m, code)),
  };
}

/** Creates Drizzle's migration table as its migrator does (restored rows go into it). */
export async function createMigrationsTable(s: SqlSession): Promise<void> {
  await s.exec(`CREATE SCHEMA IF NOT EXISTS "${MIGRATIONS_TABLE.schema}"`);
  await s.exec(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
  );
}

/** Runs migrations' SQL; `record` also writes their rows as Drizzle does. */
export async function applyMigrations(
  s: SqlSession,
  migrations: CodeMigration[],
  options: { record: boolean },
): Promise<void> {
  for (const m of migrations) {
    for (const statement of m.statements) {
      if (statement.trim() !== '') await s.exec(statement);
    }
    if (options.record) {
      await s.query(`INSERT INTO ${TABLE} ("hash", "created_at") VALUES ($1, $2)`, [
        m.hash,
        String(m.createdAt),
      ]);
    }
  }
}
