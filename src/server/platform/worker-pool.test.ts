/**
 * The worker pool: tasks run in worker threads that load TypeScript themselves (this test runs
 * under vitest, whose transform does not reach workers), the queue is bounded (503 problem), and
 * a closed pool refuses work. Asserts outcomes and order, never durations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTaskPool } from '../worker-tasks';
import { AppError } from './errors';
import { defaultWorkerThreads, isWorkerOutOfMemory, type WorkerPool } from './worker-pool';
import { largeOrgFile } from '../modules/organisation/test/large-org-file';

const pools: WorkerPool[] = [];
const pool = (options: Parameters<typeof createTaskPool>[0]) => {
  const created = createTaskPool(options);
  pools.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('the worker pool', () => {
  it('runs a task in a worker thread, and an organisation-file check there', async () => {
    const workers = pool({ threads: 1 });
    expect(await workers.run('pool.ping', {})).toEqual({ threadId: expect.any(Number) });
    expect(((await workers.run('pool.ping', {})) as { threadId: number }).threadId).not.toBe(0);
    const summary = await workers.run('orgFile.check', {
      text: largeOrgFile(3),
      today: '2024-06-01',
    });
    expect(summary).toEqual({ date: '2024-06-01', errors: [], warnings: [] });
  });

  it('runs every task on the calling thread with 0 threads', async () => {
    const inline = pool({ threads: 0 });
    expect(inline.maxThreads).toBe(0);
    expect(await inline.run('pool.ping', {})).toEqual({ threadId: 0 });
  });

  it('refuses work past its queue with a 503 problem in Danish and English', async () => {
    const workers = pool({ threads: 1, maxQueue: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => workers.run('pool.ping', {})));
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      const error = (o as PromiseRejectedResult).reason as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('unavailable');
      expect(error.detail?.da).toContain('Prøv igen om lidt');
      expect(error.detail?.en).toContain('Try again shortly');
    }
  });

  it('refuses work once closed, and closes twice without harm', async () => {
    const workers = pool({ threads: 1 });
    await workers.run('pool.ping', {});
    await workers.close();
    await workers.close();
    await expect(workers.run('pool.ping', {})).rejects.toThrow('closed');
  });

  it('sizes itself to leave a core to the event loop', () => {
    expect([1, 2, 4, 8].map((cores) => defaultWorkerThreads(cores))).toEqual([1, 1, 3, 7]);
  });

  it('ends a worker that outgrows its heap limit, and the task fails alone', async () => {
    const workers = pool({ threads: 1, maxHeapMb: 48 });
    const check = workers.run('orgFile.check', { text: largeOrgFile(10_000), today: '2024-06-01' });
    const error: unknown = await check.catch((e: unknown) => e);
    expect(isWorkerOutOfMemory(error)).toBe(true);
    expect(await workers.run('pool.ping', {})).toEqual({ threadId: expect.any(Number) });
  });

  it('recognises a worker that ran out of memory', () => {
    expect(
      isWorkerOutOfMemory(Object.assign(new Error('x'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })),
    ).toBe(true);
    expect(isWorkerOutOfMemory(new Error('x'))).toBe(false);
  });
});
