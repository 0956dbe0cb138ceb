/**
 * The demo made for days after the South Danish collaboration's 2022–2026 fora have ended: the
 * 2022–2026 story keeps the calendar of its last anchor day, the reform has been carried out by the
 * product (one reorganisation, the clusters and the SSU ended on 31 December 2026 with the health
 * councils as successors), and the councils and KKR meet around the day. No faked clock: the demo
 * is loaded for a given day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList, VisibleCase } from '../../shared/cases.contract';
import type { Meeting } from '../../shared/meetings.contract';
import { meetingDatesByForum } from '../modules/meetings/index';
import { findEntityIdByKey, reorganisations } from '../modules/organisation/index';
import { createTestContext, type TestClient, type TestContext } from '../test/test-app';
import { DEMO_PASSWORD, loadDemoData } from './demo';
import { demoLoaders } from './loaders';
import { demoSchedule, LAST_ANCHOR } from './meetings-demo.schedule';
import { DEMO_CASES } from './meetings-demo.texts';
import { NEW_COUNCIL_CASE } from './reform-demo.texts';
import {
  councilAnchor,
  councilSchedule,
  REFORM_DATE,
  SUCCESSOR_COLLABORATION_KEY,
} from './reform-demo.schedule';

const DAY = '2027-03-01';
let ctx: TestContext;
let reader: TestClient;
let member: TestClient;
let oldId = '';
let newId = '';

async function logIn(email: string): Promise<TestClient> {
  const client = ctx.anonymous();
  const res = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

const forumOf = async (collaborationId: string, key: string) =>
  (await findEntityIdByKey(ctx.database.db, 'forum', collaborationId, key)) ?? '';

beforeAll(async () => {
  ctx = await createTestContext();
  expect(await loadDemoData(ctx.database, demoLoaders, { today: DAY })).toBe(true);
  const db = ctx.database.db;
  oldId = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) ?? '';
  newId = (await findEntityIdByKey(db, 'collaboration', null, SUCCESSOR_COLLABORATION_KEY)) ?? '';
  reader = await logIn('laeser@demo.samspil.dk');
  member = await logIn('medlem@demo.samspil.dk');
});
afterAll(() => ctx.close());

describe('the demo made for a day after the reform', () => {
  it('keeps the 2022–2026 calendar of the last anchor day', async () => {
    const ssu = await forumOf(oldId, 'ssu');
    const dates = (await meetingDatesByForum(ctx.database.db, [ssu]))[ssu];
    const planned = demoSchedule(LAST_ANCHOR).filter((m) => m.forumKey === 'ssu');
    expect(dates).toEqual(planned.map((m) => m.date));
  });

  it('has carried out the reform once, from 1 January 2027', async () => {
    const rows = await ctx.database.db.select().from(reorganisations);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      effectiveDate: REFORM_DATE,
      sourceCollaborationIds: [oldId],
      targetCollaborationId: newId,
    });
    const page = (await reader.get(`/api/org/fora/${await forumOf(oldId, 'ssu')}`)).json();
    expect(JSON.stringify(page)).toContain('2026-12-31');
  });

  it('shows the four South Danish health councils on the day, the clusters before the reform', async () => {
    const names = async (id: string, date: string) => {
      const res = await reader.get(`/api/org/collaborations/${id}/overview?date=${date}`);
      if (res.statusCode !== 200) return [];
      const body = res.json() as { foraByLevel: { fora: { name: string; level?: string }[] }[] };
      return body.foraByLevel.flatMap((l) => l.fora.map((f) => f.name));
    };
    const after = await names(newId, DAY);
    expect(after).toEqual(
      expect.arrayContaining([
        'Sundhedsråd Fyn',
        'Sundhedsråd Lillebælt',
        'Sundhedsråd Sydvestjylland',
        'Sundhedsråd Sønderjylland',
        'KKR Syddanmark',
      ]),
    );
    expect(await names(oldId, '2026-06-01')).toEqual(
      expect.arrayContaining(['Sundhedssamarbejdsudvalget', 'Sundhedsklynge Fyn (politisk)']),
    );
    expect(await names(oldId, DAY)).not.toContain('Sundhedssamarbejdsudvalget');
  });

  it('has the councils and KKR meet around the day', async () => {
    const list = (await reader.get(`/api/meetings?collaborationId=${newId}`)).json()
      .items as Meeting[];
    const planned = councilSchedule(councilAnchor(DAY));
    expect(list.map((m) => m.date).sort()).toEqual(planned.map((m) => m.date).sort());
    expect(list.some((m) => m.date < DAY && m.status === 'minutesApproved')).toBe(true);
    expect(list.some((m) => m.date > DAY && m.status !== 'minutesApproved')).toBe(true);
  });

  it('carries the open cases over to the councils, and decides in them', async () => {
    const cases = (await reader.get(`/api/cases?collaborationId=${newId}`)).json() as CaseList;
    const fyn = await forumOf(newId, 'sundhedsraad-fyn');
    const sonderjylland = await forumOf(newId, 'sundhedsraad-sonderjylland');
    const detail = async (title: string) => {
      const found = cases.items.find((c) => c.title === title);
      expect(found, title).toBeDefined();
      return (await member.get(`/api/cases/${found?.id}`)).json() as VisibleCase;
    };
    const fynCase = await detail(DEMO_CASES.akutteamFyn.title);
    // Its cluster step was carried over to the council, which has decided it by the day.
    expect(fynCase.steps.find((s) => s.forumId === fyn)?.status).toBe('decided');
    const syd = await detail(DEMO_CASES.akutteamSyd.title);
    expect(syd.steps.some((s) => s.forumId === sonderjylland)).toBe(true);
    const own = await detail(NEW_COUNCIL_CASE.title);
    expect(own.steps.find((s) => s.forumId === fyn)?.status).toBe('decided');
  });
});
