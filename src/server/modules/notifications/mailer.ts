/**
 * Sending e-mail over SMTP (nodemailer) with forced TLS: Datatilsynet requires TLS 1.2 or newer
 * when e-mail may carry confidential data, so the connection must be TLS from the start
 * (`smtps://`) or upgraded with STARTTLS (`requireTLS`), with a verified certificate. Only a
 * server on this machine (localhost, 127.0.0.0/8, ::1: a local relay or a test server) may be
 * reached without TLS. Without SMTP_URL there is no mailer: notifications are recorded only.
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** One e-mail: plain text only (links, never content). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** True for a host on this machine. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The nodemailer transport options for an SMTP URL (`smtp://user:pass@host:587`, `smtps://…`). */
export function transportOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error('SMTP_URL must start with smtp:// or smtps://');
  }
  const secure = url.protocol === 'smtps:';
  const local = isLocalHost(url.hostname);
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !local,
    tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/** The mailer for SMTP_URL, or null when it is not set. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(transportOptions(smtpUrl));
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
