/**
 * Heavy organisation files through the API: checks run on the worker pool, so `/api/health`
 * answers while four large checks are being worked on (an ordering, not a time limit); a file
 * over the size or element limit is refused before any work; the file routes are rate limited
 * per user with a 429 problem in Danish and English.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerPool } from '../../platform/worker-pool';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { createTaskPool } from '../../worker-tasks';
import { ORG_FILE_LIMITS } from '../../../shared/org-file.limits';
import { largeOrgFile } from './test/large-org-file';

const YAML = { 'content-type': 'text/yaml' };
const CHECK = '/api/org/files/check?date=2024-06-01';

/** What happened, in order: tasks starting and ending on the pool, and health answers. */
const events: string[] = [];

/** The app's pool (one thread), reporting when each task starts and ends. */
function observedPool(): WorkerPool {
  const pool = createTaskPool({ threads: 1 });
  return {
    maxThreads: pool.maxThreads,
    close: () => pool.close(),
    run: async (name, input) => {
      events.push(`start ${name}`);
      try {
        return await pool.run(name, input);
      } finally {
        events.push(`end ${name}`);
      }
    },
  };
}

let workers: WorkerPool;
let ctx: TestContext;
let reader: TestClient;
let secretariat: TestClient;

beforeAll(async () => {
  workers = observedPool();
  ctx = await createTestContext({}, { workers });
  reader = await ctx.loginAs('reader');
  secretariat = await ctx.loginAs('secretariat');
});
afterAll(async () => {
  await ctx.close();
  await workers.close();
});

describe('four large checks at once', () => {
  it('answers /api/health while they run, and checks each file correctly', async () => {
    const text = largeOrgFile(4_000);
    events.length = 0;
    const checks = [1, 2, 3, 4].map((i) =>
      reader.post(CHECK, text, { headers: YAML, auditDelta: 0 }).then((res) => {
        events.push(`answered check ${i}`);
        return res;
      }),
    );
    // Every check has reached the pool (the event loop is free while the worker works)…
    await vi.waitFor(
      () => expect(events.filter((e) => e === 'start orgFile.check')).toHaveLength(4),
      { timeout: 30_000, interval: 5 },
    );
    // …and health answers before the first of them is done.
    const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    events.push('health answered');
    const results = await Promise.all(checks);

    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    expect(events.indexOf('health answered')).toBeLessThan(events.indexOf('end orgFile.check'));
    expect(events.filter((e) => e.startsWith('answered check'))).toHaveLength(4);
    for (const res of results) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ valid: true, date: '2024-06-01', errors: [], warnings: [] });
    }
  });

  it('imports a large file with the file read on the pool and written on the main thread', async () => {
    const text = largeOrgFile(500, 'stort-import');
    events.length = 0;
    const dry = await secretariat.post('/api/org/files/import', text, {
      headers: YAML,
      auditDelta: 0,
    });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().diff).toMatchObject({ dryRun: true, counts: { created: 501 } });
    const done = await secretariat.post('/api/org/files/import?dryRun=false', text, {
      headers: YAML,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().diff).toMatchObject({ dryRun: false, counts: { created: 501 } });
    expect(events).toEqual([
      'start orgFile.parse',
      'end orgFile.parse',
      'start orgFile.parse',
      'end orgFile.parse',
    ]);
  });

  it("locates the import planner's problems in the text on the pool", async () => {
    const parties = [
      'parties:',
      '  - key: ny',
      '    kind: region',
      '    name: Ny region',
      '    predecessors: [{ collaboration: findes-ikke, party: gammel }]',
      'fora:',
    ];
    const text = largeOrgFile(3, 'forgaenger').replace('fora:', parties.join('\n'));
    events.length = 0;
    const res = await secretariat.post('/api/org/files/import', text, { headers: YAML });
    expect(res.statusCode, res.body).toBe(422);
    const [problem] = res.json().errors as { line: number; path: string }[];
    expect(problem).toMatchObject({ path: 'parties.0.predecessors.0', line: 11 });
    expect(events).toEqual([
      'start orgFile.parse',
      'end orgFile.parse',
      'start orgFile.locate',
      'end orgFile.locate',
    ]);
  });
});

describe('limits', () => {
  const padding = (bytes: number) => `# ${'x'.repeat(bytes)}\n`;
  const oversized = padding(ORG_FILE_LIMITS.maxBytes) + largeOrgFile(1);

  it.each([
    ['check', CHECK, () => reader],
    ['import', '/api/org/files/import', () => secretariat],
  ])('refuses a file over 2 MB with 413 before reading it (%s)', async (_name, url, client) => {
    events.length = 0;
    const res = await client().post(url, oversized, { headers: YAML, auditDelta: 0 });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.detail).toBe('Organisationsfilen fylder 2,1 MB; højst 2 MB kan læses.');
    expect(body.en.detail).toBe('The organisation file is 2.1 MB; at most 2 MB can be read.');
    expect(events).toEqual([]);
  });

  it('refuses a file sent as JSON over 2 MB the same way', async () => {
    const res = await reader.post(CHECK, { yaml: oversized });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payloadTooLarge');
  });

  it('refuses a small file of counted seats that would expand past the element limit', async () => {
    const seats = Array.from(
      { length: 600 },
      (_, i) => `      - { key: s${i}, label: Plads ${i}, count: 99 }`,
    ).join('\n');
    const forum = [
      '  - key: stort',
      '    name: Stort forum',
      '    level: cluster',
      '    kind: administrative',
      '    scope: interMunicipal',
      '    seats:',
    ].join('\n');
    const text = `${largeOrgFile(0)}${forum}\n${seats}\n`;
    const res = await reader.post(CHECK, text, { headers: YAML, auditDelta: 0 });
    expect(res.statusCode, res.body).toBe(422);
    const [problem] = res.json().errors as { message: string; messageEn: string }[];
    expect(problem?.message).toContain('59.402 elementer; højst 25.000');
    expect(problem?.messageEn).toContain('59,402 elements; at most 25,000');
  });
});

describe('rate limit per user', () => {
  let limited: TestContext;

  beforeAll(async () => {
    limited = await createTestContext({ HEAVY_RATE_LIMIT_PER_MINUTE: '2' }, { workers });
  });
  afterAll(() => limited.close());

  it('answers 429 problem+json in Danish and English past the limit, per user', async () => {
    const first = await limited.loginAs('reader');
    const second = await limited.loginAs('reader');
    const text = largeOrgFile(2);
    for (let i = 0; i < 2; i += 1) {
      expect((await first.post(CHECK, text, { headers: YAML, auditDelta: 0 })).statusCode).toBe(
        200,
      );
    }
    const refused = await first.post(CHECK, text, { headers: YAML, auditDelta: 0 });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const body = refused.json();
    expect(body).toMatchObject({ code: 'tooManyRequests', status: 429 });
    expect(body.detail).toContain('højst 2 i minuttet');
    expect(body.en.detail).toContain('at most 2 a minute');
    // Another user has a budget of their own.
    expect((await second.post(CHECK, text, { headers: YAML, auditDelta: 0 })).statusCode).toBe(200);
  });
});
