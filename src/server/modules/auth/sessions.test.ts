/** Session security (ASVS 7.2–7.4): timeouts, fresh tokens, cookie flags, server-side ending. */
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/test-app';
import { sessions } from './index';
import { hashToken, resolveSession } from './sessions';

const COOKIE = 'samspil_session';
const IDLE_MINUTES = 30;
const ABSOLUTE_HOURS = 8;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({
    SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
    SESSION_ABSOLUTE_HOURS: String(ABSOLUTE_HOURS),
  });
});
afterAll(() => ctx.close());

const minutes = (n: number) => n * 60_000;

function sessionCookie(res: LightMyRequestResponse) {
  return (res.cookies as { name: string; value: string; [k: string]: unknown }[]).find(
    (c) => c.name === COOKIE,
  );
}

/** GET /api/auth/me with only this session token, as a replaying client would send it. */
function meWith(token: string) {
  return ctx.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: `${COOKIE}=${token}` },
  });
}

async function emailOf(userId: string): Promise<string> {
  const admin = await ctx.loginAs('admin');
  const users = (await admin.get('/api/users')).json().items as { id: string; email: string }[];
  return users.find((u) => u.id === userId)?.email as string;
}

async function setSession(token: string, patch: Partial<typeof sessions.$inferInsert>) {
  await ctx.database.db
    .update(sessions)
    .set(patch)
    .where(eq(sessions.id, hashToken(token)));
}

describe('session timeouts', () => {
  it('ends a session after the idle timeout, and keeps it while in use', async () => {
    const client = await ctx.loginAs('member');
    const token = client.getCookie(COOKIE) as string;
    await setSession(token, { lastSeenAt: new Date(Date.now() - minutes(IDLE_MINUTES - 1)) });
    expect((await meWith(token)).statusCode).toBe(200);
    // That request refreshed the idle clock.
    const [row] = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    expect(Date.now() - (row?.lastSeenAt.getTime() ?? 0)).toBeLessThan(minutes(1));
    await setSession(token, { lastSeenAt: new Date(Date.now() - minutes(IDLE_MINUTES) - 1000) });
    const res = await meWith(token);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('ends a session at its absolute expiry however active it is', async () => {
    const client = await ctx.loginAs('member');
    const token = client.getCookie(COOKIE) as string;
    const [row] = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    const lifetime = (row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - ABSOLUTE_HOURS * 3_600_000)).toBeLessThan(5_000);
    await setSession(token, { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() });
    expect((await meWith(token)).statusCode).toBe(401);
  });

  it('applies both limits with an injected clock', async () => {
    const client = await ctx.loginAs('reader');
    const token = client.getCookie(COOKIE) as string;
    const policy = { idleMinutes: IDLE_MINUTES, absoluteHours: ABSOLUTE_HOURS };
    const at = (ms: number) => new Date(Date.now() + ms);
    const db = ctx.database.db;
    expect(await resolveSession(db, token, policy, at(minutes(IDLE_MINUTES - 1)))).not.toBeNull();
    // Each use moves the idle clock, but never the absolute expiry.
    expect(
      await resolveSession(db, token, policy, at(minutes(2 * IDLE_MINUTES - 2))),
    ).not.toBeNull();
    expect(await resolveSession(db, token, policy, at(minutes(4 * IDLE_MINUTES)))).toBeNull();
    await setSession(token, { lastSeenAt: at(minutes(ABSOLUTE_HOURS * 60)) });
    expect(
      await resolveSession(db, token, policy, at(minutes(ABSOLUTE_HOURS * 60 + 1))),
    ).toBeNull();
  });
});

describe('session tokens and cookies', () => {
  it('issues a new 256-bit token at every login and stores only its hash', async () => {
    const first = await ctx.loginAs('member');
    const email = await emailOf(first.userId as string);
    const again = await ctx.anonymous().post('/api/auth/login', { email, password: TEST_PASSWORD });
    const tokens = [first.getCookie(COOKIE), sessionCookie(again)?.value];
    expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
    const rows = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, first.userId as string));
    expect(rows.map((r) => r.id).sort()).toEqual(tokens.map((t) => hashToken(t as string)).sort());
  });

  it('ignores a session id planted before login (no fixation)', async () => {
    const client = await ctx.loginAs('member');
    const email = await emailOf(client.userId as string);
    const planted = 'angriberens-valgte-token-angriberens-valgte';
    const csrf = await ctx.anonymous().get('/api/auth/csrf');
    const csrfCookie = (csrf.cookies as { name: string; value: string }[])[0];
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
      headers: {
        cookie: `${COOKIE}=${planted}; ${csrfCookie?.name}=${csrfCookie?.value}`,
        'x-csrf-token': csrf.json().token,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)?.value).not.toBe(planted);
    expect((await meWith(planted)).statusCode).toBe(401);
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ and with the session expiry', async () => {
    const admin = await ctx.loginAs('admin');
    const email = await emailOf(admin.userId as string);
    const res = await ctx.anonymous().post('/api/auth/login', { email, password: TEST_PASSWORD });
    const cookie = sessionCookie(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.domain).toBeUndefined();
    // Cookie dates have whole seconds.
    const expires = new Date(cookie?.expires as string).getTime();
    const sessionEnds = new Date(res.json().session.expiresAt).getTime();
    expect(Math.abs(expires - sessionEnds)).toBeLessThan(1000);
  });

  it('uses a Secure __Host- cookie in production', async () => {
    const prod = await createTestContext({
      NODE_ENV: 'production',
      ALLOW_PGLITE_IN_PRODUCTION: 'true',
    });
    try {
      const client = await prod.loginAs('member');
      expect(client.getCookie('__Host-samspil_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(client.getCookie(COOKIE)).toBeUndefined();
      const me = await client.get('/api/auth/me');
      expect(me.statusCode).toBe(200);
      const email = me.json().user.email;
      const res = await prod
        .anonymous()
        .post('/api/auth/login', { email, password: TEST_PASSWORD });
      const cookie = (res.cookies as { name: string; [k: string]: unknown }[]).find(
        (c) => c.name === '__Host-samspil_session',
      );
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.domain).toBeUndefined();
    } finally {
      await prod.close();
    }
  });
});

describe('ending sessions on the server', () => {
  it('revokes the session at logout, so a replayed cookie no longer works', async () => {
    const client = await ctx.loginAs('member');
    const token = client.getCookie(COOKIE) as string;
    const res = await client.post('/api/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(sessionCookie(res)?.value).toBe('');
    expect((await meWith(token)).statusCode).toBe(401);
    const [row] = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it('lets an admin end all of a user’s sessions', async () => {
    const admin = await ctx.loginAs('admin');
    const member = await ctx.loginAs('member');
    const email = await emailOf(member.userId as string);
    const second = await ctx
      .anonymous()
      .post('/api/auth/login', { email, password: TEST_PASSWORD });
    const tokens = [member.getCookie(COOKIE) as string, sessionCookie(second)?.value as string];
    const res = await admin.post(`/api/users/${member.userId}/revoke-sessions`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revoked: 2 });
    for (const token of tokens) expect((await meWith(token)).statusCode).toBe(401);
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
    const again = await admin.post(`/api/users/${member.userId}/revoke-sessions`);
    expect(again.json()).toEqual({ revoked: 0 });
  });

  it('refuses revoking for a user that does not exist, and for non-admins', async () => {
    const admin = await ctx.loginAs('admin');
    const missing = await admin.post(
      '/api/users/00000000-0000-4000-8000-000000000000/revoke-sessions',
    );
    expect(missing.statusCode).toBe(404);
    const secretariat = await ctx.loginAs('secretariat');
    const res = await secretariat.post(`/api/users/${admin.userId}/revoke-sessions`);
    expect(res.statusCode).toBe(403);
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });
});
