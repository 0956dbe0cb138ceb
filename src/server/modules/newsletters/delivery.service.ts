/**
 * The sending job (docs/decisions/014-newsletter-delivery.md). For a newsletter in `sending` it
 * claims one delivery at a time (`pending` → `sending` in the database), sends the e-mail outside
 * any transaction with a deterministic Message-ID and the one-click unsubscribe headers, then
 * marks it `sent`. It stops between two deliveries when the app closes; the next start (the job
 * runs at start-up and every minute) carries on with what is still `pending`. A `sending` row
 * older than the lease is a crash's leftover: it becomes `uncertain` and is never sent again. The
 * newsletter is `sent` when nothing is pending or in flight.
 */
import { and, eq } from 'drizzle-orm';
import {
  afterFailure,
  claimState,
  isFinished,
  renderText,
  subjectOf,
} from '../../../domain/newsletters/index';
import {
  archivePath,
  baseUrl,
  unsubscribeApiPath,
  unsubscribePagePath,
  type NewslettersDeps,
} from './newsletters.deps';
import { unsubscribeToken } from './newsletters.mail';
import {
  claimNextDelivery,
  deliveryCounts,
  findNewsletter,
  findSubscriber,
  markDelivery,
  sendingDeliveries,
  sendingNewsletterIds,
  type NewsletterRow,
} from './newsletters.repo';
import { mailTexts } from './newsletters.service';
import { newsletterDeliveries, newsletters } from './newsletters.table';

/** Runs the job: one newsletter, or (no id: start-up, schedule) every one still sending. */
export async function runSending(deps: NewslettersDeps, newsletterId?: string): Promise<void> {
  const ids = newsletterId ? [newsletterId] : await sendingNewsletterIds(deps.db);
  for (const id of ids) {
    if (deps.stopping()) return;
    await sendNewsletterDeliveries(deps, id);
  }
}

/** Delivers what is pending of one newsletter, then finishes it when nothing is left. */
export async function sendNewsletterDeliveries(deps: NewslettersDeps, id: string): Promise<void> {
  const newsletter = await findNewsletter(deps.db, id);
  if (!newsletter || newsletter.status !== 'sending') return;
  for (;;) {
    if (deps.stopping()) return;
    const claimed = await claimNextDelivery(deps.db, id);
    if (!claimed) break;
    await deliverOne(deps, newsletter, claimed);
  }
  await finish(deps, id);
}

async function deliverOne(
  deps: NewslettersDeps,
  newsletter: NewsletterRow,
  claimed: { subscriberId: string; messageId: string; attempts: number },
): Promise<void> {
  const subscriber = await findSubscriber(deps.db, claimed.subscriberId);
  if (!subscriber || subscriber.status !== 'confirmed' || !deps.mailer) {
    if (!deps.mailer)
      deps.log.info(
        { newsletterId: newsletter.id },
        'SMTP_URL is not set: newsletter delivery skipped',
      );
    await markDelivery(deps.db, newsletter.id, claimed.subscriberId, 'skipped');
    return;
  }
  const base = baseUrl(deps.config);
  const token = unsubscribeToken(deps.config.sessionSecret, subscriber.id);
  const text = renderText(
    newsletter,
    {
      archiveUrl: `${base}${archivePath(newsletter.collaborationId)}`,
      unsubscribeUrl: `${base}${unsubscribePagePath(token)}`,
    },
    mailTexts(subscriber.locale),
  );
  try {
    await deps.mailer.send({
      to: subscriber.email,
      subject: subjectOf(newsletter),
      text,
      messageId: claimed.messageId,
      unsubscribeUrl: `${base}${unsubscribeApiPath(token)}`,
    });
  } catch (err) {
    const next = afterFailure(claimed.attempts);
    await markDelivery(deps.db, newsletter.id, claimed.subscriberId, next);
    // The address is personal data: the log names the newsletter and subscriber id only.
    deps.log.warn(
      { err, newsletterId: newsletter.id, subscriberId: subscriber.id, next },
      'newsletter e-mail failed',
    );
    if (next === 'pending') throw new Error('newsletter e-mail failed; retried later');
    return;
  }
  await markDelivery(deps.db, newsletter.id, claimed.subscriberId, 'sent');
}

/** Leftover claims become `uncertain`; with nothing pending or in flight the newsletter is sent. */
async function finish(deps: NewslettersDeps, id: string): Promise<void> {
  const now = new Date();
  for (const row of await sendingDeliveries(deps.db, id)) {
    if (claimState(row.claimedAt, now) !== 'uncertain') continue;
    await deps.db
      .update(newsletterDeliveries)
      .set({ status: 'uncertain' })
      .where(
        and(
          eq(newsletterDeliveries.newsletterId, id),
          eq(newsletterDeliveries.subscriberId, row.subscriberId),
          eq(newsletterDeliveries.status, 'sending'),
        ),
      );
    deps.log.warn(
      { newsletterId: id, subscriberId: row.subscriberId },
      'newsletter delivery left in sending by a crash: uncertain, not sent again',
    );
  }
  if (!isFinished(await deliveryCounts(deps.db, id))) return;
  await deps.db
    .update(newsletters)
    .set({ status: 'sent', sentAt: now, updatedAt: now })
    .where(and(eq(newsletters.id, id), eq(newsletters.status, 'sending')));
}
