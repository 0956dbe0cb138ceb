/**
 * `samspil backup` and `samspil restore`, run in-process against the configured store (a PGlite
 * data directory, or a fresh database on the server named by TEST_DATABASE_URL): the exit codes
 * and the operator's messages. What is restored is tested in src/server/db/backup.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { openDatabase, openPglite } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createUser } from '../modules/auth/index';
import { SYSTEM_ACTOR } from '../platform/audit';
import { registerBackupCommands } from './backup.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('backup-cli');
const dir = store.dir;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  const target = await store.create();
  // On PGlite, start from the migrated snapshot the global setup made (saves an initdb).
  const snapshot = inject('pgliteSnapshot');
  const database =
    target.kind === 'pglite' && snapshot
      ? await openPglite(target.dataDir, new Blob([readFileSync(snapshot)]))
      : await openDatabase(target);
  await migrateDatabase(database);
  await createUser(database.db, SYSTEM_ACTOR, {
    email: 'cli@example.dk',
    name: 'CLI',
    role: 'admin',
    password: 'korrekt-hest-batteri-clips',
  });
  await database.close();
});

afterAll(async () => {
  Object.assign(process.env, saved);
  if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  await store.remove();
});

afterEach(resetCliRun);

/** Runs `samspil …` and returns its exit code and output. */
const samspil = (...args: string[]) => runCli(registerBackupCommands, args);

it('backs up, checks the file, refuses to restore over data without --force, restores with it', async () => {
  const file = join(dir, 'samspil.backup');
  const backup = await samspil('backup', file);
  expect(backup.err).toBe('');
  expect(backup.code).toBe(0);
  expect(backup.out).toContain('backup written');
  expect(existsSync(file)).toBe(true);

  const checked = await samspil('backup-check', file);
  expect(checked.code).toBe(0);
  expect(checked.out).toContain('public.users: 1');
  expect(checked.out).toContain('checksums match');
  writeFileSync(join(dir, 'not.backup'), 'not a backup');
  const bad = await samspil('backup-check', join(dir, 'not.backup'));
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('is not a Samspil backup');

  const refused = await samspil('restore', file);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain('Databasen indeholder allerede data');
  expect(refused.err).toContain('The database already holds data');
  expect(refused.err).toContain('--force');

  const restored = await samspil('restore', '--force', file);
  expect(restored.code).toBe(0);
  expect(restored.out).toContain('row counts and checksums match');
});
