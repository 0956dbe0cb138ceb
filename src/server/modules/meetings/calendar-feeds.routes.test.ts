/**
 * Calendar subscriptions: secret token URLs that calendar apps read without a session. The
 * token is random, stored hashed, shown once, audited without the token, revocable, bound to
 * its one feed; a wrong or revoked token is a 404 problem; and the feed never carries agenda
 * text (the SSU meeting below has closed items).
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALENDAR_FEED_LIMITS,
  type CreatedCalendarFeed,
} from '../../../shared/calendar-feeds.contract';
import { auditLog } from '../audit/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import {
  buildClosedItemMeeting,
  decide,
  publish,
  SECRETS,
  type ClosedItemMeeting,
} from '../../test/closed-item-fixture';
import { calendarFeedTokens } from './feed-tokens.table';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let admin: TestClient;
let meeting: ClosedItemMeeting;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  admin = await ctx.loginAs('admin', 'Administrator');
  meeting = await buildClosedItemMeeting(org, sec);
  await publish(org, meeting);
  await decide(org, meeting);
});
afterAll(() => ctx.close());

async function subscribe(client: TestClient, body: object): Promise<CreatedCalendarFeed> {
  const res = await client.post('/api/calendar/feed-tokens', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CreatedCalendarFeed;
}

const tokenOf = (path: string): string => path.split('/')[4] ?? '';

function expectNotFoundProblem(res: { statusCode: number; json: () => unknown }): void {
  expect(res.statusCode).toBe(404);
  expect(res.json()).toMatchObject({ code: 'notFound', en: { title: expect.any(String) } });
}

describe('a person subscription', () => {
  let created: CreatedCalendarFeed;

  it('is created with a random token shown once and stored only as its hash', async () => {
    created = await subscribe(org.members.ssu.client, { feed: 'person' });
    expect(created.path).toMatch(/^\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\/person\.ics$/);
    expect(created.feed).toMatchObject({ feed: 'person', label: 'Mine møder', forumId: null });
    const token = tokenOf(created.path);
    const [row] = await ctx.database.db
      .select()
      .from(calendarFeedTokens)
      .where(eq(calendarFeedTokens.id, created.feed.id));
    expect(row?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, created.feed.id));
    expect(audit.map((a) => a.action)).toEqual(['calendarFeed.create']);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row?.tokenHash);
    const list = await org.members.ssu.client.get('/api/calendar/feed-tokens');
    expect(list.json().items.map((f: { id: string }) => f.id)).toEqual([created.feed.id]);
    expect(list.body).not.toContain(token);
  });

  it("serves the owner's meetings without a session, and no agenda text", async () => {
    const res = await ctx.anonymous().get(created.path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.body).toContain('BEGIN:VEVENT');
    expect(res.body).toContain('SUMMARY:Sundhedssamarbejdsudvalget: Møde i ssu');
    expect(res.body).not.toMatch(/^DESCRIPTION/m);
    for (const secret of SECRETS) expect(res.body).not.toContain(secret);
  });

  it('is refused to an account without a person ("mine møder" needs one)', async () => {
    const res = await sec.post('/api/calendar/feed-tokens', { feed: 'person' });
    expect([res.statusCode, res.json().code]).toEqual([409, 'conflict']);
  });

  it('stops working once revoked; only its owner can revoke it, once', async () => {
    const other = await admin.delete(`/api/calendar/feed-tokens/${created.feed.id}`);
    expectNotFoundProblem(other);
    const revoked = await org.members.ssu.client.delete(
      `/api/calendar/feed-tokens/${created.feed.id}`,
    );
    expect(revoked.statusCode).toBe(204);
    expectNotFoundProblem(await ctx.anonymous().get(created.path));
    expectNotFoundProblem(
      await org.members.ssu.client.delete(`/api/calendar/feed-tokens/${created.feed.id}`),
    );
    expect((await org.members.ssu.client.get('/api/calendar/feed-tokens')).json().items).toEqual(
      [],
    );
  });
});

describe('a forum subscription', () => {
  it('opens that forum’s feed only, and not the person feed', async () => {
    const reader = await ctx.loginAs('reader', 'Læser');
    const { path, feed } = await subscribe(reader, { feed: 'forum', forumId: org.fora.ssu });
    expect(feed).toMatchObject({ label: 'Sundhedssamarbejdsudvalget', forumId: org.fora.ssu });
    const res = await ctx.anonymous().get(path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('X-WR-CALNAME:Sundhedssamarbejdsudvalget');
    for (const secret of SECRETS) expect(res.body).not.toContain(secret);
    const token = tokenOf(path);
    const anon = ctx.anonymous();
    expectNotFoundProblem(await anon.get(`/api/calendar/feeds/${token}/forum/${org.fora.tss}.ics`));
    expectNotFoundProblem(await anon.get(`/api/calendar/feeds/${token}/person.ics`));
    expectNotFoundProblem(await anon.get(`/api/calendar/feeds/${token}/forum/ikke-et-id.ics`));
  });

  it('refuses an unknown forum', async () => {
    const res = await sec.post('/api/calendar/feed-tokens', {
      feed: 'forum',
      forumId: '00000000-0000-4000-8000-000000000000',
    });
    expectNotFoundProblem(res);
  });
});

describe('the per-user limit', () => {
  it('refuses a subscription beyond the limit with a Danish 409, until one is revoked', async () => {
    const owner = await ctx.loginAs('reader', 'Mange abonnementer');
    const body = { feed: 'forum', forumId: org.fora.ssu };
    let last: CreatedCalendarFeed | null = null;
    for (let i = 0; i < CALENDAR_FEED_LIMITS.perUser; i += 1) last = await subscribe(owner, body);
    const refused = await owner.post('/api/calendar/feed-tokens', body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'conflict',
      detail: expect.stringContaining(`${CALENDAR_FEED_LIMITS.perUser} kalenderabonnementer`),
      en: {
        detail: expect.stringContaining(`${CALENDAR_FEED_LIMITS.perUser} calendar subscriptions`),
      },
    });
    const revoked = await owner.delete(`/api/calendar/feed-tokens/${last?.feed.id ?? ''}`);
    expect(revoked.statusCode).toBeLessThan(300);
    await subscribe(owner, body);
  });
});

describe('wrong tokens', () => {
  it('are 404 problems in Danish and English, whatever their shape', async () => {
    const anon = ctx.anonymous();
    for (const token of ['x', 'A'.repeat(43), '%E2%9C%93', 'a'.repeat(90)]) {
      expectNotFoundProblem(await anon.get(`/api/calendar/feeds/${token}/person.ics`));
      expectNotFoundProblem(
        await anon.get(`/api/calendar/feeds/${token}/forum/${org.fora.ssu}.ics`),
      );
    }
  });

  it('include the token of an owner whose account is disabled', async () => {
    const owner = await ctx.loginAs('reader', 'Snart deaktiveret');
    const { path } = await subscribe(owner, { feed: 'forum', forumId: org.fora.ssu });
    expect((await ctx.anonymous().get(path)).statusCode).toBe(200);
    const disabled = await admin.patch(`/api/users/${owner.userId}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expectNotFoundProblem(await ctx.anonymous().get(path));
  });
});
