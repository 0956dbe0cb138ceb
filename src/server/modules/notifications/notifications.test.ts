/**
 * Notification e-mails end to end, through pg-boss on the test database and a real SMTP server:
 * who gets which e-mail, in their language, with a link and never a closed item's text (nor any
 * item or case text); each change is notified once; without SMTP_URL nothing is sent and
 * nothing breaks.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';
import {
  buildClosedItemMeeting,
  decide,
  OPEN,
  publish,
  SECRETS,
  type ClosedItemMeeting,
} from '../../test/closed-item-fixture';
import { startTestJobs, waitFor } from '../../test/jobs';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../../test/smtp';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { users } from '../auth/index';
import { caseDeps } from '../cases/index';
import { notifications, scanNotifications } from './index';

const PUBLIC_URL = 'https://samspil.example.dk';
let smtp: TestSmtp;
let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let meeting: ClosedItemMeeting;

async function emailOf(client: TestClient): Promise<string> {
  const [row] = await ctx.database.db
    .select()
    .from(users)
    .where(eq(users.id, client.userId ?? ''));
  return row?.email ?? '';
}

/** Waits for the e-mail to `client` whose subject starts with `subject`. */
async function mailTo(client: TestClient, subject: string): Promise<ReceivedMail> {
  const to = await emailOf(client);
  return waitFor(() =>
    smtp.messages.find((m) => m.to.includes(to) && m.subject.startsWith(subject)),
  );
}

function expectLinkOnly(mail: ReceivedMail, link: string): void {
  expect(mail.text).toContain(link);
  for (const text of [...SECRETS, OPEN.first, OPEN.last, OPEN.caseTitle, OPEN.lastDecision]) {
    expect(mail.text.includes(text) || mail.subject.includes(text), `e-mail shows ${text}`).toBe(
      false,
    );
    expect(mail.raw.includes(text), `raw e-mail shows ${text}`).toBe(false);
  }
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL });
  await startTestJobs(ctx);
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariat');
  meeting = await buildClosedItemMeeting(org, sec);
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('e-mail notifications', () => {
  it('publishing the agenda e-mails the invited participants a link, no item text', async () => {
    await publish(org, meeting);
    const link = `${PUBLIC_URL}/meetings/${meeting.meetingId}/agenda`;
    for (const participant of [org.members.ssu.client, org.ssuSecretary.client]) {
      const mail = await mailTo(participant, 'Dagsorden udsendt: Sundhedssamarbejdsudvalget,');
      expectLinkOnly(mail, link);
      expect(mail.text).toMatch(/er udsendt\./);
    }
    const substitute = await emailOf(org.ssuSubstitute.client);
    expect(smtp.messages.some((m) => m.to.includes(substitute))).toBe(false);
  });

  it('sends the draft for review to the reviewers, in their language', async () => {
    const reviewer = await ctx.loginAs('reader', 'Engelsk læser');
    await ctx.database.db
      .update(users)
      .set({ locale: 'en' })
      .where(eq(users.id, reviewer.userId ?? ''));
    const draft = await createMeeting(sec, org, 'tema', daysFromToday(25));
    const add = await sec.post(`/api/agendas/${draft}/items`, {
      kind: 'free',
      title: 'Punkt',
      type: 'information',
    });
    expect(add.statusCode, add.body).toBe(201);
    const sent = await sec.post(`/api/agendas/${draft}/review`, {
      reviewerUserIds: [reviewer.userId],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const mail = await mailTo(reviewer, 'Draft agenda for review: Temagruppe Forebyggelse,');
    expectLinkOnly(mail, `${PUBLIC_URL}/meetings/${draft}/agenda`);
    expect(mail.text).toContain('Read and comment on the draft in Samspil:');
  });

  it('tells the raising forum that a case was decided, and the approvers of the minutes', async () => {
    await decide(org, meeting);
    const decided = await mailTo(
      org.members.klyngeNord.client,
      'Endelig beslutning i en sag fra Klynge Nord',
    );
    expectLinkOnly(decided, `${PUBLIC_URL}/cases/${meeting.caseId}`);
    const send = await org.ssuSecretary.client.post(
      `/api/agendas/${meeting.meetingId}/minutes/send`,
      {},
    );
    expect(send.statusCode, send.body).toBe(200);
    const minutes = await mailTo(
      org.members.ssu.client,
      'Referat til godkendelse: Sundhedssamarbejdsudvalget,',
    );
    expectLinkOnly(minutes, `${PUBLIC_URL}/meetings/${meeting.meetingId}/minutes`);
    const secretary = await emailOf(org.ssuSecretary.client);
    expect(
      smtp.messages.some((m) => m.to.includes(secretary) && m.subject.startsWith('Referat')),
    ).toBe(false);
  });

  it('notifies each change once and records every e-mail as sent', async () => {
    const deps = {
      cases: caseDeps(ctx.database.db),
      jobs: ctx.app.jobs,
      mailer: null,
      publicUrl: PUBLIC_URL,
      log: ctx.app.log,
    };
    expect(await scanNotifications(deps)).toBe(0);
    const rows = await ctx.database.db.select().from(notifications);
    expect(rows.length).toBe(smtp.messages.length);
    await waitFor(async () => {
      const states = await ctx.database.db
        .select({ status: notifications.status })
        .from(notifications);
      return states.every((s) => s.status === 'sent') ? true : undefined;
    });
    const pairs = rows.map((r) => `${r.source}|${r.userId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('without SMTP_URL', () => {
  let plain: TestContext;
  beforeAll(async () => {
    plain = await createTestContext();
    await startTestJobs(plain);
  });
  afterAll(() => plain.close());

  it('records the notifications as not sent, and the change itself succeeds', async () => {
    const o = await buildOrganisation(plain);
    const m = await buildClosedItemMeeting(o, await plain.loginAs('secretariat'));
    await publish(o, m);
    const ids = [o.members.ssu.client.userId ?? '', o.ssuSecretary.client.userId ?? ''];
    const rows = await waitFor(async () => {
      const found = await plain.database.db
        .select()
        .from(notifications)
        .where(inArray(notifications.userId, ids));
      return found.length === 2 && found.every((r) => r.status === 'notSent') ? found : undefined;
    });
    for (const row of rows) expect(row.body).toContain(`/meetings/${m.meetingId}/agenda`);
  });
});
