/**
 * Questionnaires (issue 14 points 2 and 3): builder, sending with personal expiring links,
 * answering, reminders, results, follow-up comparison, XLSX export and KL's baseline template.
 *
 * - Routes: `questionnairesModule` (register under /api with `{ db, config, now? }`).
 * - Tables: `questionnaires` (scope: its collaboration), `questionnaireRecipients`.
 * - Job: `questionnaires.remind` daily at 07:00 (reminders on the configured days before the
 *   deadline).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import { todayInDenmark } from '../../../shared/dates';
import { createMailer } from '../notifications/index';
import {
  REMIND_JOB,
  type QuestionnairesConfig,
  type QuestionnairesDeps,
} from './questionnaires.deps';
import { questionnaireRoutes } from './questionnaires.routes';
import { sendReminders } from './answers.service';

export { questionnaires, questionnaireRecipients } from './questionnaires.table';
export { hashToken } from './questionnaires.service';
export { sendReminders } from './answers.service';
export type { QuestionnairesDeps } from './questionnaires.deps';

export interface QuestionnairesOptions {
  db: Db;
  config: QuestionnairesConfig;
  /** The clock; default the real time (tests fix it). */
  now?: () => Date;
}

export async function questionnairesModule(
  app: FastifyInstance,
  options: QuestionnairesOptions,
): Promise<void> {
  const mailer = createMailer(options.config.smtpUrl, options.config.mailFrom);
  const deps: QuestionnairesDeps = {
    db: options.db,
    config: options.config,
    jobs: app.jobs,
    mailer,
    now: options.now ?? (() => new Date()),
    log: app.log,
  };
  app.jobs.define({
    name: REMIND_JOB,
    cron: '0 7 * * *',
    retryLimit: 3,
    retryDelaySeconds: 300,
    handler: async () => {
      await sendReminders(deps, todayInDenmark(deps.now()));
    },
  });
  app.addHook('onClose', async () => mailer?.close());
  await questionnaireRoutes(app, deps);
}
