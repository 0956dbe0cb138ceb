/**
 * Opens the configured database for a CLI command and closes it afterwards; `withWorkers` does
 * the same for a worker pool (reading and checking organisation files); `confirmWrite` asks
 * before an import writes.
 */
import { createInterface } from 'node:readline/promises';
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

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(j|ja|y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/**
 * Whether an import writes after its dry run was shown: yes with `--yes`; without a terminal to
 * ask, no (exit code 1); otherwise the operator's answer.
 */
export async function confirmWrite(yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    console.error('Intet er indlæst: brug --yes for at indlæse uden at blive spurgt.');
    process.exitCode = 1;
    return false;
  }
  if (!(await confirm('Indlæs ændringerne? [j/N] '))) {
    console.log('Intet er indlæst.');
    return false;
  }
  return true;
}
