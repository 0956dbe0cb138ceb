/** The demo loader: the South Danish template imported and populated with fictional persons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { findEntityIdByKey, loadOrganisationDemo } from './index';

let ctx: TestContext;
let reader: TestClient;
let collaborationId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await loadOrganisationDemo(ctx.database);
  collaborationId = (await findEntityIdByKey(
    ctx.database.db,
    'collaboration',
    null,
    'south-denmark-2022',
  )) as string;
  reader = await ctx.loginAs('reader');
});
afterAll(() => ctx.close());

describe('the organisation demo', () => {
  it('shows a populated South Danish organisation', async () => {
    const res = await reader.get(
      `/api/org/collaborations/${collaborationId}/overview?date=2024-06-01`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const overview = res.json();
    expect(overview.counts).toMatchObject({ municipalities: 22, clusters: 4 });
    expect(overview.counts.persons).toBeGreaterThanOrEqual(66);
    const ssu = overview.foraByLevel
      .flatMap((g: { fora: Array<{ shortName: string | null; entityId: string }> }) => g.fora)
      .find((f: { shortName: string | null }) => f.shortName === 'SSU');
    const page = (await reader.get(`/api/org/fora/${ssu.entityId}?date=2024-06-01`)).json();
    const names = page.members
      .filter((m: { role: string; isVacant: boolean }) => m.role === 'member' && !m.isVacant)
      .map((m: { person: { name: string } }) => m.person.name);
    expect(names).toHaveLength(5);
    expect(names.every((n: string) => n.endsWith('(demo)'))).toBe(true);
  });

  it('is loaded once', async () => {
    await loadOrganisationDemo(ctx.database);
    const res = await reader.get(`/api/org/collaborations?date=2024-06-01`);
    expect(res.json().items).toHaveLength(1);
  });
});
