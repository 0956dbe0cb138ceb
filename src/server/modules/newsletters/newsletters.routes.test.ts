/**
 * Newsletters end to end (issue 13, point 4) on a real SMTP server and pg-boss: THE ACCEPTANCE
 * (a newsletter built from a period containing a closed agenda item does not contain it, neither
 * in the composed content nor in the e-mail), the public filter on the knowledge bank, double
 * opt-in (an unconfirmed address gets nothing), one-click unsubscribe (a POST without login or
 * CSRF token; afterwards nothing), editing and its refusals, the archive and the Atom feed, and
 * no address in clear in the audit log.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import type { NewsletterDetail } from '../../../shared/newsletters.contract';
import { buildOrganisation, daysFromToday, type OrgFixture } from '../../test/cases-fixtures';
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
import { recordKnowledgeEntry } from '../knowledge/index';
import { newsletterSubscribers } from './newsletters.table';

const PUBLIC_URL = 'https://samspil.example.dk';
const PILOT = 'Pilot: Fælles rehabilitering i Klynge Nord';
const CONFIDENTIAL = 'FORTROLIG-SKALERING-77c1';
let smtp: TestSmtp;
let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let meeting: ClosedItemMeeting;
const period = () => ({ periodFrom: daysFromToday(-1), periodTo: daysFromToday(1) });

const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
const newsletterMailsTo = (address: string, title: string) =>
  mailsTo(address).filter((m) => m.subject === title);
const header = (mail: ReceivedMail, name: string) =>
  mail.raw
    .slice(0, mail.raw.indexOf('\r\n\r\n'))
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();

/** Asks for the newsletter at `address` (anonymous, same answer always). */
async function subscribe(address: string): Promise<void> {
  const res = await ctx
    .anonymous()
    .post(`/api/newsletters/public/${org.collaborationId}/subscribe`, { email: address });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json()).toEqual({ accepted: true });
}

/** The confirmation token from the latest confirmation e-mail to `address`. */
async function confirmationToken(address: string, nth = 1): Promise<string> {
  const mail = await waitFor(() => {
    const found = mailsTo(address).filter((m) => m.subject.startsWith('Bekræft din tilmelding'));
    return found.length >= nth ? found[nth - 1] : undefined;
  });
  const match = /\/newsletters\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match?.[1] ?? '';
}

async function subscribeAndConfirm(address: string): Promise<void> {
  await subscribe(address);
  const token = await confirmationToken(address);
  const res = await ctx.anonymous().post('/api/newsletters/public/confirm', { token });
  expect(res.statusCode, res.body).toBe(200);
}

async function create(title: string): Promise<NewsletterDetail> {
  const res = await sec.post('/api/newsletters', {
    collaborationId: org.collaborationId,
    title,
    ...period(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as NewsletterDetail;
}

async function sendAndWait(id: string): Promise<NewsletterDetail> {
  const res = await sec.post(`/api/newsletters/${id}/send`, {});
  expect(res.statusCode, res.body).toBe(202);
  return waitFor(async () => {
    const detail = (await sec.get(`/api/newsletters/${id}`)).json() as NewsletterDetail;
    return detail.status === 'sent' ? detail : undefined;
  });
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL });
  await startTestJobs(ctx);
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Fælles sekretariat');
  meeting = await buildClosedItemMeeting(org, sec);
  await publish(org, meeting);
  await decide(org, meeting);
  const ssuSec = org.ssuSecretary.client;
  const sent = await ssuSec.post(`/api/agendas/${meeting.meetingId}/minutes/send`, {});
  expect(sent.statusCode, sent.body).toBe(200);
  const closed = await ssuSec.post(`/api/agendas/${meeting.meetingId}/minutes/close`, {});
  expect(closed.statusCode, closed.body).toBe(200);
  expect(closed.json().minutesStatus).toBe('approved');
  const entry = {
    collaborationId: org.collaborationId,
    clusterId: org.clusters.nord,
    forumId: org.fora.klyngeNord,
    summary: 'Et forløb for borgere efter udskrivning.',
    theme: null,
    outcome: null,
    on: daysFromToday(0),
  };
  await recordKnowledgeEntry(ctx.database.db, {
    ...entry,
    kind: 'pilot',
    sourceId: randomUUID(),
    confidential: false,
    title: PILOT,
  });
  await recordKnowledgeEntry(ctx.database.db, {
    ...entry,
    kind: 'scaleUpDecision',
    sourceId: randomUUID(),
    confidential: true,
    title: CONFIDENTIAL,
    summary: CONFIDENTIAL,
  });
}, 120_000);
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('THE ACCEPTANCE: a period with a closed agenda item', () => {
  it('composes, sends and e-mails only what the public may see', async () => {
    await subscribeAndConfirm('anna@borger.example');
    await subscribeAndConfirm('bo@kommune.example');
    await subscribe('ubekraeftet@borger.example');
    const draft = await create('Nyhedsbrev fra Sundhedssamarbejdet');
    const composed = JSON.stringify(draft.content);
    expect(draft.content.sections.map((s) => s.heading)).toEqual(['Beslutninger', 'Nye piloter']);
    expect(composed).toContain(OPEN.last);
    expect(composed).toContain(OPEN.lastDecision);
    expect(composed).toContain(PILOT);
    for (const secret of [...SECRETS, CONFIDENTIAL]) expect(composed).not.toContain(secret);
    // Items without a decision (the first item is information) are not decisions.
    expect(composed).not.toContain(OPEN.first);
    expect(draft.confirmedSubscribers).toBe(2);

    const preview = (await sec.get(`/api/newsletters/${draft.id}/preview`)).json();
    expect(preview.text).toContain(OPEN.lastDecision);
    for (const secret of SECRETS) expect(preview.text).not.toContain(secret);

    const sent = await sendAndWait(draft.id);
    expect(sent.progress).toMatchObject({ total: 2, sent: 2, pending: 0 });
    for (const address of ['anna@borger.example', 'bo@kommune.example']) {
      const mails = newsletterMailsTo(address, draft.title);
      expect(mails).toHaveLength(1);
      const mail = mails[0] as ReceivedMail;
      expect(mail.text).toContain(OPEN.lastDecision);
      expect(mail.text).toContain(PILOT);
      for (const secret of [...SECRETS, CONFIDENTIAL]) {
        expect(mail.raw.includes(secret) || mail.text.includes(secret), secret).toBe(false);
      }
      expect(header(mail, 'List-Unsubscribe')).toMatch(
        new RegExp(
          `^<${PUBLIC_URL}/api/newsletters/public/unsubscribe/[0-9a-f-]{36}\\.[A-Za-z0-9_-]+>$`,
        ),
      );
      expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(header(mail, 'Message-ID')).toMatch(
        /^<newsletter\.[0-9a-f-]{36}\.[0-9a-f-]{36}@samspil\.example\.dk>$/,
      );
      expect(mail.text).toContain(`${PUBLIC_URL}/newsletters/archive/${org.collaborationId}`);
    }
    // Double opt-in: the unconfirmed address got its confirmation e-mail and nothing else.
    expect(newsletterMailsTo('ubekraeftet@borger.example', draft.title)).toHaveLength(0);
    expect(mailsTo('ubekraeftet@borger.example')).toHaveLength(1);
  });
});

describe('subscribing (double opt-in)', () => {
  it('answers the same for a confirmed address and sends it nothing new', async () => {
    const before = mailsTo('anna@borger.example').length;
    await subscribe('anna@borger.example');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo('anna@borger.example')).toHaveLength(before);
  });

  it('refuses an unknown or expired token with a Danish problem', async () => {
    const unknown = await ctx
      .anonymous()
      .post('/api/newsletters/public/confirm', { token: 'x'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain('Linket er ugyldigt eller udløbet');
    await subscribe('sen@borger.example');
    const token = await confirmationToken('sen@borger.example');
    await ctx.database.db
      .update(newsletterSubscribers)
      .set({ confirmExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(newsletterSubscribers.email, 'sen@borger.example'));
    const expired = await ctx.anonymous().post('/api/newsletters/public/confirm', { token });
    expect(expired.statusCode).toBe(404);
  });

  it('refuses a malformed address and an unknown collaboration', async () => {
    const bad = await ctx
      .anonymous()
      .post(`/api/newsletters/public/${org.collaborationId}/subscribe`, {
        email: 'ikke en adresse',
      });
    expect(bad.statusCode).toBe(400);
    const unknown = await ctx
      .anonymous()
      .post(`/api/newsletters/public/${randomUUID()}/subscribe`, { email: 'a@b.dk' });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps addresses out of the audit log (hashed)', async () => {
    const result = (await ctx.database.db.execute(
      sql`select count(*)::int as n from audit_log where (coalesce(summary, '') || coalesce(before::text, '') || coalesce(after::text, '')) ilike '%borger.example%'`,
    )) as unknown as { rows: { n: number }[] };
    expect(result.rows[0]?.n).toBe(0);
    const subscribed = (await ctx.database.db.execute(
      sql`select summary from audit_log where action = 'newsletter.subscribe' limit 1`,
    )) as unknown as { rows: { summary: string }[] };
    expect(subscribed.rows[0]?.summary).toMatch(/sha256:[0-9a-f]{12}/);
  });
});

describe('one-click unsubscribe', () => {
  it('a POST to the List-Unsubscribe URL, without login or CSRF token, stops the newsletters', async () => {
    const [mail] = newsletterMailsTo('bo@kommune.example', 'Nyhedsbrev fra Sundhedssamarbejdet');
    const url = (header(mail as ReceivedMail, 'List-Unsubscribe') ?? '').slice(1, -1);
    const path = new URL(url).pathname;
    const res = await ctx.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ unsubscribed: true });
    const tampered = await ctx.app.inject({
      method: 'POST',
      url: `${path.slice(0, -3)}abc`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(tampered.statusCode).toBe(404);

    const second = await create('Andet nyhedsbrev');
    const sent = await sendAndWait(second.id);
    expect(sent.progress).toMatchObject({ total: 1, sent: 1 });
    expect(newsletterMailsTo('anna@borger.example', 'Andet nyhedsbrev')).toHaveLength(1);
    expect(newsletterMailsTo('bo@kommune.example', 'Andet nyhedsbrev')).toHaveLength(0);
  });
});

describe('editing', () => {
  it('saves an edited draft, refuses a stale version and a sent newsletter', async () => {
    const draft = await create('Redigeret nyhedsbrev');
    const [decisions, pilots] = draft.content.sections;
    const edited = {
      intro: 'Velkommen til nyhedsbrevet.',
      sections: [
        { ...pilots!, items: pilots!.items.map((i) => ({ ...i, title: 'Ny titel på piloten' })) },
        {
          ...decisions!,
          items: [
            ...decisions!.items,
            {
              id: 'manual-1',
              source: 'manual',
              title: 'Læs mere',
              text: '',
              link: 'https://www.rm.dk/',
              on: null,
            },
          ],
        },
      ],
    };
    const saved = await sec.put(`/api/newsletters/${draft.id}`, {
      title: draft.title,
      content: edited,
      version: draft.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json() as NewsletterDetail;
    expect(after.content.sections.map((s) => s.heading)).toEqual(['Nye piloter', 'Beslutninger']);
    expect(after.content.sections[0]?.items[0]?.title).toBe('Ny titel på piloten');
    expect(after.version).toBe(draft.version + 1);
    const stale = await sec.put(`/api/newsletters/${draft.id}`, {
      title: draft.title,
      content: edited,
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
    const badLink = await sec.put(`/api/newsletters/${draft.id}`, {
      title: draft.title,
      content: {
        ...edited,
        sections: [
          {
            ...edited.sections[1],
            items: [{ ...edited.sections[1]!.items.at(-1), link: 'javascript:alert(1)' }],
          },
        ],
      },
      version: after.version,
    });
    expect(badLink.statusCode).toBe(400);
    await sendAndWait(draft.id);
    const late = await sec.put(`/api/newsletters/${draft.id}`, {
      title: draft.title,
      content: edited,
      version: after.version,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('kan ikke ændres');
  });

  it('refuses a reversed period with a Danish problem', async () => {
    const res = await sec.post('/api/newsletters', {
      collaborationId: org.collaborationId,
      title: 'Baglæns',
      periodFrom: daysFromToday(1),
      periodTo: daysFromToday(-1),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Perioden');
  });
});

describe('the public archive and feed', () => {
  it('lists the sent newsletters and shows one, without login', async () => {
    const archive = await ctx
      .anonymous()
      .get(`/api/newsletters/public/${org.collaborationId}/archive`);
    expect(archive.statusCode, archive.body).toBe(200);
    const body = archive.json();
    expect(body.items.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(['Nyhedsbrev fra Sundhedssamarbejdet', 'Andet nyhedsbrev']),
    );
    expect(body.total).toBe(body.items.length);
    const drafts = (
      await sec.get(`/api/newsletters?collaborationId=${org.collaborationId}`)
    ).json();
    expect(drafts.total).toBeGreaterThan(body.total - 1);
    const first = body.items.find((i: { title: string }) => i.title === 'Andet nyhedsbrev');
    const one = await ctx
      .anonymous()
      .get(`/api/newsletters/public/${org.collaborationId}/archive/${first.id}`);
    expect(one.statusCode).toBe(200);
    expect(JSON.stringify(one.json().content)).toContain(OPEN.lastDecision);
    for (const secret of SECRETS) expect(one.body).not.toContain(secret);
    const draft = await create('Ikke sendt');
    const hidden = await ctx
      .anonymous()
      .get(`/api/newsletters/public/${org.collaborationId}/archive/${draft.id}`);
    expect(hidden.statusCode).toBe(404);
  });

  it('serves an Atom feed with absolute links', async () => {
    const res = await ctx
      .anonymous()
      .get(`/api/newsletters/public/${org.collaborationId}/feed.atom`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const doc = xml2js(res.body) as Element;
    const feed = doc.elements?.find((e) => e.name === 'feed') as Element;
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = (feed.elements ?? []).filter((e) => e.name === 'entry');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      const link = entry.elements?.find((e) => e.name === 'link')?.attributes?.href as string;
      expect(link).toMatch(
        new RegExp(`^${PUBLIC_URL}/newsletters/archive/${org.collaborationId}/[0-9a-f-]{36}$`),
      );
    }
    expect(res.body).not.toContain('Ikke sendt');
    for (const secret of SECRETS) expect(res.body).not.toContain(secret);
  });
});
