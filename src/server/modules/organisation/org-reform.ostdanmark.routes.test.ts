/**
 * The Hovedstaden + Sjælland merger with the shipped models (issue 7 acceptance): the 2022
 * collaborations of templates/capital-2022.yaml and templates/zealand-2022.yaml, with open cases
 * in their clusters and SSUs, are reformed into templates/ostdanmark-2027.yaml (target `new`).
 * The dry run writes nothing; the real run carries every open case and step to a successor with
 * equal counts, in one audit row and one reorganisation record; the history of both sources is
 * readable as of any earlier day, and Region Østdanmark names both regions as predecessors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { caseDeps, raiseCase } from '../cases/index';
import { createTestContext, type TestClient } from '../../test/test-app';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { findEntityIdByKey, importOrgFile } from './index';
import { fingerprint } from './test/reform-fixtures';

const template = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../templates/${name}`, import.meta.url)), 'utf8');

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;
let secretariat: TestClient;
const ids: Record<string, string> = {};

const count = async (query: ReturnType<typeof sql>) =>
  Number(((await db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);

async function openCase(collaboration: string, title: string, route: string[]): Promise<string> {
  const forumIds: string[] = [];
  for (const key of route) {
    forumIds.push((await findEntityIdByKey(db, 'forum', ids[collaboration] ?? '', key)) ?? '');
  }
  return raiseCase(
    caseDeps(db),
    SYSTEM_ACTOR,
    {
      collaborationId: ids[collaboration] ?? '',
      title,
      summary: '',
      body: '',
      type: 'decision',
      flags: [],
      confidential: false,
      raisedInForumId: forumIds[0] ?? '',
      route: forumIds,
    },
    { on: '2026-11-02' },
  );
}

const request = (dryRun: boolean) => ({
  sourceCollaborationIds: [ids.capital, ids.zealand],
  effectiveDate: '2027-01-01',
  successorYaml: template('ostdanmark-2027.yaml'),
  target: 'new',
  acknowledgeBreaches: true,
  dryRun,
});

beforeAll(async () => {
  for (const [key, file] of [
    ['capital', 'capital-2022.yaml'],
    ['zealand', 'zealand-2022.yaml'],
  ] as const) {
    await importOrgFile(db, SYSTEM_ACTOR, template(file), { dryRun: false, today: '2026-11-02' });
    ids[key] =
      (await findEntityIdByKey(db, 'collaboration', null, file.replace('.yaml', ''))) ?? '';
  }
  await openCase('capital', 'Fælles forløb for KOL i Region Hovedstaden', ['politisk-nord', 'ssu']);
  await openCase('zealand', 'Akutpladser i Sjælland', ['politisk-holbaek', 'ssu']);
  secretariat = await ctx.loginAs('secretariat');
});

describe('the Hovedstaden + Sjælland merger into Region Østdanmark', () => {
  let dry: ReformResult;

  it('previews the merger in a dry run that writes nothing', async () => {
    const before = await fingerprint(db);
    const res = await secretariat.post('/api/org/reorganisations', request(true), {
      auditDelta: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    dry = res.json() as ReformResult;
    expect(dry.targetCollaboration).toMatchObject({ key: 'ostdanmark-2027', created: true });
    expect(dry.counts.find((c) => c.kind === 'openCases')).toMatchObject({ before: 2, after: 2 });
    expect(await fingerprint(db)).toBe(before);
  });

  it('merges with equal counts, one audit row and one record', async () => {
    const res = await secretariat.post('/api/org/reorganisations', request(false));
    expect(res.statusCode, res.body).toBe(200);
    const real = res.json() as ReformResult;
    for (const c of real.counts) expect(c.after, c.kind).toBe(c.before);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where action = 'organisation.reform'`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from reorganisations`)).toBe(1);
    const target = real.targetCollaboration.id ?? '';
    const cases = (await secretariat.get(`/api/cases?collaborationId=${target}`)).json() as {
      items: { title: string }[];
    };
    expect(cases.items.map((c) => c.title).sort()).toEqual([
      'Akutpladser i Sjælland',
      'Fælles forløb for KOL i Region Hovedstaden',
    ]);
    ids.east = target;
  });

  it('keeps both histories readable and names both regions as Region Østdanmark’s predecessors', async () => {
    for (const source of [ids.capital, ids.zealand]) {
      const overview = await secretariat.get(
        `/api/org/collaborations/${source}/overview?date=2026-06-01`,
      );
      expect(overview.statusCode, overview.body).toBe(200);
      expect(overview.body).toContain('Sundhedssamarbejdsudvalg');
    }
    const east = await secretariat.get(
      `/api/org/collaborations/${ids.east}/overview?date=2027-03-01`,
    );
    expect(east.body).toContain('Sundhedsråd Nordsjælland');
    const region = (await findEntityIdByKey(db, 'party', ids.east ?? '', 'region')) ?? '';
    const page = (await secretariat.get(`/api/org/parties/${region}?date=2027-03-01`)).json() as {
      predecessorPartyIds?: string[];
      party?: { predecessorPartyIds?: string[] };
    };
    const predecessors = page.predecessorPartyIds ?? page.party?.predecessorPartyIds ?? [];
    expect(predecessors).toHaveLength(2);
  });
});
