/**
 * `samspil restore FILE [--force]`, in one transaction: drop Samspil's objects, build the
 * backup's own schema from this code's migrations, load every row with foreign keys and triggers
 * off, put the keys back (which checks them), read every table back and compare its row count
 * and checksum with the manifest, then apply this code's newer migrations. Any failure rolls the
 * whole restore back and leaves the database as it was.
 */
import type { Database } from '../client';
import {
  readHeader,
  rowLine,
  TableDigest,
  walkArchive,
  type BackupHeader,
  type CheckedArchive,
  type TableSummary,
} from './archive';
import {
  clearStatements,
  listForeignKeys,
  listTables,
  MIGRATIONS_TABLE,
  SKIPPED_SCHEMAS,
  tablesWithRows,
  type TableInfo,
} from './catalog';
import { BackupRefusal, checksumMismatch } from './refusal';
import {
  applyMigrations,
  codeMigrations,
  createMigrationsTable,
  planSchema,
  type SchemaPlan,
} from './schema-version';
import { ident, qualified, withTransaction, type SqlSession } from './sql-session';
import { readRows, RowInserter } from './table-io';

export interface RestoreOptions {
  /** Replace a database that holds data. */
  force?: boolean;
}

export interface RestoreSummary {
  header: BackupHeader;
  tables: TableSummary[];
  rows: number;
  /** Tables that held rows before the restore replaced them (only with `force`). */
  replaced: string[];
  /** Tags of this code's newer migrations applied after loading. */
  migratedForward: string[];
  /** Migration files changed since the backup's database applied them. */
  changedMigrationFiles: string[];
}

const tableKey = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;

function mismatch(da: string, en: string): BackupRefusal {
  return new BackupRefusal(
    'table-mismatch',
    `${da} Gendannelsen er rullet tilbage; intet er ændret.`,
    `${en} The restore was rolled back; nothing was changed.`,
  );
}

function sameColumns(target: TableInfo, columns: { name: string; type: string }[]): boolean {
  return (
    target.columns.length === columns.length &&
    target.columns.every((c, i) => c.name === columns[i]?.name && c.type === columns[i]?.type)
  );
}

/** Loads the file's rows into the (rebuilt, empty) tables; the walk checks them on the way. */
async function loadRows(
  s: SqlSession,
  file: string,
  targets: Map<string, TableInfo>,
): Promise<CheckedArchive> {
  let inserter: RowInserter | null = null;
  return walkArchive(file, {
    table: async (table) => {
      const info = targets.get(tableKey(table));
      if (!info || !sameColumns(info, table.columns)) {
        throw mismatch(
          `Tabellen ${tableKey(table)} i sikkerhedskopien passer ikke til det skema, dens migreringer bygger.`,
          `The table ${tableKey(table)} in the backup does not fit the schema its migrations build.`,
        );
      }
      inserter = new RowInserter(s, info);
    },
    row: async (values, line) => inserter?.add(values, line),
    tableEnd: async () => {
      await inserter?.flush();
      inserter = null;
    },
  });
}

/** Reads every table back from the database and compares it with the manifest. */
async function verify(s: SqlSession, tables: TableSummary[]): Promise<void> {
  const now = new Map((await listTables(s)).map((t) => [tableKey(t), t]));
  for (const expected of tables) {
    const info = now.get(tableKey(expected));
    if (!info) throw checksumMismatch(tableKey(expected), 'mangler / missing');
    const digest = new TableDigest();
    for await (const batch of readRows(s, info)) {
      for (const values of batch) digest.add(rowLine(values));
    }
    const rows = digest.rows;
    if (rows !== expected.rows) {
      throw checksumMismatch(tableKey(expected), `${rows} ≠ ${expected.rows} rækker / rows`);
    }
    if (digest.finish() !== expected.sha256) {
      throw checksumMismatch(tableKey(expected), 'SHA-256');
    }
  }
}

/** Drops, rebuilds, loads, checks and migrates forward, inside the caller's transaction. */
async function restoreInto(
  s: SqlSession,
  file: string,
  header: BackupHeader,
  plan: SchemaPlan,
): Promise<TableSummary[]> {
  const dropSchemas = [MIGRATIONS_TABLE.schema, ...SKIPPED_SCHEMAS, ...header.schemas];
  for (const statement of await clearStatements(s, dropSchemas)) await s.exec(statement);
  await createMigrationsTable(s);
  await applyMigrations(s, plan.rebuild, { record: false });

  const targets = new Map((await listTables(s)).map((t) => [tableKey(t), t]));
  const foreignKeys = await listForeignKeys(s);
  for (const fk of foreignKeys) {
    await s.exec(`ALTER TABLE ${qualified(fk.schema, fk.table)} DROP CONSTRAINT ${ident(fk.name)}`);
  }
  for (const t of targets.values()) {
    await s.exec(`ALTER TABLE ${qualified(t.schema, t.name)} DISABLE TRIGGER USER`);
  }
  const { tables, sequences, header: read } = await loadRows(s, file, targets);
  if (JSON.stringify(read) !== JSON.stringify(header)) {
    throw mismatch('Filen er ændret under gendannelsen.', 'The file changed during the restore.');
  }
  const inBackup = new Set(tables.map(tableKey));
  const extra = [...targets.keys()].filter((k) => !inBackup.has(k));
  if (extra.length > 0) {
    throw mismatch(
      `Skemaet har tabeller, som sikkerhedskopien ikke har: ${extra.join(', ')}.`,
      `The schema has tables the backup does not have: ${extra.join(', ')}.`,
    );
  }
  for (const seq of sequences) {
    await s.query(`SELECT setval($1::regclass, $2::bigint, $3::boolean)`, [
      qualified(seq.schema, seq.name),
      seq.value,
      String(seq.isCalled),
    ]);
  }
  for (const t of targets.values()) {
    await s.exec(`ALTER TABLE ${qualified(t.schema, t.name)} ENABLE TRIGGER USER`);
  }
  // Adding a key back checks every row against it.
  for (const fk of foreignKeys) {
    await s.exec(
      `ALTER TABLE ${qualified(fk.schema, fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`,
    );
  }
  await verify(s, tables);
  await applyMigrations(s, plan.forward, { record: true });
  return tables;
}

/**
 * Restores `file` into the database. Refuses, changing nothing, a file that is not a complete
 * Samspil backup, a backup newer than this code, and a database that holds data unless `force`.
 */
export async function restoreBackup(
  database: Database,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const header = await readHeader(file);
  const plan = planSchema(header.schema.migrations, codeMigrations());
  const replaced = await withTransaction(database, 'read', tablesWithRows);
  if (replaced.length > 0 && !options.force) {
    const some = replaced.slice(0, 5).join(', ') + (replaced.length > 5 ? ', …' : '');
    throw new BackupRefusal(
      'target-not-empty',
      `Databasen indeholder allerede data (${replaced.length} tabeller med rækker, fx ${some}). ` +
        'En gendannelse erstatter ALT indhold med sikkerhedskopiens. Er det meningen, så kør ' +
        'kommandoen igen med --force. Intet er ændret.',
      `The database already holds data (${replaced.length} tables with rows, e.g. ${some}). ` +
        "A restore replaces ALL of it with the backup's content. If that is what you want, run " +
        'the command again with --force. Nothing was changed.',
    );
  }
  const tables = await withTransaction(database, 'write', (s) =>
    restoreInto(s, file, header, plan),
  );
  return {
    header,
    tables,
    rows: tables.reduce((n, t) => n + t.rows, 0),
    replaced,
    migratedForward: plan.forward.map((m) => m.tag),
    changedMigrationFiles: plan.changedFiles,
  };
}
