/**
 * `demo generate`, run in-process against a store of its own (a PGlite data directory, or a
 * fresh database on the server named by TEST_DATABASE_URL): `small` fills it and prints a line
 * per phase, a second run refuses in Danish (exit code 1), an unknown scale exits 2.
 */
import { count, like } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { collaborations } from '../modules/organisation/index';
import { registerDemoCommands } from './demo.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('demo-cli');

beforeAll(async () => {
  await store.create();
});
afterAll(() => store.remove());
afterEach(resetCliRun);

const samspil = (...args: string[]) => runCli(registerDemoCommands, ['demo', ...args]);

describe('demo generate', () => {
  it('generates the small scale with a line per phase', async () => {
    const result = await samspil('generate', '--scale', 'small');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Genererer data i skala small');
    expect(result.out).toMatch(/^Sager: \d+ rækker \(\d+ ms\)$/m);
    expect(result.out).toMatch(/Genereret \(small\): 2 samarbejder, \d+ møder/);
    const database = await openDatabase(store.target);
    try {
      const [row] = await database.db
        .select({ n: count() })
        .from(collaborations)
        .where(like(collaborations.key, 'gen-%'));
      expect(Number(row?.n)).toBe(2);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('refuses a second run in Danish with exit code 1', async () => {
    const result = await samspil('generate', '--scale', 'small');
    expect(result.code).toBe(1);
    expect(result.err).toContain('Databasen har allerede genererede data (skala small)');
  }, 120_000);

  it('refuses an unknown scale with exit code 2', async () => {
    const result = await samspil('generate', '--scale', 'huge');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--scale skal være en af national, region, small');
  });
});
