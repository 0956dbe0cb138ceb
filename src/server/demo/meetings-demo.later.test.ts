/**
 * A first start after the template's fora have ended (2026-12-31): the demo still loads, with
 * its calendar kept on the last day it can be anchored on.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meetingDatesByForum } from '../modules/meetings/index';
import { findEntityIdByKey } from '../modules/organisation/index';
import { createTestContext, type TestContext } from '../test/test-app';
import { loadDemoData } from './demo';
import { demoLoaders } from './loaders';
import { demoSchedule, LAST_ANCHOR } from './meetings-demo.schedule';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-03-01T08:00:00Z'));
});
afterAll(async () => {
  vi.useRealTimers();
  await ctx.close();
});

describe('the demo after the template has ended', () => {
  it('loads with the calendar of the last anchor day', async () => {
    expect(await loadDemoData(ctx.database, demoLoaders)).toBe(true);
    const db = ctx.database.db;
    const collaborationId = await findEntityIdByKey(
      db,
      'collaboration',
      null,
      'south-denmark-2022',
    );
    const ssu = (await findEntityIdByKey(db, 'forum', collaborationId, 'ssu')) ?? '';
    const dates = (await meetingDatesByForum(db, [ssu]))[ssu];
    const planned = demoSchedule(LAST_ANCHOR).filter((m) => m.forumKey === 'ssu');
    expect(dates).toEqual(planned.map((m) => m.date));
  });
});
