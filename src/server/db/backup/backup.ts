/**
 * `samspil backup FILE`: every table of the database (all schemas but pg-boss's), read in one
 * consistent snapshot and streamed into a compressed file with a manifest of row counts and
 * checksums. The same code and file format for PGlite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import type { Database } from '../client';
import {
  rowLine,
  TableDigest,
  writeArchive,
  type BackupHeader,
  type TableSummary,
} from './archive';
import { listSequences, listTables, SKIPPED_SCHEMAS, type TableInfo } from './catalog';
import { BackupRefusal } from './refusal';
import { appliedMigrations, codeMigrations } from './schema-version';
import { qualified, withTransaction, type SqlSession } from './sql-session';
import { readRows } from './table-io';

export interface BackupOptions {
  /** Replace an existing file. */
  overwrite?: boolean;
  /** The clock (tests). */
  now?: () => Date;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: TableSummary[];
  rows: number;
  /** The newest migration's tag, or null when this code does not know it. */
  lastMigration: string | null;
}

function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(
    readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'),
  ) as { name?: string; version?: string };
  return { name: pkg.name ?? 'samspil', version: pkg.version ?? '0.0.0' };
}

async function header(s: SqlSession, tables: TableInfo[], now: Date): Promise<BackupHeader> {
  const migrations = await appliedMigrations(s);
  if (!migrations || migrations.length === 0) {
    throw new BackupRefusal(
      'no-schema',
      'Databasen har intet Samspil-skema (den er aldrig migreret), så der er intet at tage en sikkerhedskopi af.',
      'The database has no Samspil schema (it was never migrated), so there is nothing to back up.',
    );
  }
  const last = migrations.at(-1);
  const [version] = await s.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  return {
    format: 'samspil-backup',
    formatVersion: 1,
    createdAt: now.toISOString(),
    app: appVersion(),
    source: { kind: s.kind, serverVersion: version?.v ?? 'unknown' },
    schema: {
      migrations,
      lastMigration: codeMigrations().find((m) => m.createdAt === last?.createdAt)?.tag ?? null,
    },
    schemas: [...new Set(tables.map((t) => t.schema))].sort(),
    skippedSchemas: [...SKIPPED_SCHEMAS],
  };
}

/** The file's lines; fills `summaries` as tables are written. */
async function* backupLines(
  s: SqlSession,
  head: BackupHeader,
  tables: TableInfo[],
  summaries: TableSummary[],
): AsyncGenerator<string> {
  yield `${JSON.stringify(head)}\n`;
  for (const table of tables) {
    const columns = table.columns.map(({ name, type }) => ({ name, type }));
    yield `${JSON.stringify({ table: { schema: table.schema, name: table.name, columns } })}\n`;
    const digest = new TableDigest();
    for await (const batch of readRows(s, table)) {
      let chunk = '';
      for (const values of batch) {
        const line = rowLine(values);
        digest.add(line);
        chunk += `${line}\n`;
      }
      yield chunk;
    }
    const end = { rows: digest.rows, sha256: digest.finish() };
    summaries.push({ schema: table.schema, name: table.name, ...end });
    yield `${JSON.stringify({ tableEnd: end })}\n`;
  }
  // Read last: a sequence is never behind the rows read before it.
  const sequences = [];
  for (const seq of await listSequences(s)) {
    const [value] = await s.query<{ value: string; isCalled: boolean }>(
      `SELECT last_value::text AS value, is_called AS "isCalled" FROM ${qualified(seq.schema, seq.name)}`,
    );
    if (value) sequences.push({ ...seq, value: value.value, isCalled: value.isCalled });
  }
  yield `${JSON.stringify({ sequences })}\n`;
  const rows = summaries.reduce((n, t) => n + t.rows, 0);
  yield `${JSON.stringify({ manifest: { tables: summaries, rows } })}\n`;
}

/** Writes a backup of the whole database to `file`. */
export async function createBackup(
  database: Database,
  file: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  return withTransaction(database, 'read', async (s) => {
    const tables = await listTables(s);
    const head = await header(s, tables, (options.now ?? (() => new Date()))());
    const summaries: TableSummary[] = [];
    const bytes = await writeArchive(file, backupLines(s, head, tables, summaries), {
      overwrite: options.overwrite ?? false,
    });
    return {
      file,
      bytes,
      tables: summaries,
      rows: summaries.reduce((n, t) => n + t.rows, 0),
      lastMigration: head.schema.lastMigration,
    };
  });
}
