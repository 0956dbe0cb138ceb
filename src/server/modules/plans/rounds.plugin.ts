/**
 * The plan rounds module as one plugin: reporting rounds, their answers and views, and the daily
 * reminder job (pg-boss, 07:00 Danish time). Register once in the API scope with
 * `{ db, config }`.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { todayInDenmark } from '../../../shared/dates';
import { createMailer } from '../notifications/index';
import { REMINDER_JOB, runReminders, type ReminderDeps } from './reminders.service';
import { roundsRoutes } from './rounds.routes';
import { viewsRoutes } from './views.routes';

/** What the module needs from app.ts. */
export interface PlanRoundsOptions {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'smtpUrl' | 'mailFrom'>;
}

/** Registers the rounds and views routes and defines the reminder job. */
export async function planRoundsModule(
  app: FastifyInstance,
  options: PlanRoundsOptions,
): Promise<void> {
  const { db, config } = options;
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  const deps: ReminderDeps = { db, mailer, publicUrl: config.publicUrl, log: app.log };
  app.jobs.define({
    name: REMINDER_JOB,
    policy: 'stately',
    cron: '0 7 * * *',
    handler: async () => {
      await runReminders(deps, todayInDenmark());
    },
  });
  app.addHook('onClose', async () => mailer?.close());
  await app.register(roundsRoutes, { db });
  await app.register(viewsRoutes, { db });
}
