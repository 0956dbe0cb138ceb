/**
 * CPU-heavy pure work (reading and checking organisation files, rendering documents, inflating
 * Office archives) runs on a bounded pool of worker threads (piscina), so one large request can
 * no longer stall every other request on the event loop. A task is a pure function from a
 * structured-cloneable input to a structured-cloneable output, named in one task table
 * (`src/server/worker-tasks.ts`); database work stays on the main thread.
 *
 * Workers load TypeScript through tsx themselves (`src/server/worker-entry.mjs`), so the pool
 * works the same under `tsx` (npm start, the CLI), under vitest and under plain node.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError } from './errors';

/** A task: a pure function of one structured-cloneable input. */
export type WorkerTask = (input: never) => unknown;

/** Tasks by name. */
export type WorkerTaskTable = Readonly<Record<string, WorkerTask>>;

/** Runs named tasks off the event loop (or, for the inline pool, on it). */
export interface WorkerPool {
  /** Runs the task `name` with `input`; rejects with a 503 problem when the queue is full. */
  run(
    name: string,
    input: unknown,
    options?: { transfer?: readonly ArrayBuffer[] },
  ): Promise<unknown>;
  /** Waits for running tasks, then ends every worker. Safe to call twice. */
  close(): Promise<void>;
  /** Threads at most (0 for the inline pool). */
  readonly maxThreads: number;
}

/** Options of a worker pool. */
export interface WorkerPoolOptions {
  /** The worker entry module (see `worker-entry.mjs`). */
  entry: URL;
  /** Threads at most; default one less than the cores, at least one. */
  maxThreads?: number;
  /** Tasks waiting beyond the running ones before `run` is refused; default 16 per thread. */
  maxQueue?: number;
  /** Heap limit of one worker (MB): a task that needs more fails alone; default 512 (a 2 MB org file needs < 256). */
  maxHeapMb?: number;
  /** How long an idle worker stays before it ends (ms); default one minute. */
  idleTimeoutMs?: number;
}

/** Threads by default: leave one core to the event loop (at least one thread). */
export function defaultWorkerThreads(cores: number = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** The problem a full queue answers with (503, try again shortly). */
export function queueFullError(): AppError {
  return new AppError('unavailable', {
    da: 'Serveren har travlt med andre tunge opgaver. Prøv igen om lidt.',
    en: 'The server is busy with other heavy tasks. Try again shortly.',
  });
}

/** True for the error a worker ends with when a task needs more memory than its limit. */
export function isWorkerOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** A pool of worker threads; the threads start on the first task, not before. */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const maxThreads = options.maxThreads ?? defaultWorkerThreads();
  let piscina: Piscina | null = null;
  let closed = false;
  const pool = (): Piscina => {
    piscina ??= new Piscina({
      filename: options.entry.href,
      name: 'runWorkerTask',
      minThreads: 0,
      maxThreads,
      maxQueue: options.maxQueue ?? 16 * maxThreads,
      idleTimeout: options.idleTimeoutMs ?? 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
    });
    return piscina;
  };
  return {
    maxThreads,
    async run(name, input) {
      if (closed) throw new Error('the worker pool is closed');
      try {
        return await pool().run({ name, input });
      } catch (error) {
        // piscina's Errors.TaskQueueAtLimit (a plain Error without a code).
        if (error instanceof Error && error.message === 'Task queue is at limit')
          throw queueFullError();
        throw error;
      }
    },
    async close() {
      closed = true;
      const running = piscina;
      piscina = null;
      await running?.close();
    },
  };
}

/** Runs the tasks of `table` on the event loop: for callers that do not need a pool (tests, seeding). */
export function createInlinePool(table: WorkerTaskTable): WorkerPool {
  return {
    maxThreads: 0,
    async run(name, input) {
      const task = table[name];
      if (!task) throw new Error(`unknown worker task ${name}`);
      return (task as (input: unknown) => unknown)(input);
    },
    async close() {},
  };
}

/** A typed caller of one table's tasks: `call(pool, 'orgFile.check', input)`. */
export function taskCaller<T extends WorkerTaskTable>(_table: T) {
  return <K extends keyof T & string>(
    pool: WorkerPool,
    name: K,
    input: Parameters<T[K]>[0],
  ): Promise<Awaited<ReturnType<T[K]>>> =>
    pool.run(name, input) as Promise<Awaited<ReturnType<T[K]>>>;
}
