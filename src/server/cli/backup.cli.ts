/**
 * `samspil backup FILE`, `samspil backup-check FILE` and `samspil restore FILE [--force]` (README
 * "Backup and restore", docs/decisions/009-backup-and-restore.md). Backup and restore open the
 * configured database as it is: a backup never migrates it, and a restore builds the backup's
 * schema itself. backup-check reads only the file.
 */
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/client';
import { walkArchive } from '../db/backup/archive';
import { createBackup } from '../db/backup/backup';
import { BackupRefusal } from '../db/backup/refusal';
import { restoreBackup } from '../db/backup/restore';
import { codeMigrations, planSchema } from '../db/backup/schema-version';
import { withTransaction } from '../db/backup/sql-session';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function withOpenDatabase(fn: (database: Database) => Promise<void>): Promise<void> {
  const config = loadConfig();
  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (err) {
    console.error(
      `Databasen kan ikke åbnes / the database cannot be opened: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exitCode = 1;
    return;
  }
  try {
    await fn(database);
  } catch (err) {
    if (!(err instanceof BackupRefusal)) throw err;
    console.error(err.da);
    console.error(err.en);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

/** Other sessions on a PostgreSQL database (a running Samspil would be one). */
async function otherConnections(database: Database): Promise<string[]> {
  if (database.kind !== 'postgres') return [];
  const rows = await withTransaction(database, 'read', (s) =>
    s.query<{ name: string }>(
      `SELECT coalesce(nullif(application_name, ''), usename, '?') AS name FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    ),
  );
  return rows.map((r) => r.name);
}

/** Reads a whole backup file and checks it; needs no database. */
async function checkFile(file: string): Promise<void> {
  try {
    const checked = await walkArchive(file);
    const { header } = checked;
    console.log(
      `${file}: ${header.createdAt}, ${header.app.name} ${header.app.version}, ` +
        `${header.source.kind} ${header.source.serverVersion}, skema / schema ${header.schema.lastMigration ?? '?'}; ` +
        `${checked.tables.length} tabeller / tables, ${checked.rows} rækker / rows.`,
    );
    for (const t of checked.tables) console.log(`  ${t.schema}.${t.name}: ${t.rows}`);
    const plan = planSchema(header.schema.migrations, codeMigrations());
    const forward = plan.forward.map((m) => m.tag).join(', ');
    console.log(
      'Filen er hel, og kontrolsummerne stemmer. Den kan gendannes af denne udgave' +
        (forward ? ` og migreres frem (${forward}).` : '.'),
    );
    console.log(
      'The file is complete and its checksums match. This version can restore it' +
        (forward ? ` and migrate it forward (${forward}).` : '.'),
    );
  } catch (err) {
    if (!(err instanceof BackupRefusal)) throw err;
    console.error(err.da);
    console.error(err.en);
    process.exitCode = 1;
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Tag en sikkerhedskopi af hele databasen / back up the whole database')
    .argument('<file>', 'filen der skrives / the file to write (gzip-compressed JSON lines)')
    .option('--force', 'overskriv filen, hvis den findes / overwrite the file if it exists')
    .action(async (file: string, opts: { force?: boolean }) => {
      await withOpenDatabase(async (database) => {
        const done = await createBackup(database, file, { overwrite: opts.force ?? false });
        const schema = done.lastMigration ?? 'ukendt / unknown';
        console.log(
          `Sikkerhedskopi gemt / backup written: ${file} (${database.kind}; ${done.tables.length} ` +
            `tabeller / tables, ${done.rows} rækker / rows, ${megabytes(done.bytes)}, skema / schema ${schema}).`,
        );
      });
    });

  program
    .command('backup-check')
    .description(
      'Kontrollér en sikkerhedskopi (ingen database) / check a backup file (no database needed)',
    )
    .argument('<file>', 'sikkerhedskopien / the backup file')
    .action(checkFile);

  program
    .command('restore')
    .description(
      'Gendan databasen fra en sikkerhedskopi (erstatter alt indhold) / restore the database from a backup (replaces all content)',
    )
    .argument('<file>', 'sikkerhedskopien / the backup file')
    .option(
      '--force',
      'erstat en database, der allerede har data / replace a database that already holds data',
    )
    .action(async (file: string, opts: { force?: boolean }) => {
      await withOpenDatabase(async (database) => {
        const others = await otherConnections(database);
        if (others.length > 0) {
          console.error(
            `Advarsel: ${others.length} andre forbindelser til databasen (${others.join(', ')}). ` +
              'Stop Samspil før en gendannelse. / Warning: other connections to the database; ' +
              'stop Samspil before a restore.',
          );
        }
        const done = await restoreBackup(database, file, { force: opts.force ?? false });
        if (done.changedMigrationFiles.length > 0) {
          console.error(
            `Advarsel / warning: migreringsfiler ændret siden sikkerhedskopien / migration files changed since the backup: ${done.changedMigrationFiles.join(', ')}`,
          );
        }
        const from = done.header.schema.lastMigration ?? '?';
        const forward =
          done.migratedForward.length > 0
            ? `; migreret frem / migrated forward: ${done.migratedForward.join(', ')}`
            : '';
        console.log(
          `Gendannet / restored: ${file} fra / from ${done.header.createdAt} (${done.header.source.kind}, ` +
            `skema / schema ${from}) → ${database.kind}: ${done.tables.length} tabeller / tables, ` +
            `${done.rows} rækker / rows, rækketal og kontrolsummer stemmer / row counts and checksums match${forward}.`,
        );
      });
    });
}
