/** Starts Samspil: configuration, database and migrations, demo data, HTTP, graceful shutdown. */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { startupBanner } from './banner';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { DEMO_PASSWORD, DEMO_USERS, loadDemoData } from './demo/demo';
import { demoLoaders } from './demo/loaders';
import { jobsConnection } from './platform/jobs';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await migrateDatabase(database);
  if (config.demoData) await loadDemoData(database, demoLoaders);
  const app = await buildApp({ config, database });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    // Closing the app also stops the job queue (waiting for running jobs) before the database.
    await app.close();
    await database.close();
  });
  await app.jobs.start(jobsConnection(database, config));
  await app.listen({ port: config.port, host: config.host });
  const lines = startupBanner(
    config,
    config.demoData ? { emails: DEMO_USERS.map((u) => u.email), password: DEMO_PASSWORD } : null,
  );
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
