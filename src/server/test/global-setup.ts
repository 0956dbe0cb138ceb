/**
 * Vitest global setup. On PGlite, migrates one database and dumps it to a temporary file, so each
 * test file starts from a copy instead of booting and migrating its own (seconds saved per file).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../db/client';
import { migrateDatabase } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string | null;
  }
}

export async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteSnapshot', null);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'samspil-test-'));
  const file = join(dir, 'migrated.tar');
  const database = await openPglite(null);
  await migrateDatabase(database);
  const dump = await (database.pglite as NonNullable<typeof database.pglite>).dumpDataDir('none');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteSnapshot', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
