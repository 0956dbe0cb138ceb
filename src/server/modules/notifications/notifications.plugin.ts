/**
 * Wires notifications into the app: defines the scan and delivery jobs on `app.jobs`, and asks
 * for a scan right after every successful change to agendas or cases (the change has committed
 * when the response is sent). A scan every minute catches anything else (changes made by the
 * CLI or another process, or a lost trigger). Registered with fastify-plugin so its hook covers
 * the whole API scope.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config';
import type { CaseDeps } from '../cases/index';
import { createMailer } from './mailer';
import {
  deliverNotification,
  DELIVER_JOB,
  MAX_ATTEMPTS,
  scanNotifications,
  SCAN_JOB,
  type NotificationDeps,
} from './notifications.service';

/** What the notifications module needs from app.ts. */
export interface NotificationsOptions {
  cases: CaseDeps;
  config: Pick<Config, 'publicUrl' | 'smtpUrl' | 'mailFrom'>;
}

/** Changes after which notifications may be due. */
const TRIGGERS = /^\/api\/(agendas|cases)\//;

async function notifications(app: FastifyInstance, options: NotificationsOptions): Promise<void> {
  const { config } = options;
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  if (!mailer) app.log.info('SMTP_URL is not set: notifications are recorded but not sent');
  const deps: NotificationDeps = {
    cases: options.cases,
    jobs: app.jobs,
    mailer,
    publicUrl: config.publicUrl,
    log: app.log,
  };
  app.jobs.define({
    name: SCAN_JOB,
    policy: 'stately',
    cron: '* * * * *',
    runOnStart: true,
    handler: async () => {
      await scanNotifications(deps);
    },
  });
  app.jobs.define<{ id: string }>({
    name: DELIVER_JOB,
    retryLimit: MAX_ATTEMPTS,
    retryDelaySeconds: 30,
    handler: (data) => deliverNotification(deps, data.id),
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'GET' || reply.statusCode >= 300) return;
    if (!TRIGGERS.test(request.url)) return;
    await app.jobs.send(SCAN_JOB).catch((err: unknown) => {
      request.log.warn({ err }, 'could not ask for a notifications scan');
    });
  });
  app.addHook('onClose', async () => mailer?.close());
}

/** The notifications plugin (register once in the API scope). */
export const notificationsModule = fp(notifications, { name: 'samspil-notifications' });
