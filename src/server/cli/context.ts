/** Opens the configured database for a CLI command and closes it afterwards. */
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import type { Actor } from '../platform/audit';

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
