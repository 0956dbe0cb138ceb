/**
 * The South Danish reform on a copy of the demo (issue 7 acceptance): the 2022–2026 demo (its
 * organisation, meetings, agendas and cases, made for a fixed day in December 2026) is reformed
 * through `POST /api/org/reorganisations` into templates/syddanmark-2027.yaml, as a secretariat
 * would. The dry run answers the preview and writes nothing; the real run carries every open case,
 * step and item over with equal counts, in one audited change with one reorganisation record.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReformResult } from '../../shared/reorganisation.contract';
import { findEntityIdByKey, loadOrganisationDemo } from '../modules/organisation/index';
import { fingerprint } from '../modules/organisation/test/reform-fixtures';
import { createTestContext, type TestClient } from '../test/test-app';
import { loadDemoData } from './demo';
import { loadMeetingsDemo } from './meetings-demo';
import { DEMO_CASES } from './meetings-demo.texts';

const SUCCESSOR = readFileSync(
  fileURLToPath(new URL('../../../templates/syddanmark-2027.yaml', import.meta.url)),
  'utf8',
);

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;
let secretariat: TestClient;
let south = '';

const count = async (query: ReturnType<typeof sql>) =>
  Number(((await db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);

const request = (dryRun: boolean) => ({
  sourceCollaborationIds: [south],
  effectiveDate: '2027-01-01',
  successorYaml: SUCCESSOR,
  target: 'new',
  acknowledgeBreaches: true,
  dryRun,
});

beforeAll(async () => {
  // The demo without its own reform (reform-demo.ts), made for a day before the reform.
  await loadDemoData(ctx.database, [loadOrganisationDemo, loadMeetingsDemo], {
    today: '2026-12-06',
  });
  south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) ?? '';
  secretariat = await ctx.loginAs('secretariat');
});

describe('the South Danish reform on a copy of the demo', () => {
  let dry: ReformResult;
  let real: ReformResult;

  it('previews the reform in a dry run that writes nothing', async () => {
    const before = await fingerprint(db);
    const res = await secretariat.post('/api/org/reorganisations', request(true), {
      auditDelta: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    dry = res.json() as ReformResult;
    expect(dry).toMatchObject({ dryRun: true, id: null, lastDay: '2026-12-31' });
    expect(await fingerprint(db)).toBe(before);
    const names = dry.mappings.map((m) => [m.from.name, m.to.map((t) => t.name)] as const);
    expect(names).toContainEqual(['Sundhedsklynge Fyn (politisk)', ['Sundhedsråd Fyn']]);
    expect(dry.counts.find((c) => c.kind === 'openCases')?.before).toBeGreaterThan(0);
  });

  it('carries the open work over with equal counts, one audit row and one record', async () => {
    const reforms = sql`select count(*)::int as n from audit_log where action = 'organisation.reform'`;
    expect(await count(reforms)).toBe(0);
    const res = await secretariat.post('/api/org/reorganisations', request(false));
    expect(res.statusCode, res.body).toBe(200);
    real = res.json() as ReformResult;
    expect(real.dryRun).toBe(false);
    for (const c of real.counts) expect(c.after, c.kind).toBe(c.before);
    expect(real.counts).toEqual(dry.counts);
    expect(await count(reforms)).toBe(1);
    expect(await count(sql`select count(*)::int as n from reorganisations`)).toBe(1);
  });

  it('finds the carried cases at the health councils, and the history before the reform', async () => {
    const target = real.targetCollaboration.id ?? '';
    const fyn = (await findEntityIdByKey(db, 'forum', target, 'sundhedsraad-fyn')) ?? '';
    const list = (await secretariat.get(`/api/cases?collaborationId=${target}`)).json() as {
      items: { id: string; title: string }[];
    };
    const carried = list.items.find((c) => c.title === DEMO_CASES.akutteamFyn.title);
    const detail = (await secretariat.get(`/api/cases/${carried?.id}`)).json() as {
      steps: { forumId: string; status: string }[];
    };
    expect(detail.steps.some((s) => s.forumId === fyn && s.status !== 'decided')).toBe(true);
    const ssu = (await findEntityIdByKey(db, 'forum', south, 'ssu')) ?? '';
    const page = await secretariat.get(`/api/org/fora/${ssu}?date=2026-12-31`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('Sundhedsråd Fyn');
  });
});
