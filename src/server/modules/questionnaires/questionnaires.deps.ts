/** What the questionnaires module needs from app.ts. */
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { JobQueue } from '../../platform/jobs';
import type { Mailer } from '../notifications/index';

export type QuestionnairesConfig = Pick<
  Config,
  'publicUrl' | 'smtpUrl' | 'mailFrom' | 'loginRateLimitPerMinute'
>;

export interface QuestionnairesDeps {
  db: Db;
  config: QuestionnairesConfig;
  jobs: JobQueue | null;
  mailer: Mailer | null;
  /** The clock (tests fix it; the app uses the real time). */
  now: () => Date;
  log: { warn: (o: object, m: string) => void };
}

export const REMIND_JOB = 'questionnaires.remind';
/** Days a personal link stays valid after the deadline unless a later expiry is set. */
export const LINK_GRACE_DAYS = 14;

/** The answer page of a personal link. */
export function answerUrl(config: Pick<Config, 'publicUrl'>, token: string): string {
  return `${config.publicUrl.replace(/\/+$/, '')}/questionnaires/answer/${token}`;
}
