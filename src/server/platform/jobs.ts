/**
 * Background jobs in PostgreSQL with pg-boss (docs/decisions/005-jobs-in-postgres.md).
 *
 * Modules `define` their jobs while the app is built; main.ts `start`s the queue once the app is
 * ready and the app's close stops it. On PostgreSQL pg-boss has its own small pool (the
 * configured connection string); on PGlite it runs over the one embedded instance through
 * {@link pgliteExecutor}. Until the queue is started, `send` records nothing and returns null:
 * whatever the job was for must be recoverable from the database (e.g. the notifications scan).
 */
import type { PGlite } from '@electric-sql/pglite';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Database, Db } from '../db/client';
import { pgliteExecutor, transactionExecutor } from './jobs.sql';

/** Where the job tables live: a PostgreSQL server, or the embedded PGlite instance. */
export type JobsConnection = { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite };

/**
 * A job: its queue name, its handler and its queue settings. `policy: 'stately'` keeps at most
 * one job waiting and one running (a debounce); `cron` also runs it on a schedule (Danish
 * time).
 */
export interface JobDefinition<T extends object> {
  name: string;
  handler: (data: T) => Promise<void>;
  policy?: 'standard' | 'stately';
  retryLimit?: number;
  retryDelaySeconds?: number;
  cron?: string;
  /** Also run it once right after the queue starts (e.g. to catch up). */
  runOnStart?: boolean;
}

/** Options of {@link JobQueue.start}. */
export interface JobsStartOptions {
  /** How often each worker looks for work (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
}

/** Options of {@link JobQueue.send}. */
export interface SendOptions {
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  tx?: Db;
  singletonKey?: string;
}

type AnyDefinition = JobDefinition<object>;

/** The job queue of one app. */
export class JobQueue {
  private boss: PgBoss | null = null;
  private readonly definitions = new Map<string, AnyDefinition>();

  constructor(private readonly log: FastifyBaseLogger) {}

  /** True once started and until stopped. */
  get running(): boolean {
    return this.boss !== null;
  }

  /** Declares a job; call before {@link start}. */
  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name))
      throw new Error(`Job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as AnyDefinition);
  }

  /** Starts pg-boss (creating or migrating its schema), the queues, the workers and schedules. */
  async start(connection: JobsConnection, options: JobsStartOptions = {}): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      ...(connection.kind === 'postgres'
        ? { connectionString: connection.url, max: 3 }
        : { db: pgliteExecutor(connection.pglite) }),
      application_name: 'samspil-jobs',
      schedule: [...this.definitions.values()].some((d) => d.cron),
      supervise: true,
    });
    boss.on('error', (err: Error) => this.log.error({ err }, 'job queue error'));
    await boss.start();
    try {
      for (const definition of this.definitions.values()) {
        await this.startDefinition(boss, definition, options);
      }
    } catch (err) {
      await boss.stop({ graceful: false, wait: true });
      throw err;
    }
    this.boss = boss;
    for (const d of this.definitions.values()) if (d.runOnStart) await boss.send(d.name, {});
    this.log.info({ jobs: [...this.definitions.keys()], on: connection.kind }, 'jobs started');
  }

  private async startDefinition(
    boss: PgBoss,
    d: AnyDefinition,
    options: JobsStartOptions,
  ): Promise<void> {
    const queue = {
      name: d.name,
      policy: d.policy ?? 'standard',
      retryLimit: d.retryLimit ?? 3,
      retryDelay: d.retryDelaySeconds ?? 30,
      retryBackoff: true,
    } as const;
    // createQueue leaves an existing queue alone; updateQueue brings its settings up to date.
    await boss.createQueue(d.name, queue);
    await boss.updateQueue(d.name, queue);
    const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
    await boss.work<object>(d.name, polling, async (jobs) => {
      for (const job of jobs) await d.handler(job.data);
    });
    if (d.cron) await boss.schedule(d.name, d.cron, {}, { tz: 'Europe/Copenhagen' });
  }

  /**
   * Enqueues a job; returns its id, or null when the queue is not running or pg-boss dropped it
   * as a duplicate (a `stately` queue with one already waiting).
   */
  async send(name: string, data: object = {}, options: SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Job ${name} is not defined`);
    if (!this.boss) {
      this.log.debug({ job: name }, 'job queue not running: job not enqueued');
      return null;
    }
    return this.boss.send(name, data, {
      ...(options.tx ? { db: transactionExecutor(options.tx) } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  /** Stops the workers (waiting for running jobs) and pg-boss; safe to call twice. */
  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.log.info('jobs stopped');
  }
}

/** Where the jobs of a running app live: the configured server, or the PGlite instance. */
export function jobsConnection(database: Database, config: Config): JobsConnection {
  if (database.kind === 'pglite' && database.pglite)
    return { kind: 'pglite', pglite: database.pglite };
  if (config.database.kind === 'postgres') return { kind: 'postgres', url: config.database.url };
  throw new Error('No connection for the job queue: DATABASE_URL is not set');
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's job queue (see platform/jobs.ts). */
    jobs: JobQueue;
  }
}

/** Creates the app's job queue as `app.jobs`, stopped when the app closes. */
export function installJobs(app: FastifyInstance): JobQueue {
  const jobs = new JobQueue(app.log);
  app.decorate('jobs', jobs);
  app.addHook('onClose', async () => jobs.stop());
  return jobs;
}
