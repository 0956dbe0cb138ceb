import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { api, apiUrl, setFetch, setUnauthenticatedHandler, type Fetch } from './client';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  });
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return json(
    status,
    {
      type: `https://samspil.dk/problemer/${code}`,
      title: `da ${code}`,
      status,
      code,
      en: { title: `en ${code}` },
      ...extra,
    },
    'application/problem+json',
  );
}

/** A fake server: answers each call with the next scripted response and records the call. */
function script(responses: Record<string, (() => Response)[]>): { calls: Call[]; fetch: Fetch } {
  const calls: Call[] = [];
  const fetchFake: Fetch = async (url, init) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: (init.headers ?? {}) as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const queue = responses[`${init.method} ${url}`];
    const next = queue?.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  };
  return { calls, fetch: fetchFake };
}

describe('apiUrl', () => {
  it('drops empty query values', () => {
    expect(apiUrl('/audit', { limit: 50, action: '', actorUserId: undefined, to: null })).toBe(
      '/api/audit?limit=50',
    );
  });
});

describe('api client', () => {
  let unauthenticated = 0;
  beforeEach(() => {
    unauthenticated = 0;
    setUnauthenticatedHandler(() => {
      unauthenticated += 1;
    });
  });

  it('sends the CSRF token on unsafe calls, fetched once', async () => {
    const { calls, fetch } = script({
      'GET /api/auth/csrf': [() => json(200, { token: 't1' })],
      'POST /api/users': [() => json(201, { id: 'a' }), () => json(201, { id: 'b' })],
    });
    setFetch(fetch);
    await api.post('/users', { name: 'A' });
    await api.post('/users', { name: 'B' });
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.headers['x-csrf-token'])).toEqual(['t1', 't1']);
    expect(calls.filter((c) => c.url === '/api/auth/csrf')).toHaveLength(1);
    expect(posts[1]?.body).toEqual({ name: 'B' });
  });

  it('refreshes the CSRF token once on 403 csrf and retries', async () => {
    const { calls, fetch } = script({
      'GET /api/auth/csrf': [() => json(200, { token: 'old' }), () => json(200, { token: 'new' })],
      'PATCH /api/auth/me': [() => problem(403, 'csrf'), () => json(200, { ok: true })],
    });
    setFetch(fetch);
    await expect(api.patch('/auth/me', { locale: 'en' })).resolves.toEqual({ ok: true });
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.headers['x-csrf-token'])).toEqual(
      ['old', 'new'],
    );
  });

  it('turns problem+json into an ApiError with both languages and field errors', async () => {
    const { fetch } = script({
      'GET /api/auth/csrf': [() => json(200, { token: 't' })],
      'POST /api/auth/login': [
        () =>
          problem(400, 'validation', {
            detail: 'Ret felterne',
            en: { title: 'en validation', detail: 'Fix the fields' },
            errors: [{ path: 'email', message: 'Ugyldig e-mail', messageEn: 'Invalid e-mail' }],
          }),
      ],
    });
    setFetch(fetch);
    const error = await api.post('/auth/login', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect([e.status, e.code]).toEqual([400, 'validation']);
    expect(e.textIn('da')).toBe('Ret felterne');
    expect(e.textIn('en')).toBe('Fix the fields');
    expect(e.fieldError('email', 'da')).toBe('Ugyldig e-mail');
    expect(e.fieldError('email', 'en')).toBe('Invalid e-mail');
    expect(unauthenticated).toBe(0);
  });

  it('calls the unauthenticated handler on 401, unless told not to', async () => {
    const { fetch } = script({
      'GET /api/users': [() => problem(401, 'unauthenticated')],
      'GET /api/auth/me': [() => problem(401, 'unauthenticated')],
    });
    setFetch(fetch);
    await expect(api.get('/users')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(api.get('/auth/me', { allowUnauthenticated: true })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(unauthenticated).toBe(1);
  });

  it('does not treat wrong credentials as a lost session', async () => {
    const { fetch } = script({
      'GET /api/auth/csrf': [() => json(200, { token: 't' })],
      'POST /api/auth/login': [() => problem(401, 'invalidCredentials')],
    });
    setFetch(fetch);
    await expect(api.post('/auth/login', {})).rejects.toMatchObject({
      code: 'invalidCredentials',
    });
    expect(unauthenticated).toBe(0);
  });

  it('reports network failures and non-problem errors with client codes', async () => {
    const { fetch } = script({
      'GET /api/health': [() => new Response('<html>Bad gateway</html>', { status: 502 })],
    });
    setFetch(fetch);
    await expect(api.get('/health')).rejects.toMatchObject({ status: 502, code: 'unexpected' });
    await expect(api.get('/health')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
