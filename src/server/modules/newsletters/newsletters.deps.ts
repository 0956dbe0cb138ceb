/** What the newsletters module needs from app.ts. */
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { JobQueue } from '../../platform/jobs';
import type { NewsletterMailer } from './newsletters.mail';

export type NewslettersConfig = Pick<
  Config,
  'publicUrl' | 'smtpUrl' | 'mailFrom' | 'sessionSecret' | 'loginRateLimitPerMinute'
>;

export interface NewslettersDeps {
  db: Db;
  config: NewslettersConfig;
  jobs: JobQueue;
  mailer: NewsletterMailer | null;
  log: {
    info: (o: object, m: string) => void;
    warn: (o: object, m: string) => void;
    error: (o: object, m: string) => void;
  };
  /** True once the app is closing: the sending job stops between two deliveries. */
  stopping: () => boolean;
}

export const SEND_JOB = 'newsletters.send';

/** The public base URL without a trailing slash. */
export function baseUrl(config: Pick<Config, 'publicUrl'>): string {
  return config.publicUrl.replace(/\/+$/, '');
}

/** The host of the public URL (Message-IDs). */
export function mailHost(config: Pick<Config, 'publicUrl'>): string {
  return new URL(config.publicUrl).hostname || 'samspil.local';
}

export const archivePath = (collaborationId: string) => `/newsletters/archive/${collaborationId}`;
export const unsubscribeApiPath = (token: string) => `/api/newsletters/public/unsubscribe/${token}`;
export const unsubscribePagePath = (token: string) => `/newsletters/unsubscribe/${token}`;
export const confirmPagePath = (token: string) => `/newsletters/confirm?token=${token}`;
