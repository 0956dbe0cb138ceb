/**
 * Ending sessions (ASVS 7.2.4, 7.4.1, 7.4.5): logout clears the very cookie that was set, a new
 * login replaces the browser's live session, and admins see and end single sessions.
 */
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  TEST_PASSWORD,
  type TestClient,
  type TestContext,
} from '../../test/test-app';
import { auditLog } from '../audit/index';
import { sessions } from './auth.table';
import { hashToken } from './sessions';

const COOKIE = 'samspil_session';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const emailOf = async (client: TestClient) =>
  (await client.get('/api/auth/me')).json().user.email as string;

const meWith = (token: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${COOKIE}=${token}` } });

async function lastAudit(action: string) {
  const [row] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

describe('logout in production', () => {
  it('clears the __Host- cookie with the attributes it was set with', async () => {
    const prod = await createTestContext({
      NODE_ENV: 'production',
      ALLOW_PGLITE_IN_PRODUCTION: 'true',
    });
    try {
      const client = await prod.loginAs('member');
      const res = await client.post('/api/auth/logout');
      expect(res.statusCode).toBe(204);
      const setCookie = [res.headers['set-cookie'] ?? []].flat();
      const cleared = setCookie.find((c) => c.startsWith('__Host-samspil_session='));
      expect(cleared, setCookie.join('\n')).toBeDefined();
      const attributes = (cleared as string).split(/;\s*/);
      expect(attributes[0]).toBe('__Host-samspil_session=');
      expect(attributes).toEqual(
        expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']),
      );
      expect(attributes.some((a) => a === 'Max-Age=0' || /^Expires=Thu, 01 Jan 1970/.test(a))).toBe(
        true,
      );
      expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
    } finally {
      await prod.close();
    }
  });
});

describe('a new login', () => {
  it('revokes the live session the browser still held, in the audited login', async () => {
    const client = await ctx.loginAs('member');
    const old = client.getCookie(COOKIE) as string;
    const email = await emailOf(client);
    const res = await client.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = client.getCookie(COOKIE) as string;
    expect(fresh).not.toBe(old);
    expect((await meWith(old)).statusCode).toBe(401);
    expect((await meWith(fresh)).statusCode).toBe(200);
    const [row] = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(old)));
    expect(row?.revokedAt).toBeInstanceOf(Date);
    expect(await lastAudit('auth.login')).toMatchObject({
      entityId: client.userId,
      after: { replacedSession: hashToken(old).slice(0, 16) },
    });
  });

  it('leaves the user’s other sessions alone', async () => {
    const first = await ctx.loginAs('reader');
    const email = await emailOf(first);
    const second = ctx.anonymous();
    expect(
      (await second.post('/api/auth/login', { email, password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('admins and a user’s sessions', () => {
  let admin: TestClient;
  beforeAll(async () => {
    admin = await ctx.loginAs('admin');
  });

  it('lists live sessions with a short reference, never the session id or token', async () => {
    const member = await ctx.loginAs('member');
    const email = await emailOf(member);
    const other = ctx.anonymous();
    await other.post(
      '/api/auth/login',
      { email, password: TEST_PASSWORD },
      {
        headers: { 'user-agent': 'Testbrowser/1.0' },
      },
    );
    const res = await admin.get(`/api/users/${member.userId}/sessions`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    for (const token of [member.getCookie(COOKIE), other.getCookie(COOKIE)] as string[]) {
      expect(res.body).not.toContain(token);
      expect(res.body).not.toContain(hashToken(token));
      expect(items.map((i) => i.id)).toContain(hashToken(token).slice(0, 16));
    }
    expect(items[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      ip: '127.0.0.1',
      userAgent: 'Testbrowser/1.0',
      method: 'password',
      current: false,
    });
    for (const key of ['createdAt', 'lastSeenAt', 'expiresAt'])
      expect(Number.isNaN(Date.parse(items[0]?.[key] as string))).toBe(false);
  });

  it('marks the session the admin is using as current', async () => {
    const res = await admin.get(`/api/users/${admin.userId}/sessions`);
    const mine = hashToken(admin.getCookie(COOKIE) as string).slice(0, 16);
    const items = res.json().items as { id: string; current: boolean }[];
    expect(items.filter((i) => i.current).map((i) => i.id)).toEqual([mine]);
  });

  it('leaves out revoked, expired and idle sessions', async () => {
    const member = await ctx.loginAs('member');
    const email = await emailOf(member);
    const tokens: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const c = ctx.anonymous();
      await c.post('/api/auth/login', { email, password: TEST_PASSWORD });
      tokens.push(c.getCookie(COOKIE) as string);
    }
    const [expired, idle, loggedOut] = tokens.map(hashToken) as [string, string, string];
    const db = ctx.database.db;
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, expired));
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 24 * 3_600_000) })
      .where(eq(sessions.id, idle));
    await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, loggedOut));
    const res = await admin.get(`/api/users/${member.userId}/sessions`);
    const ids = (res.json().items as { id: string }[]).map((i) => i.id);
    expect(ids).toEqual([hashToken(member.getCookie(COOKIE) as string).slice(0, 16)]);
  });

  it('ends one session, audited, and leaves the others running', async () => {
    const member = await ctx.loginAs('member');
    const email = await emailOf(member);
    const other = ctx.anonymous();
    await other.post('/api/auth/login', { email, password: TEST_PASSWORD });
    const ref = hashToken(other.getCookie(COOKIE) as string).slice(0, 16);
    const res = await admin.delete(`/api/users/${member.userId}/sessions/${ref}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await member.get('/api/auth/me')).statusCode).toBe(200);
    expect(await lastAudit('user.endSession')).toMatchObject({
      actorUserId: admin.userId,
      entityId: member.userId,
      after: { session: ref },
    });
    const list = await admin.get(`/api/users/${member.userId}/sessions`);
    expect((list.json().items as unknown[]).length).toBe(1);
    const again = await admin.delete(`/api/users/${member.userId}/sessions/${ref}`);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({
      code: 'notFound',
      en: { detail: 'The session was not found' },
    });
  });

  it('refuses a session of another user, an unknown user and a malformed reference', async () => {
    const member = await ctx.loginAs('member');
    const reader = await ctx.loginAs('reader');
    const ref = hashToken(member.getCookie(COOKIE) as string).slice(0, 16);
    expect((await admin.delete(`/api/users/${reader.userId}/sessions/${ref}`)).statusCode).toBe(
      404,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await admin.get(`/api/users/${missing}/sessions`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/users/${missing}/sessions/${ref}`)).statusCode).toBe(404);
    const full = hashToken(member.getCookie(COOKIE) as string);
    expect((await admin.delete(`/api/users/${member.userId}/sessions/${full}`)).statusCode).toBe(
      400,
    );
    expect((await member.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('is for admins only', async () => {
    const secretariat = await ctx.loginAs('secretariat');
    const member = await ctx.loginAs('member');
    const ref = hashToken(member.getCookie(COOKIE) as string).slice(0, 16);
    const list = await secretariat.get(`/api/users/${member.userId}/sessions`);
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('forbidden');
    const end = await member.delete(`/api/users/${member.userId}/sessions/${ref}`);
    expect(end.statusCode).toBe(403);
    expect((await ctx.anonymous().get(`/api/users/${member.userId}/sessions`)).statusCode).toBe(
      401,
    );
    expect((await member.get('/api/auth/me')).statusCode).toBe(200);
  });
});
