/**
 * Starting the job queue in route tests: on PGlite over the test's instance, on PostgreSQL over
 * the test's own database (TEST_DATABASE_URL with the database name the test harness created).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { JobsConnection } from '../platform/jobs';
import type { TestContext } from './test-app';

/** The job connection for a test database. */
export async function testJobsConnection(database: Database): Promise<JobsConnection> {
  if (database.kind === 'pglite' && database.pglite) {
    return { kind: 'pglite', pglite: database.pglite };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL');
  const result = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  const url = new URL(serverUrl);
  url.pathname = `/${result.rows[0]?.name ?? ''}`;
  return { kind: 'postgres', url: url.toString() };
}

/** Starts the app's job queue with fast polling, for tests that wait for jobs. */
export async function startTestJobs(ctx: TestContext): Promise<void> {
  await ctx.app.jobs.start(await testJobsConnection(ctx.database), {
    pollingIntervalSeconds: 0.5,
  });
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
