/**
 * The SQL visibility conditions of search (search.visibility.ts) against the JavaScript rule
 * they restate (casesForViewer, getAgendaForViewer), for every kind of viewer of the closed-item
 * fixture; and the LIMIT counting visible hits only. Runs on PGlite and on PostgreSQL.
 */
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { SearchResult } from '../../../shared/search.contract';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { buildClosedItemMeeting, decide, publish } from '../../test/closed-item-fixture';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { agendaItems, agendas, getAgendaForViewer } from '../agendas/index';
import { caseDeps, caseSteps, cases, casesForViewer, loadCases, type Viewer } from '../cases/index';
import { meetings } from '../meetings/index';
import { freshMemberPeriods } from '../organisation/index';
import {
  agendaVisible,
  caseVisible,
  itemVisible,
  sqlViewer,
  stepVisible,
} from './search.visibility';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let reader: TestClient;
const open: string[] = [];
const secret: string[] = [];

async function raise(title: string, confidential: boolean): Promise<string> {
  const res = await org.members.klyngeSyd.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title,
    summary: 'Vindmøllepark ved kysten',
    body: '',
    type: 'discussion',
    confidential,
    raisedInForumId: org.fora.klyngeSyd,
    route: [org.fora.tss],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case.id as string;
}

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariat');
  reader = await ctx.loginAs('reader', 'Læser');
  // The confidential cases match best (the word three times), so they come first for members.
  for (let i = 0; i < 4; i += 1) {
    secret.push(await raise(`Vindmøllepark vindmøllepark fortrolig ${i}`, true));
    open.push(await raise(`Åben sag ${i}`, false));
  }
  const meeting = await buildClosedItemMeeting(org, sec);
  await publish(org, meeting);
  await decide(org, meeting);
  const draftId = await createMeeting(sec, org, 'tema', daysFromToday(30));
  const add = await sec.post(`/api/agendas/${draftId}/items`, {
    kind: 'free',
    title: 'Udkast om vindmølleparker',
    type: 'information',
  });
  expect(add.statusCode, add.body).toBe(201);
});
afterAll(() => ctx.close());

function viewers(): Viewer[] {
  const list: [TestClient, Role][] = [
    [reader, 'reader'],
    [sec, 'secretariat'],
    [org.ssuSecretary.client, 'secretariat'],
    [org.ssuSubstitute.client, 'member'],
    [org.temaChair.client, 'member'],
    ...Object.values(org.members).map((m): [TestClient, Role] => [m.client, 'member']),
  ];
  return list.map(([client, role]) => {
    return { userId: client.userId as string, name: 'Viewer', role };
  });
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the SQL visibility of search against the JavaScript rule', () => {
  it('agrees on cases and their steps for every viewer', async () => {
    const db = ctx.database.db;
    await freshMemberPeriods(db);
    const all = await loadCases(
      db,
      (await db.select({ id: cases.id }).from(cases)).map((r) => r.id),
    );
    const stepMeetings = alias(meetings, 'step_meetings');
    for (const viewer of viewers()) {
      const v = sqlViewer(viewer);
      const views = await casesForViewer(caseDeps(db), viewer, all);
      const jsCases = views.filter((c) => !c.redacted).map((c) => c.id);
      const jsSteps = views.flatMap((c) =>
        c.redacted ? [] : c.steps.filter((s) => !s.redacted).map((s) => s.id),
      );
      const sqlCases = await db.select({ id: cases.id }).from(cases).where(caseVisible(v));
      const sqlSteps = await db
        .select({ id: caseSteps.id })
        .from(caseSteps)
        .innerJoin(cases, eq(cases.id, caseSteps.caseId))
        .leftJoin(stepMeetings, eq(stepMeetings.id, caseSteps.meetingId))
        .where(and(caseVisible(v), stepVisible(v, caseSteps, stepMeetings)));
      expect(sorted(sqlCases.map((r) => r.id)), viewer.userId).toEqual(sorted(jsCases));
      expect(sorted(sqlSteps.map((r) => r.id)), viewer.userId).toEqual(sorted(jsSteps));
    }
  });

  it('agrees on agenda items and minutes for every viewer', async () => {
    const db = ctx.database.db;
    await freshMemberPeriods(db);
    const meetingIds = (
      await db.selectDistinct({ id: agendaItems.meetingId }).from(agendaItems)
    ).map((r) => r.id);
    expect(meetingIds.length).toBeGreaterThan(1);
    for (const viewer of viewers()) {
      const v = sqlViewer(viewer);
      const jsItems: string[] = [];
      const jsMinutes: string[] = [];
      for (const meetingId of meetingIds) {
        const agenda = await getAgendaForViewer(caseDeps(db), viewer, meetingId);
        const shown = agenda.items.filter((i) => !i.redacted).map((i) => i.id);
        jsItems.push(...shown);
        if (agenda.status === 'published') jsMinutes.push(...shown);
      }
      const query = (which: 'agendaItem' | 'minutes') =>
        db
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
          .leftJoin(agendas, eq(agendas.meetingId, agendaItems.meetingId))
          .where(and(agendaVisible(v, which), itemVisible(v)));
      const sqlItems = (await query('agendaItem')).map((r) => r.id);
      const sqlMinutes = (await query('minutes')).map((r) => r.id);
      expect(sorted(sqlItems), viewer.userId).toEqual(sorted(jsItems));
      expect(sorted(sqlMinutes), viewer.userId).toEqual(sorted(jsMinutes));
    }
  });
});

describe('the limit counts visible hits only', () => {
  const find = async (client: TestClient, extra: string): Promise<SearchResult> => {
    const res = await client.get(`/api/search?q=vindmøllepark${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SearchResult;
  };

  it('gives an outsider exactly `limit` visible hits though better hidden ones exist', async () => {
    const { hits } = await find(reader, '&types=case&limit=3');
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(open).toContain(hit.id);
    const all = await find(reader, '&types=case');
    expect(sorted(all.hits.map((h) => h.id))).toEqual(sorted(open));
  });

  it('gives a member of the raising forum the confidential cases first', async () => {
    const { hits } = await find(org.members.klyngeSyd.client, '&types=case&limit=4');
    expect(sorted(hits.map((h) => h.id))).toEqual(sorted(secret));
    const all = await find(org.members.klyngeSyd.client, '&types=case');
    expect(all.hits).toHaveLength(8);
  });

  it('keeps a draft agenda’s item for the secretariat, away from others', async () => {
    expect((await find(reader, '&types=agendaItem')).hits).toEqual([]);
    const forSec = await find(sec, '&types=agendaItem');
    expect(forSec.hits.map((h) => h.title)).toEqual(['Udkast om vindmølleparker']);
  });
});
