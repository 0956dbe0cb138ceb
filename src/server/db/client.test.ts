/** The PGlite data-directory lock (one opener at a time, stale locks are taken over) and the PostgreSQL pool. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from './client';

const dir = mkdtempSync(join(tmpdir(), 'samspil-lock-'));
const lockFile = join(dir, 'samspil.lock');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tries to open the directory from another process; returns its exit code and stderr. */
function openFromAnotherProcess(): { status: number | null; stderr: string } {
  const client = new URL('./client.ts', import.meta.url).pathname;
  const script = [
    `import { openPglite } from ${JSON.stringify(client)};`,
    `try { await (await openPglite(${JSON.stringify(dir)})).close(); }`,
    'catch (e) { console.error(e.message); process.exit(3); }',
  ].join('\n');
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: child.status, stderr: child.stderr };
}

/** The pid of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid as number;
}

describe('the PGlite data-directory lock', () => {
  it('refuses a second opener while the first is open, and frees the directory on close', async () => {
    const first = await openPglite(dir);
    try {
      expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
      await expect(openPglite(dir)).rejects.toThrow(/already open in this process/);
      const other = openFromAnotherProcess();
      expect(other.stderr).toContain(`in use by another Samspil process (pid ${process.pid})`);
      expect(other.status).toBe(3);
    } finally {
      await first.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a directory locked by another live process', async () => {
    writeFileSync(lockFile, String(process.ppid));
    try {
      await expect(openPglite(dir)).rejects.toThrow(
        new RegExp(`in use by another Samspil process \\(pid ${process.ppid}\\)`),
      );
      expect(readFileSync(lockFile, 'utf8')).toBe(String(process.ppid));
    } finally {
      rmSync(lockFile, { force: true });
    }
  });

  it('takes over a stale lock left by a process that has ended', async () => {
    writeFileSync(lockFile, String(deadPid()));
    const database = await openPglite(dir);
    try {
      expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    } finally {
      await database.close();
    }
  });

  it('takes over a lock with its own pid that it does not hold (restarted container)', async () => {
    writeFileSync(lockFile, String(process.pid));
    const database = await openPglite(dir);
    await database.close();
    expect(existsSync(lockFile)).toBe(false);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('the PostgreSQL pool', () => {
  it('turns JIT compilation and parallel workers off on its connections', async () => {
    const database = await openPostgres(process.env.TEST_DATABASE_URL ?? '', 2);
    try {
      const result = (await database.db.execute(
        sql`select current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers`,
      )) as unknown as { rows: { jit: string; workers: string }[] };
      expect(result.rows[0]).toEqual({ jit: 'off', workers: '0' });
    } finally {
      await database.close();
    }
  });
});
