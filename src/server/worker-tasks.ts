/**
 * The task table of the worker pool (platform/worker-pool.ts): every CPU-heavy pure task by
 * name. Worker threads load this file through `worker-entry.mjs`; it imports the modules' task
 * files directly rather than their index.ts, so a worker loads the pure code it runs and not the
 * routes, repositories and database client around it.
 */
import { threadId } from 'node:worker_threads';
import { ATTACHMENT_TASKS } from './modules/cases/attachments.tasks';
import { DOCUMENT_TASKS } from './modules/documents/documents.tasks';
import { ORG_FILE_TASKS } from './modules/organisation/org-file.tasks';
import { ORG_HOLDER_TASKS } from './modules/organisation/org-holders.tasks';
import { PLAN_FILE_TASKS } from './modules/plans/plan-file.tasks';
import {
  createInlinePool,
  createWorkerPool,
  type WorkerPool,
  type WorkerPoolOptions,
  type WorkerTaskTable,
} from './platform/worker-pool';

/** Which thread runs a task (0 is the main thread): for tests and diagnostics. */
function pingTask(): { threadId: number } {
  return { threadId };
}

/** Every task, by name. */
export const WORKER_TASKS: WorkerTaskTable = {
  'pool.ping': pingTask,
  ...ORG_FILE_TASKS,
  ...ORG_HOLDER_TASKS,
  ...DOCUMENT_TASKS,
  ...ATTACHMENT_TASKS,
  ...PLAN_FILE_TASKS,
};

/** One task as a worker receives it. */
export interface WorkerMessage {
  name: string;
  input: unknown;
}

/** Runs one task in a worker thread (the entry's handler). */
export function runWorkerTask(message: WorkerMessage): unknown {
  const task = WORKER_TASKS[message.name];
  if (!task) throw new Error(`unknown worker task ${message.name}`);
  return (task as (input: unknown) => unknown)(message.input);
}

/** The worker threads' entry module. */
export const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * The app's or the CLI's pool: `threads` worker threads (default one less than the cores), or,
 * with 0, every task inline on the event loop (for comparison in the benchmark).
 */
export function createTaskPool(
  options: Omit<WorkerPoolOptions, 'entry' | 'maxThreads'> & { threads?: number } = {},
): WorkerPool {
  const { threads, ...rest } = options;
  if (threads === 0) return createInlinePool(WORKER_TASKS);
  return createWorkerPool({ ...rest, entry: WORKER_ENTRY, maxThreads: threads });
}
