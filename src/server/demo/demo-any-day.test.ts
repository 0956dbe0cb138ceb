/**
 * The demo loads on any day from 2026 to 2030 (issue 7): made for days before, around and long
 * after the reform, the 2022–2026 story follows its anchor, the reform is carried out once, and
 * the councils and KKR meet around the day (from January 2027 when the day is earlier).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingDatesByForum } from '../modules/meetings/index';
import { findEntityIdByKey, reorganisations } from '../modules/organisation/index';
import { createTestContext, type TestContext } from '../test/test-app';
import { loadDemoData } from './demo';
import { demoLoaders } from './loaders';
import { demoAnchor, demoSchedule } from './meetings-demo.schedule';
import {
  councilAnchor,
  councilSchedule,
  SUCCESSOR_COLLABORATION_KEY,
} from './reform-demo.schedule';

const DAYS = ['2026-03-02', '2026-12-20', '2027-01-04', '2029-06-01', '2030-12-15'] as const;

describe.each(DAYS)('the demo made for %s', (day) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await loadDemoData(ctx.database, demoLoaders, { today: day })).toBe(true);
  });
  afterAll(() => ctx.close());

  it('has the 2022–2026 story, the reform once, and the councils meeting around the day', async () => {
    const db = ctx.database.db;
    const south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) ?? '';
    const next =
      (await findEntityIdByKey(db, 'collaboration', null, SUCCESSOR_COLLABORATION_KEY)) ?? '';
    expect(await db.select().from(reorganisations)).toHaveLength(1);
    const ssu = (await findEntityIdByKey(db, 'forum', south, 'ssu')) ?? '';
    const ssuDates = (await meetingDatesByForum(db, [ssu]))[ssu];
    expect(ssuDates).toEqual(
      demoSchedule(demoAnchor(day))
        .filter((m) => m.forumKey === 'ssu')
        .map((m) => m.date),
    );
    const fyn = (await findEntityIdByKey(db, 'forum', next, 'sundhedsraad-fyn')) ?? '';
    const fynDates = (await meetingDatesByForum(db, [fyn]))[fyn] ?? [];
    expect(fynDates).toEqual(
      councilSchedule(councilAnchor(day))
        .filter((m) => m.forumKey === 'sundhedsraad-fyn')
        .map((m) => m.date),
    );
    expect(fynDates.length).toBeGreaterThan(0);
  });
});
