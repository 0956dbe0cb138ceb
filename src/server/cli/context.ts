/**
 * Opens the configured database for a CLI command and closes it afterwards; `withWorkers` does
 * the same for a worker pool (reading and checking organisation files).
 */
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import type { Actor } from '../platform/audit';
import type { WorkerPool } from '../platform/worker-pool';
import { createTaskPool } from '../worker-tasks';

/** CLI changes are audited as the operating-system user who ran them. */
export function cliActor(): Actor {
  const who = process.env.USER ?? process.env.USERNAME ?? 'ukendt';
  return { userId: null, name: `CLI (${who})`, ip: null, requestId: null };
}

export async function withDatabase<T>(
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    return await fn(database, config);
  } finally {
    await database.close();
  }
}

/** Runs `fn` with a worker pool for CPU-heavy work, closed afterwards. */
export async function withWorkers<T>(fn: (workers: WorkerPool) => Promise<T>): Promise<T> {
  const workers = createTaskPool();
  try {
    return await fn(workers);
  } finally {
    await workers.close();
  }
}
