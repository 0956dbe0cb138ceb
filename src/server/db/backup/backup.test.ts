/**
 * Backup and restore on the test store (PGlite, or PostgreSQL with TEST_DATABASE_URL): the demo
 * plus a row in every table it leaves empty is backed up, the database is wiped or changed, and
 * the restore gives back every table identical (row count and MD5 of its rows, computed apart
 * from the backup code). Refusals change nothing: a database with data without --force, a
 * backup newer than the code, a damaged or incomplete file. An older backup is migrated forward.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../modules/auth/index';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { loadDemoData } from '../../demo/demo';
import { demoLoaders } from '../../demo/loaders';
import { openTestDatabase } from '../../test/database';
import type { Database } from '../client';
import { MIGRATIONS_FOLDER } from '../migrate';
import { auditLog, cases, users } from '../schema';
import type * as schema from '../schema';
import { createBackup } from './backup';
import { BackupRefusal, type RefusalCode } from './refusal';
import { restoreBackup } from './restore';
import { codeMigrations } from './schema-version';
import {
  ATTACHMENT_BYTES,
  fillDemoGaps,
  fingerprints,
  rewriteBackup,
  type TableFingerprint,
} from './test/fixtures';

/** A fixed day, so the demo's content does not depend on today. */
const DEMO_DAY = '2026-05-04';

const dir = mkdtempSync(join(tmpdir(), 'samspil-backup-'));
const file = (name: string) => join(dir, name);

let source: Database;
let original: Record<string, TableFingerprint>;

async function refusal(promise: Promise<unknown>): Promise<BackupRefusal> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupRefusal);
  return err as BackupRefusal;
}

async function refusedWith(promise: Promise<unknown>, code: RefusalCode): Promise<BackupRefusal> {
  const err = await refusal(promise);
  expect(err.code).toBe(code);
  return err;
}

/** Migrates a blank database with only this code's migrations up to `tag`, as Drizzle does. */
async function migrateUpTo(database: Database, tag: string): Promise<void> {
  const folder = file(`migrations-${tag}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  journal.entries = journal.entries.slice(0, upTo + 1);
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries as { tag: string }[]) {
    cpSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  }
  const config = { migrationsFolder: folder };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase<typeof schema>, config);
  } else {
    await migrateNodePg(database.db as unknown as NodePgDatabase<typeof schema>, config);
  }
}

/** Drops everything Samspil's migrations made. */
async function wipe(database: Database): Promise<void> {
  await database.db.execute(sql.raw('DROP SCHEMA drizzle CASCADE'));
  await database.db.execute(sql.raw('DROP SCHEMA public CASCADE'));
  await database.db.execute(sql.raw('CREATE SCHEMA public'));
}

beforeAll(async () => {
  source = await openTestDatabase();
  expect(await loadDemoData(source, demoLoaders, { today: DEMO_DAY })).toBe(true);
  await fillDemoGaps(source);
  original = await fingerprints(source);
  await createBackup(source, file('demo.backup'));
});

afterAll(async () => {
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('backs up every table of the database, each with rows', async () => {
    const empty = Object.entries(original).filter(([, f]) => f.rows === 0);
    // A new table needs rows in fillDemoGaps (test/fixtures.ts), so its backup is tested too.
    expect(empty.map(([name]) => name)).toEqual([]);
    const summary = await createBackup(source, file('again.backup'));
    expect(summary.tables.map((t) => `${t.schema}.${t.name}`).sort()).toEqual(
      Object.keys(original).sort(),
    );
    for (const t of summary.tables) {
      expect(t.rows, `${t.schema}.${t.name}`).toBe(original[`${t.schema}.${t.name}`]?.rows);
    }
    expect(summary.lastMigration).toBe(codeMigrations().at(-1)?.tag);
    await refusedWith(createBackup(source, file('again.backup')), 'file-exists');
  });

  it('restores into a fresh database: every table identical', async () => {
    const target = await openTestDatabase();
    try {
      const done = await restoreBackup(target, file('demo.backup'));
      expect(done.replaced).toEqual([]);
      expect(done.migratedForward).toEqual([]);
      expect(await fingerprints(target)).toEqual(original);
      const [attachment] = await target.db
        .execute(sql`SELECT content FROM case_attachments`)
        .then((r) => (r as unknown as { rows: { content: Uint8Array }[] }).rows);
      expect(Buffer.from(attachment?.content ?? [])).toEqual(ATTACHMENT_BYTES);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over data without --force, and with it gives back every table', async () => {
    await createUser(source.db, SYSTEM_ACTOR, {
      email: 'efter-backup@example.dk',
      name: 'Efter Backup',
      role: 'member',
      password: 'korrekt-hest-batteri-clips',
    });
    await source.db.update(cases).set({ title: 'Ændret efter backup' });
    const changed = await fingerprints(source);
    expect(changed).not.toEqual(original);

    const err = await refusedWith(restoreBackup(source, file('demo.backup')), 'target-not-empty');
    expect(err.da).toContain('--force');
    expect(err.en).toContain('--force');
    expect(await fingerprints(source)).toEqual(changed);

    const done = await restoreBackup(source, file('demo.backup'), { force: true });
    expect(done.replaced).toContain('users');
    expect(await fingerprints(source)).toEqual(original);
    // The audit log's sequence goes on after the restored rows.
    const [{ max } = { max: 0 }] = await source.db
      .select({ max: sql<number>`max(${auditLog.id})::int` })
      .from(auditLog);
    await createUser(source.db, SYSTEM_ACTOR, {
      email: 'efter-gendannelse@example.dk',
      name: 'Efter Gendannelse',
      role: 'reader',
      password: 'korrekt-hest-batteri-clips',
    });
    const [{ next } = { next: 0 }] = await source.db
      .select({ next: sql<number>`max(${auditLog.id})::int` })
      .from(auditLog);
    expect(next).toBeGreaterThan(max);
  });

  it('restores into a wiped database without --force: every table identical', async () => {
    await wipe(source);
    const done = await restoreBackup(source, file('demo.backup'));
    expect(done.replaced).toEqual([]);
    expect(await fingerprints(source)).toEqual(original);
  });

  it('rolls back a damaged or incomplete backup and leaves the database as it was', async () => {
    rewriteBackup(file('demo.backup'), file('damaged.backup'), (lines) =>
      lines.map((l) => l.replace('Grundlovsdag', 'Grundlovsdaq')),
    );
    const err = await refusedWith(
      restoreBackup(source, file('damaged.backup'), { force: true }),
      'checksum-mismatch',
    );
    expect(err.da).toContain('closure_days');
    expect(await fingerprints(source)).toEqual(original);

    rewriteBackup(file('demo.backup'), file('cut.backup'), (lines) =>
      lines.filter((l) => !l.startsWith('{"manifest"')),
    );
    await refusedWith(restoreBackup(source, file('cut.backup'), { force: true }), 'not-a-backup');
    expect(await fingerprints(source)).toEqual(original);

    writeFileSync(file('text.backup'), 'not a backup');
    await refusedWith(restoreBackup(source, file('text.backup'), { force: true }), 'not-a-backup');
  });

  it('refuses a backup made with a newer schema, in Danish and English', async () => {
    const last = codeMigrations().at(-1);
    rewriteBackup(file('demo.backup'), file('newer.backup'), ([head = '', ...rest]) => {
      const header = JSON.parse(head);
      header.schema.migrations.push({
        hash: 'f'.repeat(64),
        createdAt: (last?.createdAt ?? 0) + 1,
      });
      header.schema.lastMigration = '9999_from_the_future';
      return [JSON.stringify(header), ...rest];
    });
    const err = await refusedWith(
      restoreBackup(source, file('newer.backup'), { force: true }),
      'newer-schema',
    );
    expect(err.da).toContain('nyere udgave af Samspil');
    expect(err.en).toContain('newer version of Samspil');
    expect(err.da).toContain(last?.tag);
    expect(await fingerprints(source)).toEqual(original);
  });

  it('restores an older backup and migrates it forward', async () => {
    const code = codeMigrations();
    const previous = code.at(-2);
    if (!previous) return;
    // An older Samspil's database: wiped and migrated only up to the migration before the last.
    await wipe(source);
    await migrateUpTo(source, previous.tag);
    // Plain SQL on columns every schema has had, so newer migrations do not break the test.
    await source.db.execute(
      sql`INSERT INTO users (email, name, role) VALUES ('gammel@example.dk', 'Gammel', 'admin')`,
    );
    await source.db.execute(
      sql`INSERT INTO audit_log (actor_name, action, entity_type) VALUES ('test', 'user.create', 'user')`,
    );
    const before = await fingerprints(source);
    const summary = await createBackup(source, file('old.backup'));
    expect(summary.lastMigration).toBe(previous.tag);
    await wipe(source);

    const done = await restoreBackup(source, file('old.backup'));
    expect(done.migratedForward).toEqual([code.at(-1)?.tag]);
    const after = await fingerprints(source);
    expect(after['public.users']).toEqual(before['public.users']);
    expect(after['public.audit_log']).toEqual(before['public.audit_log']);
    expect(after['drizzle.__drizzle_migrations']?.rows).toBe(code.length);
    expect(Object.keys(after).sort()).toEqual(Object.keys(original).sort());
    const [{ n } = { n: 0 }] = await source.db
      .select({ n: count() })
      .from(users)
      .where(eq(users.email, 'gammel@example.dk'));
    expect(n).toBe(1);
  });
});
