/**
 * Login throttling: per client address (@fastify/rate-limit, keyed by request.ip, which honours
 * X-Forwarded-For only from TRUST_PROXY) and per account (login_throttle, shared by all servers).
 */
import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/test-app';
import { auditLog } from '../audit/index';
import { sessions } from './auth.table';
import { recordLoginFailure } from './login-throttle';
import { loginThrottle } from './login-throttle.table';

const forwardedFrom = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

async function emailOf(ctx: TestContext, role: 'member' | 'reader' = 'member'): Promise<string> {
  const client = await ctx.loginAs(role);
  return (await client.get('/api/auth/me')).json().user.email as string;
}

/** What a client can observe of a login reply. */
function observable(res: LightMyRequestResponse) {
  return {
    status: res.statusCode,
    contentType: res.headers['content-type'],
    body: res.json() as unknown,
    cookies: (res.cookies as { name: string }[]).map((c) => c.name),
  };
}

describe('the per-address limit without a trusted proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ LOGIN_RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => ctx.close());

  it('ignores X-Forwarded-For: a rotating header still gets 429 at the 11th attempt', async () => {
    const anon = ctx.anonymous();
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i += 1) {
      const res = await anon.post(
        '/api/auth/login',
        { email: `ukendt-${i}@samspil.test`, password: 'forkert-forkert' },
        forwardedFrom(`198.51.100.${i}`),
      );
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
  });
});

describe('behind a trusted proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // app.inject connects from 127.0.0.1: that is the proxy.
    ctx = await createTestContext({ LOGIN_RATE_LIMIT_PER_MINUTE: '10', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(() => ctx.close());

  it('uses the forwarded address for the session and the audit log', async () => {
    const email = await emailOf(ctx);
    const res = await ctx
      .anonymous()
      .post('/api/auth/login', { email, password: TEST_PASSWORD }, forwardedFrom('203.0.113.7'));
    expect(res.statusCode, res.body).toBe(200);
    const userId = res.json().user.id as string;
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ entityId: userId, ip: '203.0.113.7' });
    const [session] = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.createdAt))
      .limit(1);
    expect(session?.ip).toBe('203.0.113.7');
  });

  it('counts each forwarded address on its own', async () => {
    const anon = ctx.anonymous();
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i += 1) {
      const res = await anon.post(
        '/api/auth/login',
        { email: `andet-${i}@samspil.test`, password: 'forkert-forkert' },
        forwardedFrom(`192.0.2.${i}`),
      );
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual(Array<number>(11).fill(401));
  });

  it('backs an account off after five failures, whichever addresses they come from', async () => {
    const email = await emailOf(ctx);
    const anon = ctx.anonymous();
    for (let i = 1; i <= 5; i += 1) {
      const res = await anon.post(
        '/api/auth/login',
        { email, password: 'forkert-forkert' },
        forwardedFrom(`100.64.0.${i}`),
      );
      expect(res.statusCode).toBe(401);
    }
    const right = await anon.post(
      '/api/auth/login',
      { email, password: TEST_PASSWORD },
      forwardedFrom('100.64.0.99'),
    );
    expect(right.statusCode).toBe(401);
    expect(right.json().code).toBe('invalidCredentials');
  });
});

describe('the per-account back-off', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  const lockOf = async (email: string) =>
    (
      await ctx.database.db
        .select()
        .from(loginThrottle)
        .where(eq(loginThrottle.email, email.toLowerCase()))
    )[0];

  async function failFiveTimes(email: string): Promise<void> {
    for (let i = 0; i < 5; i += 1) {
      const res = await ctx
        .anonymous()
        .post('/api/auth/login', { email, password: `forkert-${i}-forkert` });
      expect(res.statusCode).toBe(401);
    }
  }

  it('answers a locked account exactly like a wrong password, even with the right one', async () => {
    const email = await emailOf(ctx);
    const anon = ctx.anonymous();
    const wrong = observable(
      await anon.post('/api/auth/login', { email, password: 'forkert-forkert' }),
    );
    await failFiveTimes(email);
    expect((await lockOf(email))?.lockedUntil).toBeInstanceOf(Date);
    const locked = observable(
      await anon.post('/api/auth/login', { email, password: TEST_PASSWORD }),
    );
    expect(locked).toEqual(wrong);
    expect(locked).toMatchObject({
      status: 401,
      body: { code: 'invalidCredentials', title: 'Forkert e-mail eller adgangskode' },
      cookies: [],
    });
    // An unknown e-mail, locked or not, gives the same answer as well.
    const unknown = 'findes-ikke@samspil.test';
    const first = observable(await anon.post('/api/auth/login', { email: unknown, password: 'x' }));
    await failFiveTimes(unknown);
    const lockedUnknown = observable(
      await anon.post('/api/auth/login', { email: unknown, password: 'x' }),
    );
    expect(first).toEqual(wrong);
    expect(lockedUnknown).toEqual(wrong);
  });

  it('keys unknown e-mails by the lower-cased address, like accounts', async () => {
    await failFiveTimes('Ingen.Konto@Samspil.TEST');
    const row = await lockOf('ingen.konto@samspil.test');
    expect(row).toMatchObject({ email: 'ingen.konto@samspil.test', failures: 5 });
    expect(row?.lockedUntil).toBeInstanceOf(Date);
  });

  it('lets the right password in once the lock has run out, and forgets the failures', async () => {
    const email = await emailOf(ctx);
    await failFiveTimes(email);
    const anon = ctx.anonymous();
    expect(
      (await anon.post('/api/auth/login', { email, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    const past = new Date(Date.now() - 1000);
    await ctx.database.db
      .update(loginThrottle)
      .set({ lockedUntil: past })
      .where(eq(loginThrottle.email, email));
    const res = await anon.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lockOf(email)).toBeUndefined();
  });

  it('counts concurrent failures (several servers) without losing one', async () => {
    const email = 'samtidig@samspil.test';
    const now = new Date();
    await Promise.all(
      Array.from({ length: 5 }, () => recordLoginFailure(ctx.database.db, email, now)),
    );
    const row = await lockOf(email);
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil).toBeInstanceOf(Date);
  });

  it('resets the count on a successful login', async () => {
    const email = await emailOf(ctx);
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 4; i += 1) {
        await ctx.anonymous().post('/api/auth/login', { email, password: 'forkert-forkert' });
      }
      const res = await ctx.anonymous().post('/api/auth/login', { email, password: TEST_PASSWORD });
      expect(res.statusCode, `round ${round}`).toBe(200);
    }
  });
});
