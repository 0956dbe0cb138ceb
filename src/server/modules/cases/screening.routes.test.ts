/**
 * Recurrence screening (seed 004): similar cases from OTHER clusters when a case is raised (and
 * before saving), the officials' committee's list of cases recurring in several clusters or
 * flagged cross-cutting / principled / precedent-setting, and the reorganisation carry-over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSimilarity } from '../../../domain/cases/index';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { createForum, orgContext, reorganise } from '../organisation/index';
import {
  buildOrganisation,
  daysFromToday,
  type ForumName,
  type OrgFixture,
} from '../../test/cases-fixtures';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

const NORD = {
  title: 'Fælles model for akutfunktioner på sygehusene',
  summary: 'Klyngen foreslår øget samarbejde om genoptræning',
};
const SYD = {
  title: 'Fælles model for akutfunktion på sygehuse',
  summary: 'Forslag om øget samarbejde i klyngen om genoptræning',
};

async function raise(
  forum: ForumName,
  text: { title: string; summary: string },
  extra: Record<string, unknown> = {},
) {
  const res = await org.members[forum].client.post('/api/cases', {
    collaborationId: org.collaborationId,
    ...text,
    type: 'decision',
    raisedInForumId: org.fora[forum],
    route: [org.fora[forum], org.fora.eu],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

let nordId: string;
let sydId: string;
let principledId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat');
  nordId = (await raise('klyngeNord', NORD)).case.id;
  await raise('klyngeNord', { title: 'Udbredelse af telemedicin til KOL-patienter', summary: '' });
  const syd = await raise('klyngeSyd', SYD);
  sydId = syd.case.id;
  expect(syd.similar.map((s: { case: { id: string } }) => s.case.id)).toEqual([nordId]);
  principledId = (
    await raise(
      'eu',
      { title: 'Finansiering af sekretariatsbetjening', summary: 'Model 3' },
      { flags: ['principled'], route: [org.fora.eu] },
    )
  ).case.id;
});
afterAll(() => ctx.close());

describe('similar cases', () => {
  it('lists similar cases of other clusters before saving, scored like the domain', async () => {
    const q = new URLSearchParams({
      collaborationId: org.collaborationId,
      forumId: org.fora.klyngeSyd,
      ...SYD,
    });
    const res = await sec.get(`/api/cases/similar?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { case: { id: string; clusterId: string }; score: number }[];
    expect(items.map((i) => i.case.id)).toEqual([nordId]);
    const expected = caseSimilarity(
      { id: 'a', clusterId: 'x', ...NORD },
      { id: 'b', clusterId: 'y', ...SYD },
    );
    expect(items[0]?.score).toBeCloseTo(expected, 5);
  });

  it('leaves out the raising forum’s own cluster', async () => {
    const q = new URLSearchParams({
      collaborationId: org.collaborationId,
      forumId: org.fora.klyngeNord,
      ...NORD,
    });
    const items = (await sec.get(`/api/cases/similar?${q}`)).json().items as {
      case: { id: string };
    }[];
    expect(items.map((i) => i.case.id)).toEqual([sydId]);
  });
});

describe('the officials’ committee’s screening list', () => {
  it('groups cases recurring across clusters and lists flagged ones with their reasons', async () => {
    const res = await org.members.eu.client.get(
      `/api/cases/recurring?collaborationId=${org.collaborationId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.groups).toHaveLength(1);
    expect(body.groups[0].clusterIds.sort()).toEqual([org.clusters.nord, org.clusters.syd].sort());
    expect(body.groups[0].cases.map((c: { id: string }) => c.id).sort()).toEqual(
      [nordId, sydId].sort(),
    );
    const reasons = Object.fromEntries(
      body.cases.map((c: { case: { id: string }; reasons: string[] }) => [c.case.id, c.reasons]),
    );
    expect(reasons).toEqual({
      [nordId]: ['recurring'],
      [sydId]: ['recurring'],
      [principledId]: ['principled'],
    });
  });
});

describe('reorganisation', () => {
  it('carries open steps of an ended forum over to its successor', async () => {
    const effective = daysFromToday(1);
    const o = orgContext(ctx.database.db);
    const successor = await createForum(o, SYSTEM_ACTOR, org.collaborationId, {
      name: 'Nyt embedsmandsudvalg',
      level: 'municipal',
      kind: 'administrative',
      validFrom: effective,
    });
    const result = await reorganise(o, SYSTEM_ACTOR, org.collaborationId, {
      effectiveDate: effective,
      mappings: [{ fromForumId: org.fora.eu, toForumIds: [successor.result.entityId] }],
    });
    const report = result.carriedOver.find((r) => r.handler === 'cases');
    expect(report?.movedIds).toEqual(expect.arrayContaining([nordId, sydId, principledId]));
    expect(report?.movedIds).toHaveLength(4);
    const c = (await sec.get(`/api/cases/${principledId}`)).json();
    expect(c.steps.map((s: { forumId: string }) => s.forumId)).toEqual([successor.result.entityId]);
    expect(c.returnToForumId).toBe(successor.result.entityId);
    expect(c.timeline.at(-1)).toMatchObject({
      kind: 'carriedOver',
      forumId: org.fora.eu,
      toForumId: successor.result.entityId,
      // The old case shows where it went, by name (the ended forum keeps its name too).
      forumName: expect.any(String),
      toForumName: 'Nyt embedsmandsudvalg',
      on: effective,
    });
    const nord = (await sec.get(`/api/cases/${nordId}`)).json();
    expect(nord.steps.map((s: { forumId: string }) => s.forumId)).toEqual([
      org.fora.klyngeNord,
      successor.result.entityId,
    ]);
  });
});
