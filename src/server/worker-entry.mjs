/**
 * The entry of a worker thread of the task pool (src/server/platform/worker-pool.ts). It is
 * plain JavaScript so that Node can load it whatever started the process: it registers tsx's
 * ESM loader (`tsx/esm/api`) in this thread, then imports the TypeScript task table. That works
 * alike under `tsx` (npm start, the CLI; the loader the thread inherits from tsx's --import and
 * this one then both accept .ts), under vitest (whose transform does not reach worker threads)
 * and under plain node.
 */
import { register } from 'tsx/esm/api';

register();

const tasks = await import('./worker-tasks.ts');

/** Piscina's handler (`name: 'runWorkerTask'`): runs one task. */
export const runWorkerTask = tasks.runWorkerTask;
