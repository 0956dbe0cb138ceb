/**
 * The national 2027 template through the organisation-file import route into an empty database:
 * the 17 health councils with their municipalities (from reference/dk-health-councils-2027.csv)
 * on 2027-03-01, and nothing of the collaboration before 2027; and ostdanmark-2027 imported after
 * capital-2022 and zealand-2022, whose regions become Region Østdanmark's predecessors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../../shared/organisation-views.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { findEntityIdByKey } from './org-version.repo';
import { loadByKey } from './test/org-file-db';
import { loadReferenceData } from './reference-data';
import { readTemplate } from './test/org-file-fixtures';

let ctx: TestContext;
let secretariat: TestClient;
let collaborationId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat');
  const res = await secretariat.post(
    '/api/org/files/import?dryRun=false',
    readTemplate('denmark-2027'),
    { headers: { 'content-type': 'text/yaml' } },
  );
  expect(res.statusCode, res.body).toBe(200);
  const id = await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'denmark-2027');
  if (id === null) throw new Error('denmark-2027 was not imported');
  collaborationId = id;
}, 120_000);
afterAll(() => ctx.close());

async function overview(date: string): Promise<Overview> {
  const res = await secretariat.get(
    `/api/org/collaborations/${collaborationId}/overview?date=${date}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Overview;
}

describe('denmark-2027 imported into an empty database', () => {
  it('has the 17 health councils with their municipalities on 2027-03-01', async () => {
    const day = await overview('2027-03-01');
    const councils = day.foraByLevel.find((g) => g.level === 'healthCouncil')?.fora ?? [];
    expect(councils).toHaveLength(17);
    const areas = new Map(day.clusters.map((c) => [c.cluster.entityId, c.members]));
    const actual = Object.fromEntries(
      councils.map((f) => [f.name, (areas.get(f.clusterId ?? '') ?? []).map((m) => m.code).sort()]),
    );
    const expected = Object.fromEntries(
      loadReferenceData().healthCouncils.map((c) => [c.name, c.members.map((m) => m.code).sort()]),
    );
    expect(actual).toEqual(expected);
    expect(day.counts.municipalities).toBe(98);
    // The two CONFLICT rows, like every row resting on the secondary source only, are unverified.
    const unverified = day.clusters.flatMap((c) =>
      c.members.filter((m) => !m.verified).map((m) => m.code),
    );
    expect(unverified).toEqual(expect.arrayContaining(['410', '530']));
    expect(day.clusters.every((c) => c.cluster.kind === 'healthCouncilArea')).toBe(true);
  });

  it('stores the two CONFLICT rows with their status and the regions with their council sizes', async () => {
    const stored = await loadByKey(ctx.database.db, 'denmark-2027');
    const codeOf = new Map(stored.parties.map((p) => [p.entityId, p.code]));
    const conflicts = stored.clusterMemberships
      .filter((m) => m.verification?.membership?.status === 'conflict')
      .map((m) => [codeOf.get(m.partyId), m.verification?.membership?.note]);
    expect(conflicts).toEqual([
      ['410', 'CONFLICT: same file seats Middelfart member on Sundhedsråd Lillebælt'],
      ['530', 'CONFLICT: same file seats Billund member on Sundhedsråd Sydvestjylland'],
    ]);
    const sizes = stored.parties
      .filter((p) => p.kind === 'region')
      .map((p) => [p.name, p.councilSize])
      .sort();
    expect(sizes).toEqual([
      ['Region Midtjylland', 31],
      ['Region Nordjylland', 25],
      ['Region Syddanmark', 31],
      ['Region Østdanmark', 47],
    ]);
  });

  it('has no health council and no area on 2026-06-01', async () => {
    const day = await overview('2026-06-01');
    expect(day.foraByLevel.flatMap((g) => g.fora)).toEqual([]);
    expect(day.clusters).toEqual([]);
  });
});

describe('denmark-2027 exported', () => {
  it('imports again as a no-op', async () => {
    const exported = await secretariat.get(
      '/api/org/collaborations/denmark-2027/export?date=2027-03-01',
    );
    expect(exported.statusCode, exported.body).toBe(200);
    const again = await secretariat.post('/api/org/files/import?dryRun=true', exported.body, {
      headers: { 'content-type': 'text/yaml' },
      auditDelta: 0,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as { diff: { noop: boolean } }).diff.noop).toBe(true);
  });
});

describe('ostdanmark-2027 after the two collaborations it merges', () => {
  const importFile = (name: 'capital-2022' | 'zealand-2022' | 'ostdanmark-2027') =>
    secretariat.post('/api/org/files/import?dryRun=false', readTemplate(name), {
      headers: { 'content-type': 'text/yaml' },
    });

  it('names Region Hovedstaden and Region Sjælland as Region Østdanmark’s predecessors', async () => {
    for (const name of ['capital-2022', 'zealand-2022', 'ostdanmark-2027'] as const) {
      const res = await importFile(name);
      expect(res.statusCode, res.body).toBe(200);
    }
    const regionOf = async (key: string) =>
      (await loadByKey(ctx.database.db, key)).parties.find((p) => p.kind === 'region')!;
    const east = await regionOf('ostdanmark-2027');
    expect(east.name).toBe('Region Østdanmark');
    expect([...east.predecessorPartyIds].sort()).toEqual(
      [(await regionOf('capital-2022')).entityId, (await regionOf('zealand-2022')).entityId].sort(),
    );
  });
});
