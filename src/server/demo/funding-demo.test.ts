/**
 * The funding and charter demo loads on any day: a pool, a submitted application with one
 * overdue and one coming obligation, the cluster forum's charter, and a request for charters
 * that this cluster delivered on time (before and after the 2027 reform).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../test/test-app';
import { loadDemoData } from './demo';
import { demoLoaders } from './loaders';
import { fundingApplications } from '../modules/funding/index';
import { charterRequests } from '../modules/charters/index';

const DAYS = ['2026-03-02', '2027-01-04'] as const;

describe.each(DAYS)('the funding demo made for %s', (day) => {
  let ctx: TestContext;
  let reader: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await loadDemoData(ctx.database, demoLoaders, { today: day })).toBe(true);
    reader = await ctx.loginAs('reader');
  }, 300_000);
  afterAll(() => ctx.close());

  it('has a submitted application with an overdue obligation, and a delivered charter', async () => {
    const [app] = await ctx.database.db.select().from(fundingApplications);
    expect(app).toMatchObject({ status: 'submitted' });
    const c = app!.collaborationId;
    const overdue = await reader.get(
      `/api/funding/obligations/overdue?collaborationId=${c}&on=${day}`,
    );
    expect(overdue.json().total).toBe(1);
    const overview = (await reader.get(`/api/funding/overview?collaborationId=${c}`)).json();
    expect(overview.rows[0]).toMatchObject({ pendingCount: 1, pendingOre: 750_000_00 });
    const [request] = await ctx.database.db.select().from(charterRequests);
    const status = (await reader.get(`/api/charters/requests/${request!.id}?on=${day}`)).json();
    expect(status.counts.onTime).toBe(1);
    expect(status.counts.awaiting).toBe(status.rows.length - 1);
  });
});
