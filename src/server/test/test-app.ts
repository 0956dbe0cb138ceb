/**
 * The route-test harness: a real app on a real (fresh) database, driven through `app.inject`.
 * `TestClient` keeps cookies, sends the CSRF token, and checks on every state-changing call
 * that a success wrote exactly one audit row and a refusal wrote none.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import type { Database } from '../db/client';
import type { WorkerPool } from '../platform/worker-pool';
import { SYSTEM_ACTOR } from '../platform/audit';
import { countAudit } from '../modules/audit/index';
import { createUser } from '../modules/auth/index';
import type { Role } from '../../shared/roles';
import type { ScopeGrant } from '../../shared/scopes';
import { replaceGrants } from '../modules/access/index';
import { openTestDatabase } from './database';
import { collectRoutes, type CollectedRoute } from './routes';

export const TEST_PASSWORD = 'korrekt-hest-batteri-clips';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Every route the app registered, in registration order (see `collectRoutes`). */
  routes: CollectedRoute[];
  /** An anonymous client. */
  anonymous: () => TestClient;
  /**
   * Creates a user with the role (unique e-mail) and returns a logged-in client. The user's role
   * holds in `scopes` (default: the whole country, so a test that is not about scopes is not
   * limited by them).
   */
  loginAs: (role: Role, name?: string, options?: { scopes?: ScopeGrant[] }) => Promise<TestClient>;
  close: () => Promise<void>;
}

/** The HTTP methods a `TestClient` sends. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  payload?: unknown;
  headers?: Record<string, string>;
  /** Expected audit rows written by this call; default 1 on 2xx, 0 otherwise. */
  auditDelta?: number;
  /** Leave out the CSRF header (to test that it is required). */
  withoutCsrf?: boolean;
}

/** A cookie-keeping client over `app.inject`. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;
  userId: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    private readonly database: Database,
  ) {}

  /** The current value of a cookie this client holds, if any. */
  getCookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie as if the server had (e.g. a session from a login the test drove itself). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string }[]) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** Fetches (once) the CSRF token that state-changing calls must carry. */
  async csrf(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const res = await this.app.inject({
      method: 'GET',
      url: '/api/auth/csrf',
      headers: { cookie: this.cookieHeader() },
    });
    this.keepCookies(res);
    this.csrfToken = (res.json() as { token: string }).token;
    return this.csrfToken;
  }

  async request(
    method: Method,
    url: string,
    options: RequestOptions = {},
  ): Promise<LightMyRequestResponse> {
    const unsafe = method !== 'GET';
    const headers: Record<string, string> = { ...options.headers };
    if (unsafe && !options.withoutCsrf) headers['x-csrf-token'] = await this.csrf();
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const before = unsafe ? await countAudit(this.database.db) : 0;
    const inject: InjectOptions = { method, url, headers };
    if (options.payload !== undefined) {
      if (typeof options.payload === 'string' || Buffer.isBuffer(options.payload))
        inject.payload = options.payload;
      else inject.payload = options.payload as Record<string, unknown>;
    }
    const res = await this.app.inject(inject);
    this.keepCookies(res);
    if (unsafe) {
      const expected = options.auditDelta ?? (res.statusCode < 300 ? 1 : 0);
      const after = await countAudit(this.database.db);
      expect(
        after - before,
        `audit rows written by ${method} ${url} (status ${res.statusCode})`,
      ).toBe(expected);
    }
    return res;
  }

  get(url: string, options?: RequestOptions) {
    return this.request('GET', url, options);
  }
  post(url: string, payload?: unknown, options?: RequestOptions) {
    return this.request('POST', url, { ...options, payload });
  }
  put(url: string, payload?: unknown, options?: RequestOptions) {
    return this.request('PUT', url, { ...options, payload });
  }
  patch(url: string, payload?: unknown, options?: RequestOptions) {
    return this.request('PATCH', url, { ...options, payload });
  }
  delete(url: string, options?: RequestOptions) {
    return this.request('DELETE', url, options);
  }
}

let counter = 0;

/**
 * Builds the app on a fresh database. Call `close()` in `afterAll`. `workers` replaces the app's
 * own worker pool (the caller closes it).
 */
export async function createTestContext(
  env: Record<string, string> = {},
  options: { workers?: WorkerPool; now?: () => Date } = {},
): Promise<TestContext> {
  const database = await openTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-42',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    HEAVY_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const { onRoute, routes } = collectRoutes();
  const app = await buildApp({
    config,
    database,
    webDist: '/nonexistent',
    onRoute,
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  await app.ready();
  const anonymous = () => new TestClient(app, database);
  const loginAs = async (
    role: Role,
    name?: string,
    options: { scopes?: ScopeGrant[] } = {},
  ): Promise<TestClient> => {
    counter += 1;
    const email = `${role}-${counter}-${Date.now()}@samspil.test`;
    const user = await createUser(database.db, SYSTEM_ACTOR, {
      email,
      name: name ?? `Test ${role} ${counter}`,
      role,
      password: TEST_PASSWORD,
    });
    await replaceGrants(
      database.db,
      user.id,
      'manual',
      options.scopes ?? [{ kind: 'all', target: null }],
    );
    const client = anonymous();
    const res = await client.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    client.userId = user.id;
    return client;
  };
  return {
    app,
    database,
    config,
    routes,
    anonymous,
    loginAs,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
