/**
 * The newsletters' e-mail: the same SMTP rules as notifications (forced TLS but for a local relay,
 * src/server/modules/notifications/mailer.ts), with the headers a newsletter needs: a
 * deterministic Message-ID per delivery and the one-click unsubscribe headers (RFC 2369 +
 * RFC 8058). Addresses are never logged.
 */
import { createHmac, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import nodemailer from 'nodemailer';
import { transportOptions } from '../notifications/index';

/** One outgoing newsletter e-mail. */
export interface NewsletterMail {
  to: string;
  subject: string;
  text: string;
  messageId?: string;
  /** The one-click unsubscribe URL (sets List-Unsubscribe and List-Unsubscribe-Post). */
  unsubscribeUrl?: string;
}

export interface NewsletterMailer {
  send(mail: NewsletterMail): Promise<void>;
  close(): void;
}

/** The mailer for SMTP_URL, or null when it is not set (nothing is sent). */
export function createNewsletterMailer(
  smtpUrl: string | undefined,
  from: string,
): NewsletterMailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(transportOptions(smtpUrl));
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        ...(mail.unsubscribeUrl
          ? {
              headers: {
                'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              },
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}

/** SHA-256 hex of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash an address is known by (lower-cased, trimmed). */
export function addressHash(email: string): string {
  return sha256(email.trim().toLowerCase());
}

/** What the audit log shows of an address: the first 12 hex digits of its hash. */
export function auditAddress(email: string): string {
  return `sha256:${addressHash(email).slice(0, 12)}`;
}

/** A new random confirmation token (256 bits) and the hash that is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

function signature(secret: string, subscriberId: string): string {
  return createHmac('sha256', secret)
    .update(`newsletter-unsubscribe:${subscriberId}`)
    .digest('base64url');
}

/**
 * A subscriber's personal unsubscribe token: their id and an HMAC of it under the server's
 * secret. Nothing is stored; it works as long as the secret (SESSION_SECRET) is kept.
 */
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return `${subscriberId}.${signature(secret, subscriberId)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The subscriber id of a valid unsubscribe token, or null. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id, sig] = token.split('.');
  if (!id || !sig || !UUID.test(id)) return null;
  const expected = Buffer.from(signature(secret, id));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
