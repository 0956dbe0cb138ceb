/**
 * Turning committed changes into e-mails, in two jobs:
 * - scan: for each unhandled change (notifications.sources.ts) work out the recipients and their
 *   e-mails, then in ONE transaction mark the change handled, record one notification per
 *   recipient and enqueue one delivery job per notification (pg-boss `send` inside the
 *   transaction): the record and its jobs exist together or not at all.
 * - deliver: claim one notification, send it (or, without SMTP_URL, mark it recorded but not
 *   sent), and note the outcome. A failed send is retried by pg-boss with back-off.
 * Neither writes an audit row: they are bookkeeping of a change that was audited itself.
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client';
import type { JobQueue } from '../../platform/jobs';
import type { CaseDeps } from '../cases/index';
import type { Mailer } from './mailer';
import { composeMessage, messageFacts } from './notifications.compose';
import { recipientsOf } from './notifications.recipients';
import { unhandledSources, type NotificationSource } from './notifications.sources';
import { notifications, notificationSources } from './notifications.table';

/** The job that delivers one notification. */
export const DELIVER_JOB = 'notifications.deliver';
/** The job that scans for unhandled changes. */
export const SCAN_JOB = 'notifications.scan';
/** Attempts before a notification is given up as failed. */
export const MAX_ATTEMPTS = 5;
/** A delivery still `sending` after this long is taken to have died and may be claimed again. */
const STALE_SENDING_MS = 10 * 60_000;

/** What the notification jobs need. */
export interface NotificationDeps {
  cases: CaseDeps;
  jobs: JobQueue;
  mailer: Mailer | null;
  publicUrl: string;
  log: FastifyBaseLogger;
}

/** The notification rows of one change: one per recipient (none if the meeting is gone). */
async function notificationRows(deps: NotificationDeps, source: NotificationSource) {
  const facts = await messageFacts(deps.cases.db, source);
  if (!facts) return [];
  const recipients = await recipientsOf(deps.cases, source);
  return recipients.map((r) => ({
    source: source.key,
    kind: source.kind,
    userId: r.userId,
    email: r.email,
    locale: r.locale,
    ...composeMessage(source, facts, r.locale, deps.publicUrl),
  }));
}

/** Records the notifications of one change and enqueues their delivery; returns how many. */
async function recordSource(deps: NotificationDeps, source: NotificationSource): Promise<number> {
  const db = deps.cases.db;
  const rows = await notificationRows(deps, source);
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const marked = await tx
      .insert(notificationSources)
      .values({ source: source.key, kind: source.kind, recipients: rows.length })
      .onConflictDoNothing()
      .returning({ source: notificationSources.source });
    if (marked.length === 0 || rows.length === 0) return 0;
    const created = await tx.insert(notifications).values(rows).returning({ id: notifications.id });
    for (const { id } of created) await deps.jobs.send(DELIVER_JOB, { id }, { tx });
    return created.length;
  });
}

/** Handles every unhandled change; returns the number of notifications recorded. */
export async function scanNotifications(deps: NotificationDeps): Promise<number> {
  let total = 0;
  for (const source of await unhandledSources(deps.cases.db)) {
    const count = await recordSource(deps, source);
    if (count > 0)
      deps.log.info({ source: source.key, kind: source.kind, count }, 'notifications recorded');
    total += count;
  }
  return total;
}

async function finish(db: Db, id: string, values: Partial<typeof notifications.$inferInsert>) {
  await db
    .update(notifications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(notifications.id, id));
}

/** Delivers one notification (idempotent: a sent or claimed one is left alone). */
export async function deliverNotification(deps: NotificationDeps, id: string): Promise<void> {
  const db = deps.cases.db;
  const [claimed] = await db
    .update(notifications)
    .set({ status: 'sending', attempts: sql`${notifications.attempts} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(notifications.id, id),
        or(
          eq(notifications.status, 'pending'),
          and(
            eq(notifications.status, 'sending'),
            lt(notifications.updatedAt, new Date(Date.now() - STALE_SENDING_MS)),
          ),
        ),
      ),
    )
    .returning();
  if (!claimed) return;
  if (!deps.mailer) {
    await finish(db, id, { status: 'notSent' });
    deps.log.debug(
      { notification: id, kind: claimed.kind },
      'SMTP_URL is not set: notification recorded, not sent',
    );
    return;
  }
  try {
    await deps.mailer.send({ to: claimed.email, subject: claimed.subject, text: claimed.body });
    await finish(db, id, { status: 'sent', sentAt: new Date(), lastError: null });
  } catch (err) {
    const final = claimed.attempts >= MAX_ATTEMPTS;
    const message = err instanceof Error ? err.message : String(err);
    await finish(db, id, {
      status: final ? 'failed' : 'pending',
      lastError: message.slice(0, 500),
    });
    deps.log.warn(
      { notification: id, attempt: claimed.attempts, final, err: message },
      'e-mail not sent',
    );
    if (!final) throw err;
  }
}
