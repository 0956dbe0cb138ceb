/**
 * Benchmark: prints figures, asserts nothing. Backs up and restores a database with the demo
 * plus a bulk of audit rows and large attachments, and prints the time, file size and the
 * process's peak memory (which must stay bounded: tables are streamed, never held whole).
 *
 *   npx tsx bench/backup.ts                 # PGlite (in memory)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/backup.ts
 *
 * BENCH_BACKUP_ROWS (default 200000) audit rows, BENCH_BACKUP_FILES (default 20) attachments of
 * BENCH_BACKUP_FILE_MB (default 5) MB each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resourceUsage } from 'node:process';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../src/server/db/client';
import { createBackup } from '../src/server/db/backup/backup';
import { restoreBackup } from '../src/server/db/backup/restore';
import { migrateDatabase } from '../src/server/db/migrate';
import { loadDemoData } from '../src/server/demo/demo';
import { demoLoaders } from '../src/server/demo/loaders';
import { benchDatabase } from './database';

const ROWS = Number(process.env.BENCH_BACKUP_ROWS ?? 200_000);
const FILES = Number(process.env.BENCH_BACKUP_FILES ?? 20);
const FILE_MB = Number(process.env.BENCH_BACKUP_FILE_MB ?? 5);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const peak = () => mb(resourceUsage().maxRSS * 1024);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samspil-bench-backup-'));
  const { database, close } = await benchDatabase(openPglite, openPostgres);
  try {
    await migrateDatabase(database);
    await loadDemoData(database, demoLoaders, { today: '2026-05-04' });
    await database.db.execute(sql`
      INSERT INTO audit_log (actor_name, action, entity_type, entity_id, summary, after)
      SELECT 'bench', 'bench.row', 'bench', g::text, repeat('Æblerød ', 8),
             jsonb_build_object('n', g, 'text', md5(g::text))
        FROM generate_series(1, ${ROWS}) AS g`);
    // One MB of hex-decoded md5s is 16 bytes × 65536.
    await database.db.execute(sql`
      INSERT INTO case_attachments (case_id, file_name, media_type, size_bytes, sha256, content)
      SELECT (SELECT id FROM cases ORDER BY id LIMIT 1), 'bench-' || f || '.bin',
             'application/octet-stream', ${FILE_MB} * 1048576, 'bench',
             decode(string_agg(md5(f::text || ':' || g::text), '' ORDER BY g), 'hex')
        FROM generate_series(1, ${FILES}) AS f, generate_series(1, ${FILE_MB} * 65536) AS g
       GROUP BY f`);
    console.log(
      `database: ${database.kind}, ${ROWS} extra audit rows, ${FILES} × ${FILE_MB} MB attachments; peak RSS before: ${peak()}`,
    );
    const file = join(dir, 'bench.backup');
    let start = performance.now();
    const backup = await createBackup(database, file);
    const backupMs = performance.now() - start;
    console.log(
      `backup:  ${(backupMs / 1000).toFixed(1)} s, ${backup.rows} rows, file ${mb(backup.bytes)}, peak RSS ${peak()}`,
    );
    start = performance.now();
    const restore = await restoreBackup(database, file, { force: true });
    const restoreMs = performance.now() - start;
    console.log(
      `restore: ${(restoreMs / 1000).toFixed(1)} s (drop, rebuild, load, check, verify), ${restore.rows} rows, peak RSS ${peak()}`,
    );
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
