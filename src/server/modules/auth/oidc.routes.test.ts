/**
 * OIDC login end to end against a real provider (oidc-provider 9): the app is injected, the
 * browser side at the provider is driven with fetch and a cookie jar.
 */
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { startTestProvider, TestBrowser, type TestProvider } from '../../test/oidc-provider';
import { createTestContext, type TestContext } from '../../test/test-app';
import { auditLog, countAudit } from '../audit/index';
import { createUser, sessions, updateUser, users } from './index';
import { replaceGrants, userScopes } from '../access/index';

const REDIRECT_URI = 'http://localhost/api/auth/oidc/callback';
const FLOW_COOKIE = 'samspil_oidc';
const SESSION_COOKIE = 'samspil_session';

let provider: TestProvider;
let ctx: TestContext;

beforeAll(async () => {
  provider = await startTestProvider(REDIRECT_URI);
  ctx = await createTestContext({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URI: REDIRECT_URI,
    OIDC_ALLOW_INSECURE: 'true',
    OIDC_DEFAULT_ROLE: 'member',
    OIDC_GROUP_SCOPES: JSON.stringify({
      'ssu-syd': ['region:Syddanmark'],
      landsdaekkende: ['all'],
    }),
  });
});
afterAll(async () => {
  await ctx?.close();
  await provider?.close();
});

function cookieOf(res: LightMyRequestResponse, name: string) {
  return (res.cookies as { name: string; value: string; [k: string]: unknown }[]).find(
    (c) => c.name === name,
  );
}

/** Starts a login at the app and completes it at the provider; returns the callback to inject. */
async function loginAtProvider(subject: string): Promise<{ callback: URL; flow: string }> {
  const start = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
  expect(start.statusCode).toBe(302);
  const flow = cookieOf(start, FLOW_COOKIE)?.value;
  expect(flow).toBeTruthy();
  const callback = await new TestBrowser().authorize(
    start.headers.location as string,
    subject,
    REDIRECT_URI,
  );
  return { callback, flow: flow as string };
}

/** Injects the callback as the browser would, with the flow cookie. */
function injectCallback(callback: URL, flow: string | null): Promise<LightMyRequestResponse> {
  return ctx.app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: flow === null ? {} : { cookie: `${FLOW_COOKIE}=${flow}` },
  });
}

/** Logs in through the provider and returns the callback response and the audit delta. */
async function fullLogin(subject: string) {
  const { callback, flow } = await loginAtProvider(subject);
  const before = await countAudit(ctx.database.db);
  const res = await injectCallback(callback, flow);
  return { res, auditDelta: (await countAudit(ctx.database.db)) - before, callback, flow };
}

async function me(sessionToken: string) {
  const client = ctx.anonymous();
  client.setCookie(SESSION_COOKIE, sessionToken);
  return client.get('/api/auth/me');
}

function usersWithSubject(subject: string) {
  return ctx.database.db.select().from(users).where(eq(users.oidcSubject, subject));
}

function expectRefused(res: LightMyRequestResponse, error: string): void {
  expect(res.statusCode).toBe(302);
  expect(res.headers.location).toBe(`/login?error=${error}`);
  expect(cookieOf(res, SESSION_COOKIE)).toBeUndefined();
}

/** Re-signs the flow cookie with one field changed (the test knows the cookie secret). */
function forgeFlow(flow: string, patch: Record<string, unknown>): string {
  const unsigned = ctx.app.unsignCookie(decodeURIComponent(flow));
  expect(unsigned.valid).toBe(true);
  const value = { ...JSON.parse(unsigned.value as string), ...patch };
  return encodeURIComponent(ctx.app.signCookie(JSON.stringify(value)));
}

describe('OIDC login', () => {
  it('redirects to the provider with PKCE S256, state and nonce in a signed flow cookie', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(res.statusCode).toBe(302);
    const url = new URL(res.headers.location as string);
    expect(url.origin).toBe(provider.issuer);
    const q = url.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(provider.clientId);
    expect(q.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(q.get('scope')).toContain('openid');
    expect(q.get('code_challenge_method')).toBe('S256');
    const cookie = cookieOf(res, FLOW_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(Number(cookie?.maxAge)).toBeLessThanOrEqual(600);
    const unsigned = ctx.app.unsignCookie(decodeURIComponent(cookie?.value as string));
    expect(unsigned.valid).toBe(true);
    const flow = JSON.parse(unsigned.value as string);
    expect(q.get('state')).toBe(flow.state);
    expect(q.get('nonce')).toBe(flow.nonce);
    const challenge = createHash('sha256').update(flow.verifier).digest('base64url');
    expect(q.get('code_challenge')).toBe(challenge);
  });

  it('provisions an account keyed by issuer and subject, with one audit row', async () => {
    provider.accounts.set('sub-anna', { email: 'Anna@Region.dk', name: 'Anna Andersen' });
    const { res, auditDelta, flow } = await fullLogin('sub-anna');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    // Cleared with the attributes it was set with (in production also Secure, for __Host-).
    expect(cookieOf(res, FLOW_COOKIE)).toMatchObject({
      value: '',
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
    });
    const session = cookieOf(res, SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(flow).not.toBe(session?.value);
    const mine = await me(session?.value as string);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().user).toMatchObject({
      name: 'Anna Andersen',
      email: 'anna@region.dk',
      role: 'member',
      hasPassword: false,
      oidcIssuer: provider.issuer,
    });
    const rows = await usersWithSubject('sub-anna');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ oidcIssuer: provider.issuer, passwordHash: null });
    expect(auditDelta).toBe(1);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rows[0]?.id as string));
    expect(audit).toMatchObject({ action: 'auth.login', actorUserId: rows[0]?.id });
    expect(audit?.after).toMatchObject({ method: 'oidc', provisioned: true });
    const stored = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, rows[0]?.id as string));
    expect(stored.map((s) => s.method)).toEqual(['oidc']);
  });

  it('maps the groups claim to scopes at each login, leaving those the admin gave', async () => {
    provider.accounts.set('sub-grete', {
      email: 'grete@region.dk',
      name: 'Grete Gruppe',
      groups: ['ssu-syd', 'ukendt-gruppe'],
    });
    const first = await fullLogin('sub-grete');
    expect(first.res.headers.location).toBe('/');
    const [user] = await usersWithSubject('sub-grete');
    const grants = () =>
      ctx.database.db
        .select({ kind: userScopes.kind, target: userScopes.target, source: userScopes.source })
        .from(userScopes)
        .where(eq(userScopes.userId, user?.id as string))
        .orderBy(userScopes.kind);
    expect(await grants()).toEqual([{ kind: 'region', target: 'Syddanmark', source: 'oidc' }]);
    await replaceGrants(ctx.database.db, user?.id as string, 'manual', [
      { kind: 'forum', target: '00000000-0000-4000-8000-000000000001' },
    ]);
    provider.accounts.set('sub-grete', {
      email: 'grete@region.dk',
      name: 'Grete Gruppe',
      groups: [],
    });
    await fullLogin('sub-grete');
    expect(await grants()).toEqual([
      { kind: 'forum', target: '00000000-0000-4000-8000-000000000001', source: 'manual' },
    ]);
  });

  it('reuses the account on the next login, even when the e-mail claim changed', async () => {
    provider.accounts.set('sub-bent', { email: 'bent@region.dk', name: 'Bent Berg' });
    const first = await fullLogin('sub-bent');
    const firstMe = (await me(cookieOf(first.res, SESSION_COOKIE)?.value as string)).json();
    provider.accounts.set('sub-bent', { email: 'bent.berg@region.dk', name: 'Bent Berg' });
    const second = await fullLogin('sub-bent');
    expect(second.res.headers.location).toBe('/');
    expect(second.auditDelta).toBe(1);
    const token = cookieOf(second.res, SESSION_COOKIE)?.value as string;
    expect(token).not.toBe(cookieOf(first.res, SESSION_COOKIE)?.value);
    const secondMe = (await me(token)).json();
    expect(secondMe.user.id).toBe(firstMe.user.id);
    expect(secondMe.user.email).toBe('bent@region.dk');
    expect(await usersWithSubject('sub-bent')).toHaveLength(1);
  });

  it('revokes the live session the browser still held, in the audited login', async () => {
    provider.accounts.set('sub-clara', { email: 'clara@region.dk', name: 'Clara Colding' });
    const first = await fullLogin('sub-clara');
    const old = cookieOf(first.res, SESSION_COOKIE)?.value as string;
    const { callback, flow } = await loginAtProvider('sub-clara');
    const res = await ctx.app.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `${FLOW_COOKIE}=${flow}; ${SESSION_COOKIE}=${old}` },
    });
    expect(res.headers.location).toBe('/');
    const fresh = cookieOf(res, SESSION_COOKIE)?.value as string;
    expect(fresh).not.toBe(old);
    expect((await me(old)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const oldRef = createHash('sha256').update(old).digest('hex').slice(0, 16);
    expect(audit?.after).toMatchObject({ method: 'oidc', replacedSession: oldRef });
  });

  it('never links an identity to an existing account by e-mail', async () => {
    const local = await createUser(ctx.database.db, SYSTEM_ACTOR, {
      email: 'carl@kommune.dk',
      name: 'Carl Lokal',
      role: 'admin',
      password: 'en-lang-adgangskode-til-carl',
    });
    provider.accounts.set('sub-carl', { email: 'CARL@kommune.dk', name: 'Carl Fremmed' });
    const { res, auditDelta } = await fullLogin('sub-carl');
    expectRefused(res, 'oidc-email-taken');
    expect(auditDelta).toBe(0);
    expect(await usersWithSubject('sub-carl')).toHaveLength(0);
    const [row] = await ctx.database.db.select().from(users).where(eq(users.id, local.id));
    expect(row).toMatchObject({ oidcIssuer: null, oidcSubject: null, role: 'admin' });
  });

  it('refuses a disabled account and an identity without a usable e-mail', async () => {
    provider.accounts.set('sub-dora', { email: 'dora@region.dk', name: 'Dora' });
    expect((await fullLogin('sub-dora')).res.headers.location).toBe('/');
    const [dora] = await usersWithSubject('sub-dora');
    await updateUser(ctx.database.db, SYSTEM_ACTOR, dora?.id as string, { disabled: true });
    const disabled = await fullLogin('sub-dora');
    expectRefused(disabled.res, 'oidc-disabled');
    expect(disabled.auditDelta).toBe(0);

    provider.accounts.set('sub-erik', { name: 'Erik uden e-mail' });
    expectRefused((await fullLogin('sub-erik')).res, 'oidc-email-missing');
    provider.accounts.set('sub-fie', { email: 'fie@region.dk', email_verified: false });
    expectRefused((await fullLogin('sub-fie')).res, 'oidc-email-missing');
    expect(await usersWithSubject('sub-erik')).toHaveLength(0);
    expect(await usersWithSubject('sub-fie')).toHaveLength(0);
  });

  it('rejects a tampered state, a wrong nonce and a missing or forged flow cookie', async () => {
    provider.accounts.set('sub-gry', { email: 'gry@region.dk', name: 'Gry' });
    const { callback, flow } = await loginAtProvider('sub-gry');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'angriberens-state');
    const attempts = [
      await injectCallback(tampered, flow),
      await injectCallback(callback, forgeFlow(flow, { nonce: 'en-anden-nonce' })),
      await injectCallback(callback, forgeFlow(flow, { verifier: 'x'.repeat(43) })),
      await injectCallback(callback, forgeFlow(flow, { expiresAt: Date.now() - 1 })),
      await injectCallback(callback, null),
      await injectCallback(callback, encodeURIComponent(JSON.stringify({ state: 's' }))),
    ];
    for (const res of attempts) expectRefused(res, 'oidc');
    expect(await usersWithSubject('sub-gry')).toHaveLength(0);
  });

  it('rejects an authorization response from another issuer (mix-up defence)', async () => {
    provider.accounts.set('sub-hans', { email: 'hans@region.dk', name: 'Hans' });
    const { callback, flow } = await loginAtProvider('sub-hans');
    const otherIssuer = new URL(callback);
    otherIssuer.searchParams.set('iss', 'http://127.0.0.1:1');
    expectRefused(await injectCallback(otherIssuer, flow), 'oidc');
    const noIssuer = new URL(callback);
    noIssuer.searchParams.delete('iss');
    expectRefused(await injectCallback(noIssuer, flow), 'oidc');
    expect(await usersWithSubject('sub-hans')).toHaveLength(0);
  });

  it('accepts an authorization code only once', async () => {
    provider.accounts.set('sub-ida', { email: 'ida@region.dk', name: 'Ida' });
    const first = await fullLogin('sub-ida');
    expect(first.res.headers.location).toBe('/');
    const before = await countAudit(ctx.database.db);
    expectRefused(await injectCallback(first.callback, first.flow), 'oidc');
    expect(await countAudit(ctx.database.db)).toBe(before);
  });

  it('sends a provider error (user cancelled) back to the login page', async () => {
    const start = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const flow = cookieOf(start, FLOW_COOKIE)?.value as string;
    const state = new URL(start.headers.location as string).searchParams.get('state') as string;
    const callback = new URL(REDIRECT_URI);
    callback.search = new URLSearchParams({
      error: 'access_denied',
      state,
      iss: provider.issuer,
    }).toString();
    expectRefused(await injectCallback(callback, flow), 'oidc');
  });

  it('answers junk callbacks with the login page, never a server error', async () => {
    const start = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const flow = cookieOf(start, FLOW_COOKIE)?.value as string;
    const state = new URL(start.headers.location as string).searchParams.get('state') as string;
    const value = fc.oneof(fc.string({ maxLength: 300 }), fc.constant(state), fc.constant(''));
    const query = fc.dictionary(
      fc.constantFrom('code', 'state', 'iss', 'error', 'session_state', 'x'),
      value,
    );
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), async (params, withFlow) => {
        const callback = new URL(REDIRECT_URI);
        callback.search = new URLSearchParams(params).toString();
        expectRefused(await injectCallback(callback, withFlow ? flow : null), 'oidc');
      }),
      { numRuns: 40, seed: 20_260_501 },
    );
  });
});

describe('OIDC login when it is not available', () => {
  it('is a 404 problem when OIDC is not configured', async () => {
    const plain = await createTestContext();
    try {
      for (const url of ['/api/auth/oidc/login', '/api/auth/oidc/callback?code=x&state=y']) {
        const res = await plain.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({
          code: 'notFound',
          detail: 'Log ind via OIDC er ikke slået til',
        });
      }
      const options = await plain.app.inject({ method: 'GET', url: '/api/auth/options' });
      expect(options.json()).toEqual({ password: true, oidc: false });
    } finally {
      await plain.close();
    }
  });

  it('sends the browser back to the login page when the provider cannot be reached', async () => {
    const down = await createTestContext({
      OIDC_ISSUER: 'http://127.0.0.1:1',
      OIDC_CLIENT_ID: 'samspil',
      OIDC_REDIRECT_URI: REDIRECT_URI,
      OIDC_ALLOW_INSECURE: 'true',
    });
    try {
      const res = await down.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      expectRefused(res, 'oidc');
      expect(cookieOf(res, FLOW_COOKIE)).toBeUndefined();
    } finally {
      await down.close();
    }
  });
});
