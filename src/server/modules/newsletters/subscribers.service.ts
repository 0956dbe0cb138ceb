/**
 * Subscribing (double opt-in) and unsubscribing (one click), without an account. A request
 * always gets the same answer whether or not the address is known or confirmed; a new or lapsed
 * address gets a confirmation e-mail with a random token (only its hash is stored, and it
 * expires); a confirmed one gets nothing. The unsubscribe token is the subscriber's id signed
 * with the server's secret. Every change writes one audit row with the address hashed, never in
 * clear; the logs never see an address.
 */
import { eq } from 'drizzle-orm';
import {
  CONFIRM_TOKEN_HOURS,
  onSubscribeRequest,
  tokenExpiresAt,
  tokenState,
} from '../../../domain/newsletters/index';
import type { Subscribe } from '../../../shared/newsletters.contract';
import { mutate, type Actor } from '../../platform/audit';
import { baseUrl, confirmPagePath, type NewslettersDeps } from './newsletters.deps';
import {
  addressHash,
  auditAddress,
  newConfirmToken,
  sha256,
  verifyUnsubscribeToken,
} from './newsletters.mail';
import {
  collaborationName,
  findSubscriber,
  findSubscriberByAddress,
  findSubscriberByToken,
} from './newsletters.repo';
import { newsletterSubscribers } from './newsletters.table';
import { newsletterError, newsletterTextIn } from './newsletters.texts';

/** A confirmation e-mail to send after the transaction commits. */
interface Confirmation {
  email: string;
  token: string;
  locale: 'da' | 'en';
  name: string;
}

/**
 * Records a subscription request and (after commit, not awaited, so the answer takes the same
 * time either way) sends the confirmation e-mail when one is due.
 */
export async function requestSubscription(
  deps: Pick<NewslettersDeps, 'db' | 'config' | 'mailer' | 'log'>,
  actor: Actor,
  collaborationId: string,
  input: Subscribe,
  now: Date,
): Promise<void> {
  const name = await collaborationName(deps.db, collaborationId);
  if (name === null) throw newsletterError('notFound', 'unknownCollaboration');
  const email = input.email.trim();
  const hash = addressHash(email);
  const locale = input.locale ?? 'da';
  const confirmation = await mutate(deps.db, actor, async (tx) => {
    const existing = await findSubscriberByAddress(tx, collaborationId, hash);
    let id = existing?.id;
    let due: Confirmation | null = null;
    if (onSubscribeRequest(existing?.status ?? null) === 'sendConfirmation') {
      const { token, hash: tokenHash } = newConfirmToken();
      const values = {
        email,
        locale,
        status: 'pending' as const,
        confirmTokenHash: tokenHash,
        confirmExpiresAt: tokenExpiresAt(now),
      };
      if (existing) {
        await tx
          .update(newsletterSubscribers)
          .set(values)
          .where(eq(newsletterSubscribers.id, existing.id));
      } else {
        const [row] = await tx
          .insert(newsletterSubscribers)
          .values({ ...values, collaborationId, emailHash: hash })
          .onConflictDoUpdate({
            target: [newsletterSubscribers.collaborationId, newsletterSubscribers.emailHash],
            set: values,
          })
          .returning({ id: newsletterSubscribers.id });
        id = row?.id;
      }
      due = { email, token, locale, name };
    }
    return {
      result: due,
      audit: {
        action: 'newsletter.subscribe',
        entityType: 'newsletterSubscriber',
        entityId: id ?? null,
        summary: `Tilmelding til nyhedsbrev anmodet (${auditAddress(email)})`,
        after: { address: auditAddress(email), locale },
        relatedIds: [collaborationId],
      },
    };
  });
  if (confirmation) {
    void sendConfirmation(deps, confirmation).catch((err: unknown) =>
      deps.log.error({ err, collaborationId }, 'newsletter confirmation e-mail failed'),
    );
  }
}

async function sendConfirmation(
  deps: Pick<NewslettersDeps, 'config' | 'mailer' | 'log'>,
  c: Confirmation,
): Promise<void> {
  if (!deps.mailer) {
    deps.log.info({}, 'SMTP_URL is not set: newsletter confirmation e-mail not sent');
    return;
  }
  const link = `${baseUrl(deps.config)}${confirmPagePath(c.token)}`;
  await deps.mailer.send({
    to: c.email,
    subject: newsletterTextIn(c.locale, 'mail.confirmSubject', { name: c.name }),
    text: newsletterTextIn(c.locale, 'mail.confirmBody', {
      name: c.name,
      link,
      hours: CONFIRM_TOKEN_HOURS,
    }),
  });
}

/** Confirms a subscription by its token (404 when unknown or expired). */
export async function confirmSubscription(
  deps: Pick<NewslettersDeps, 'db'>,
  actor: Actor,
  token: string,
  now: Date,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await findSubscriberByToken(tx, sha256(token));
    if (!row || row.status !== 'pending' || tokenState(row.confirmExpiresAt, now) !== 'valid') {
      throw newsletterError('notFound', 'tokenInvalid');
    }
    await tx
      .update(newsletterSubscribers)
      .set({
        status: 'confirmed',
        confirmedAt: now,
        confirmTokenHash: null,
        confirmExpiresAt: null,
      })
      .where(eq(newsletterSubscribers.id, row.id));
    return {
      result: undefined,
      audit: {
        action: 'newsletter.confirm',
        entityType: 'newsletterSubscriber',
        entityId: row.id,
        summary: `Tilmelding til nyhedsbrev bekræftet (${auditAddress(row.email)})`,
        relatedIds: [row.collaborationId],
      },
    };
  });
}

/** Unsubscribes by the personal token (idempotent; 404 when the token is not valid). */
export async function unsubscribe(
  deps: Pick<NewslettersDeps, 'db' | 'config'>,
  actor: Actor,
  token: string,
  now: Date,
): Promise<void> {
  const id = verifyUnsubscribeToken(deps.config.sessionSecret, token);
  if (!id) throw newsletterError('notFound', 'unsubscribeInvalid');
  await mutate(deps.db, actor, async (tx) => {
    const row = await findSubscriber(tx, id);
    if (!row) throw newsletterError('notFound', 'unsubscribeInvalid');
    if (row.status !== 'unsubscribed') {
      await tx
        .update(newsletterSubscribers)
        .set({
          status: 'unsubscribed',
          unsubscribedAt: now,
          confirmTokenHash: null,
          confirmExpiresAt: null,
        })
        .where(eq(newsletterSubscribers.id, row.id));
    }
    return {
      result: undefined,
      audit: {
        action: 'newsletter.unsubscribe',
        entityType: 'newsletterSubscriber',
        entityId: row.id,
        summary: `Afmeldt nyhedsbrev (${auditAddress(row.email)})`,
        relatedIds: [row.collaborationId],
      },
    };
  });
}
