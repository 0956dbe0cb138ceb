/**
 * The job queue on the test database (PGlite by default, PostgreSQL with TEST_DATABASE_URL):
 * pg-boss creates its schema, runs jobs, enqueues inside a transaction (committed or rolled
 * back), and survives a failed multi-statement script on PGlite's single connection.
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db/client';
import { openTestDatabase } from '../test/database';
import { testJobsConnection, waitFor } from '../test/jobs';
import { JobQueue } from './jobs';
import { numberedToDrizzle, pgliteExecutor } from './jobs.sql';

let database: Database;
let jobs: JobQueue;
const seen: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  jobs = new JobQueue(pino({ level: 'silent' }));
  jobs.define<{ word: string }>({
    name: 'test.echo',
    handler: async (data) => {
      seen.push(data.word);
    },
  });
  await jobs.start(await testJobsConnection(database), { pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('the job queue', () => {
  it('runs a job sent to it', async () => {
    expect(await jobs.send('test.echo', { word: 'ærø' })).toEqual(expect.any(String));
    await waitFor(() => (seen.includes('ærø') ? true : undefined));
  });

  it('enqueues inside a transaction: only a committed job runs', async () => {
    await database.db.transaction(async (tx) => {
      await jobs.send('test.echo', { word: 'committed' }, { tx: tx as unknown as Db });
    });
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.send('test.echo', { word: 'rolled-back' }, { tx: tx as unknown as Db });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await waitFor(() => (seen.includes('committed') ? true : undefined));
    await jobs.send('test.echo', { word: 'after' });
    await waitFor(() => (seen.includes('after') ? true : undefined));
    expect(seen).not.toContain('rolled-back');
  });

  it('refuses an undefined job and does nothing when stopped', async () => {
    await expect(jobs.send('test.unknown')).rejects.toThrow('not defined');
    const idle = new JobQueue(pino({ level: 'silent' }));
    idle.define({ name: 'test.idle', handler: async () => {} });
    expect(await idle.send('test.idle')).toBeNull();
  });
});

describe('the SQL adapters', () => {
  it('maps repeated numbered parameters to bound values', async () => {
    const query = numberedToDrizzle('select $1::int + $2::int as a, $1::text as b', [2, 3]);
    const result = (await database.db.execute(query)) as unknown as {
      rows: { a: number; b: string }[];
    };
    expect(result.rows[0]).toEqual({ a: 5, b: '2' });
  });

  it.runIf(!process.env.TEST_DATABASE_URL)(
    'rolls back a failed script on PGlite so the connection stays usable',
    async () => {
      const pglite = database.pglite;
      if (!pglite) throw new Error('PGlite expected');
      const exec = pgliteExecutor(pglite);
      await expect(exec.executeSql('BEGIN; SELECT 1/0; COMMIT;')).rejects.toThrow();
      const after = await database.db.execute(sql`select 1 as one`);
      expect((after as unknown as { rows: unknown[] }).rows).toEqual([{ one: 1 }]);
      expect((await exec.executeSql('SELECT 2 AS two; SELECT 3 AS three')).rows).toEqual([
        { three: 3 },
      ]);
    },
  );
});
