import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('login and sessions', () => {
  it('logs in, shows me, and logs out', async () => {
    const client = await ctx.loginAs('member', 'Mette Medlem');
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      name: 'Mette Medlem',
      role: 'member',
      hasPassword: true,
    });
    expect(me.json().user.passwordHash).toBeUndefined();
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a wrong password with a Danish and English problem and no session', async () => {
    const client = await ctx.loginAs('reader');
    const me = (await client.get('/api/auth/me')).json();
    const anon = ctx.anonymous();
    const res = await anon.post('/api/auth/login', {
      email: me.user.email,
      password: 'forkert-forkert',
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'invalidCredentials',
      title: 'Forkert e-mail eller adgangskode',
      en: { title: 'Wrong e-mail or password' },
    });
    expect((await anon.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('requires the CSRF token on state-changing calls', async () => {
    const client = await ctx.loginAs('member');
    const res = await client.post('/api/auth/logout', undefined, { withoutCsrf: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('validates the login body and answers in both languages', async () => {
    const res = await ctx
      .anonymous()
      .post('/api/auth/login', { email: 'ikke-en-mail', password: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual([
      'body.email',
      'body.password',
    ]);
    expect(body.errors[0].message).toMatch(/e-mail/i);
    expect(body.errors[0].messageEn).toMatch(/email/i);
  });

  it('ends all sessions when an admin disables the account', async () => {
    const admin = await ctx.loginAs('admin');
    const member = await ctx.loginAs('member');
    const res = await admin.patch(`/api/users/${member.userId}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect((await member.get('/api/auth/me')).statusCode).toBe(401);
    const relogin = await ctx
      .anonymous()
      .post('/api/auth/login', { email: res.json().email, password: TEST_PASSWORD });
    expect(relogin.statusCode).toBe(401);
  });

  it('lets a reader read but not administer', async () => {
    const reader = await ctx.loginAs('reader');
    expect((await reader.get('/api/users')).statusCode).toBe(403);
    expect(
      (await reader.post('/api/users', { email: 'x@y.dk', name: 'X', role: 'admin' })).statusCode,
    ).toBe(403);
  });

  it('rate-limits login attempts', async () => {
    const strict = await createTestContext({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const anon = strict.anonymous();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push(
          (await anon.post('/api/auth/login', { email: 'nobody@samspil.test', password: 'x' }))
            .statusCode,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });
});
