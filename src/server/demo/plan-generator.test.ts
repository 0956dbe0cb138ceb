/** The generated plan reads like any plan: its heatmap, progress and indicator series answer. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Heatmap } from '../../shared/plan-rounds.contract';
import { collaborations, parties } from '../modules/organisation/index';
import { createTestContext, type TestClient, type TestContext } from '../test/test-app';
import { generatedDegree, generatePlan } from './plan-generator';

let ctx: TestContext;
let sec: TestClient;
let planId: string;
let roundIds: string[];
const partyIds: string[] = Array.from({ length: 5 }, () => randomUUID());

beforeAll(async () => {
  ctx = await createTestContext();
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  const db = ctx.database.db;
  const collaborationId = randomUUID();
  await db.insert(collaborations).values({
    entityId: collaborationId,
    key: 'plan-generator-test',
    name: 'Generatorsamarbejdet',
    regionName: 'Region Test',
    validFrom: '2020-01-01',
  });
  await db.insert(parties).values(
    partyIds.map((entityId, n) => ({
      entityId,
      collaborationId,
      key: `kommune-${n}`,
      kind: 'municipality' as const,
      name: `Kommune ${n}`,
      validFrom: '2020-01-01',
    })),
  );
  ({ planId, roundIds } = await generatePlan(db, {
    collaborationId,
    key: 'generated',
    title: 'Genereret plan (fiktiv)',
    ownerForumId: null,
    periodFrom: '2024-01-01',
    partyIds,
    initiatives: 12,
    rounds: 3,
    indicatorYears: 2,
  }));
});
afterAll(() => ctx.close());

describe('generatePlan', () => {
  it('gives a heatmap per round with every party and initiative', async () => {
    expect(roundIds).toHaveLength(3);
    const res = await sec.get(`/api/plans/${planId}/heatmap?roundId=${roundIds[2]}`);
    expect(res.statusCode, res.body).toBe(200);
    const map = res.json() as Heatmap;
    expect(map.parties).toHaveLength(5);
    expect(map.initiatives).toHaveLength(12);
    expect(map.cells.every((row) => row.length === 12 && !row.includes('-'))).toBe(true);
    const firstParty = partyIds.indexOf(map.parties[0]?.id ?? '');
    const key = map.scale[Number(map.cells[0]?.[0])]?.key;
    expect(key).toBe(generatedDegree(firstParty, 0, 2));
  });

  it('answers progress and the indicators', async () => {
    expect((await sec.get(`/api/plans/${planId}/progress`)).statusCode).toBe(200);
    const indicators = await sec.get(`/api/plans/${planId}/indicators`);
    expect(indicators.statusCode, indicators.body).toBe(200);
    expect(JSON.stringify(indicators.json())).toContain('genindlaeggelser');
  });
});
