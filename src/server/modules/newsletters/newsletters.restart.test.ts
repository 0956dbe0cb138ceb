/**
 * THE ACCEPTANCE for sending: the app is stopped in the middle of sending a newsletter (after the
 * first deliveries, while the rest wait), a new app starts on the same database and the job
 * finishes: every subscriber has exactly one copy at the SMTP server. Also the crash window: a
 * delivery left `sending` by a process that died right after the SMTP server accepted it is not
 * sent again (it becomes `uncertain`), so that subscriber too has exactly one copy.
 */
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { buildOrganisation, daysFromToday, type OrgFixture } from '../../test/cases-fixtures';
import { testJobsConnection, waitFor } from '../../test/jobs';
import { decodeMail, type ReceivedMail } from '../../test/smtp';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import type { FastifyInstance } from 'fastify';
import { addressHash } from './newsletters.mail';
import { newsletterDeliveries, newsletters, newsletterSubscribers } from './newsletters.table';

const SUBSCRIBERS = 6;
const DELAY_MS = 250;
const messages: ReceivedMail[] = [];
let server: SMTPServer;
let smtpUrl: string;
let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let second: FastifyInstance | null = null;

/** A test SMTP server that takes DELAY_MS per message (so a send can be interrupted). */
async function startSlowSmtp(): Promise<void> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        setTimeout(() => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          messages.push(decodeMail(Buffer.concat(chunks).toString('utf8'), to));
          callback();
        }, DELAY_MS);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}

const address = (i: number) => `abonnent-${i}@eksempel.dk`;

beforeAll(async () => {
  await startSlowSmtp();
  ctx = await createTestContext({ SMTP_URL: smtpUrl, PUBLIC_URL: 'https://samspil.example.dk' });
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Fælles sekretariat');
  // Confirmed subscribers (the opt-in itself is tested in newsletters.routes.test.ts).
  await ctx.database.db.insert(newsletterSubscribers).values(
    Array.from({ length: SUBSCRIBERS }, (_, i) => ({
      collaborationId: org.collaborationId,
      email: address(i),
      emailHash: addressHash(address(i)),
      status: 'confirmed' as const,
      confirmedAt: new Date(),
    })),
  );
}, 120_000);

afterAll(async () => {
  await second?.close();
  await ctx.app.close();
  await ctx.database.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('sending survives a restart without sending twice', () => {
  it('stops mid-send, resumes in a new app on the same database, one copy each', async () => {
    await ctx.app.jobs.start(await testJobsConnection(ctx.database), {
      pollingIntervalSeconds: 0.5,
    });
    const created = await sec.post('/api/newsletters', {
      collaborationId: org.collaborationId,
      title: 'Nyhedsbrev med genstart',
      periodFrom: daysFromToday(-7),
      periodTo: daysFromToday(0),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const sent = await sec.post(`/api/newsletters/${id}/send`, {});
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json().progress).toMatchObject({ total: SUBSCRIBERS, sent: 0 });

    // The first delivery has reached the SMTP server: stop the app (the job stops between two
    // deliveries; the queue is stopped with it).
    await waitFor(() => (messages.length >= 1 ? true : undefined));
    await ctx.app.close();
    const db = ctx.database.db;
    const counts = async () => {
      const rows = await db
        .select({ status: newsletterDeliveries.status, n: sql<number>`count(*)::int` })
        .from(newsletterDeliveries)
        .where(eq(newsletterDeliveries.newsletterId, id))
        .groupBy(newsletterDeliveries.status);
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    };
    const stopped = await counts();
    expect(stopped.sending ?? 0).toBe(0);
    expect(stopped.pending, JSON.stringify(stopped)).toBeGreaterThanOrEqual(2);
    expect(messages.length).toBe(stopped.sent);

    // The crash window: a process claimed one delivery, the SMTP server accepted the e-mail, and
    // the process died before marking it sent (the row stays `sending`, claimed long ago).
    const [victim] = await db
      .select({
        subscriberId: newsletterDeliveries.subscriberId,
        messageId: newsletterDeliveries.messageId,
      })
      .from(newsletterDeliveries)
      .where(
        and(eq(newsletterDeliveries.newsletterId, id), eq(newsletterDeliveries.status, 'pending')),
      )
      .limit(1);
    const [victimRow] = await db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.id, victim!.subscriberId));
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({
      from: 'samspil@example.dk',
      to: victimRow!.email,
      subject: 'Nyhedsbrev med genstart',
      text: 'sent by the process that crashed',
      messageId: victim!.messageId,
    });
    transport.close();
    await db
      .update(newsletterDeliveries)
      .set({ status: 'sending', claimedAt: new Date(Date.now() - 10 * 60_000), attempts: 1 })
      .where(
        and(
          eq(newsletterDeliveries.newsletterId, id),
          eq(newsletterDeliveries.subscriberId, victim!.subscriberId),
        ),
      );

    // A new app on the same database: the job runs at start-up and finishes the newsletter.
    second = await buildApp({
      config: ctx.config,
      database: ctx.database,
      webDist: '/nonexistent',
    });
    await second.ready();
    await second.jobs.start(await testJobsConnection(ctx.database), {
      pollingIntervalSeconds: 0.5,
    });
    await waitFor(async () => {
      const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id));
      return row?.status === 'sent' ? row : undefined;
    }, 30_000);

    const perRecipient = new Map<string, number>();
    for (const m of messages)
      for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(Object.fromEntries(perRecipient)).toEqual(
      Object.fromEntries(Array.from({ length: SUBSCRIBERS }, (_, i) => [address(i), 1])),
    );
    const final = await counts();
    expect(final).toEqual({ sent: SUBSCRIBERS - 1, uncertain: 1 });
    // Each copy carries its delivery's deterministic Message-ID (headers unfolded).
    const ids = new Set(
      messages.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw.replace(/\r\n[ \t]+/g, ' '))?.[1]),
    );
    expect(
      [...ids].every((i) =>
        /^<newsletter\.[0-9a-f-]{36}\.[0-9a-f-]{36}@samspil\.example\.dk>$/.test(i ?? ''),
      ),
    ).toBe(true);
    expect(ids.size).toBe(SUBSCRIBERS);
  }, 90_000);
});
