/** The benchmark's database: in-memory PGlite, or a throw-away database on BENCH_DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../src/server/db/client';

type OpenPglite = (dataDir: string | null) => Promise<Database>;
type OpenPostgres = (url: string, max?: number) => Promise<Database>;

export async function benchDatabase(
  openPglite: OpenPglite,
  openPostgres: OpenPostgres,
): Promise<{ database: Database; close: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite(null);
    return { database, close: () => database.close() };
  }
  const name = `samspil_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 10);
  return {
    database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
