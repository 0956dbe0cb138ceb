/**
 * The permission matrix and bad-input fuzzing for EVERY API route. The routes are collected
 * while the app is built (`collectRoutes` through buildApp's `onRoute`), so a route added later
 * is covered without touching this file. Each route states who may call it in `config.access`
 * ('public', 'authenticated' or the least role); its zod schemas decide what input it accepts.
 *
 * (a) without a session: 401 unless public; (b) each role below the route's access: 403, and
 * each role at or above it passes the function-level check; (c) junk input (fast-check, fixed
 * seed, bounded runs) never gives a 5xx, always a bilingual problem, and is refused whenever the
 * route's own schemas refuse it; the junk carries control characters (NUL included), which are
 * always refused. Audit rows: TestClient checks every state-changing call. Where a role holds
 * (scopes) is the third dimension, checked route by route in scope-matrix.test.ts.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../modules/audit/index';
import { PROBLEMS, type ProblemCode } from '../../shared/problem';
import { hasRole, ROLES, type Role } from '../../shared/roles';
import { extremeBodies, junkRequestArb, mustRefuse, type JunkRequest } from './junk';
import { apiRoutes, fillPath, pathParamNames, type CollectedRoute } from './routes';
import { createTestContext, type Method, type TestClient } from './test-app';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const routes = apiRoutes(ctx.routes);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_501);
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

const label = (route: CollectedRoute) => `${route.method} ${route.url}`;
const samplePath = (route: CollectedRoute) => fillPath(route.url, () => SAMPLE_ID);
const isRole = (access: string): access is Role => (ROLES as readonly string[]).includes(access);

/** Asserts a problem+json reply whose titles come from the catalogue in Danish and English. */
function expectProblem(res: LightMyRequestResponse, context = ''): { code: string } {
  expect(res.headers['content-type'], `${context} ${res.body.slice(0, 300)}`).toMatch(
    /^application\/problem\+json/,
  );
  const body = res.json();
  const def = PROBLEMS[body.code as ProblemCode];
  expect(def, `${context}: unknown problem code ${body.code}`).toBeDefined();
  expect(body).toMatchObject({ status: res.statusCode, title: def.da, en: { title: def.en } });
  return body;
}

const clients = new Map<Role, TestClient>();
const clientFor = (role: Role) => clients.get(role) as TestClient;

beforeAll(async () => {
  for (const role of ROLES) clients.set(role, await ctx.loginAs(role));
});

describe('the route list', () => {
  it('is collected from the app as it is built', () => {
    expect(routes.map(label)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/auth/me',
        'PATCH /api/users/:id',
        'GET /api/audit',
      ]),
    );
  });

  it('has every route state its access in config.access', () => {
    const undeclared = routes.filter((r) => !r.accessDeclared).map(label);
    expect(undeclared, "add config: { access: 'public' | 'authenticated' | <role> }").toEqual([]);
  });

  it('matches the reviewed access matrix (update with vitest -u and review the diff)', () => {
    const matrix = Object.fromEntries(routes.map((r) => [label(r), r.access]));
    expect(matrix).toMatchSnapshot();
  });
});

describe('(a) without a session', () => {
  for (const route of routes) {
    if (route.access === 'public') {
      it(`${label(route)} is public: no 401 and no 5xx`, async () => {
        const res = await ctx.anonymous().request(route.method as Method, samplePath(route));
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) expect(expectProblem(res).code).not.toBe('unauthenticated');
      });
    } else {
      it(`${label(route)} → 401`, async () => {
        const res = await ctx.anonymous().request(route.method as Method, samplePath(route));
        expect(res.statusCode).toBe(401);
        expect(expectProblem(res).code).toBe('unauthenticated');
      });
    }
  }
});

/**
 * A role the route allows gets past the function-level check. A state-changing call is sent
 * without its CSRF token: that check runs after authorisation, so `csrf` proves the role was
 * accepted, and the handler never runs. A GET runs and must not write any audit row.
 */
async function expectAllowed(client: TestClient, route: CollectedRoute): Promise<void> {
  if (route.method === 'GET') {
    const before = await countAudit(ctx.database.db);
    const res = await client.get(samplePath(route));
    expect(res.statusCode).toBeLessThan(500);
    expect(res.statusCode).not.toBe(401);
    if (res.statusCode === 403) expect(res.json().code).not.toBe('forbidden');
    expect(await countAudit(ctx.database.db), 'a GET wrote an audit row').toBe(before);
    return;
  }
  const res = await client.request(route.method as Method, samplePath(route), {
    payload: {},
    withoutCsrf: true,
  });
  expect(res.statusCode).toBe(403);
  expect(expectProblem(res).code).toBe('csrf');
}

describe('(b) roles', () => {
  for (const route of routes.filter((r) => r.access !== 'public')) {
    for (const role of ROLES) {
      const allowed = !isRole(route.access) || hasRole(role, route.access);
      if (allowed) {
        it(`${label(route)}: ${role} passes`, () => expectAllowed(clientFor(role), route));
      } else {
        it(`${label(route)}: ${role} → 403`, async () => {
          const res = await clientFor(role).request(route.method as Method, samplePath(route), {
            payload: route.method === 'GET' ? undefined : {},
          });
          expect(res.statusCode).toBe(403);
          expect(expectProblem(res).code).toBe('forbidden');
        });
      }
    }
  }
});

function describeRequest(route: CollectedRoute, request: JunkRequest): string {
  const body = request.body
    ? ` [${request.body.contentType}] ${request.body.payload.slice(0, 200)}`
    : '';
  return `${route.method} ${request.path.slice(0, 200)}?${request.query.slice(0, 200)}${body}`;
}

/** Sends one junk request with an admin session and checks the answer. */
async function sendJunk(
  admin: TestClient,
  route: CollectedRoute,
  request: JunkRequest,
): Promise<LightMyRequestResponse> {
  const url = request.query ? `${request.path}?${request.query}` : request.path;
  const res = await admin.request(route.method as Method, url, {
    ...(request.body
      ? { payload: request.body.payload, headers: { 'content-type': request.body.contentType } }
      : {}),
  });
  const context = `${describeRequest(route, request)} → ${res.statusCode}`;
  expect(res.statusCode, context).toBeLessThan(500);
  if (mustRefuse(route, request)) expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  if (res.statusCode >= 400) {
    expect(expectProblem(res, context).code, `${context}: the admin session was lost`).not.toBe(
      'unauthenticated',
    );
  }
  return res;
}

function sampleRequest(route: CollectedRoute): Omit<JunkRequest, 'body'> {
  const paramsValue = Object.fromEntries(pathParamNames(route.url).map((n) => [n, SAMPLE_ID]));
  return { path: samplePath(route), paramsValue, query: '', queryValue: {} };
}

describe('(c) bad input never gives a 5xx', () => {
  for (const route of routes) {
    it(label(route), async () => {
      let admin = await ctx.loginAs('admin');
      /** A junk call may have been a valid logout; log in again so later calls mean something. */
      const keepSession = async (res: LightMyRequestResponse) => {
        if (route.method === 'GET' || res.statusCode >= 300) return;
        if ((await admin.get('/api/auth/me')).statusCode === 401) {
          admin = await ctx.loginAs('admin');
        }
      };
      for (const body of extremeBodies(route)) {
        await keepSession(await sendJunk(admin, route, { ...sampleRequest(route), body }));
      }
      await fc.assert(
        fc.asyncProperty(junkRequestArb(route), async (request) => {
          await keepSession(await sendJunk(admin, route, request));
        }),
        { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
      );
    });
  }
});
