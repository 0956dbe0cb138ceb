/**
 * The newsletters module as one plugin (register under /api with `{ db, config }`): the
 * secretariat's routes, the public routes, and the sending job on `app.jobs` (run on demand, at
 * start-up and every minute, so a restart carries on where the last process stopped).
 */
import type { FastifyInstance } from 'fastify';
import { runSending } from './delivery.service';
import { SEND_JOB, type NewslettersConfig, type NewslettersDeps } from './newsletters.deps';
import { createNewsletterMailer } from './newsletters.mail';
import { newsletterRoutes } from './newsletters.routes';
import { registerBuiltInNewsletterSources } from './newsletters.sources';
import { publicNewsletterRoutes } from './public.routes';
import type { Db } from '../../db/client';

export interface NewslettersOptions {
  db: Db;
  config: NewslettersConfig;
}

export async function newslettersModule(
  app: FastifyInstance,
  options: NewslettersOptions,
): Promise<void> {
  registerBuiltInNewsletterSources();
  let stopping = false;
  const mailer = createNewsletterMailer(options.config.smtpUrl, options.config.mailFrom);
  const deps: NewslettersDeps = {
    db: options.db,
    config: options.config,
    jobs: app.jobs,
    mailer,
    log: app.log,
    stopping: () => stopping,
  };
  app.jobs.define<{ newsletterId?: string }>({
    name: SEND_JOB,
    cron: '* * * * *',
    runOnStart: true,
    retryLimit: 10,
    retryDelaySeconds: 30,
    handler: (data) => runSending(deps, data.newsletterId),
  });
  // Before the job queue stops (onClose, waiting for running jobs): stop between two deliveries.
  app.addHook('preClose', async () => {
    stopping = true;
  });
  app.addHook('onClose', async () => mailer?.close());
  await newsletterRoutes(app, deps);
  await publicNewsletterRoutes(app, deps);
}
