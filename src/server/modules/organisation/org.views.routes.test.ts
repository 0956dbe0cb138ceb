/**
 * Read fields the web app needs, on the South Danish demo organisation: which function seats
 * gave a member a role and the appointments behind seats and functions (so a function can be
 * ended from the forum page), the forum name of a party's seats, the party of a person's seat,
 * and successor edges in the org chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ForumPage,
  OrgChart,
  PartyPage,
  PersonPage,
} from '../../../shared/organisation-views.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { findEntityIdByKey, loadOrganisationDemo } from './index';

const DATE = '2024-06-01';
let ctx: TestContext;
let reader: TestClient;
let secretariat: TestClient;
let collaborationId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await loadOrganisationDemo(ctx.database);
  const found = await findEntityIdByKey(
    ctx.database.db,
    'collaboration',
    null,
    'south-denmark-2022',
  );
  collaborationId = found ?? '';
  reader = await ctx.loginAs('reader');
  secretariat = await ctx.loginAs('secretariat');
});
afterAll(() => ctx.close());

async function forumId(key: string): Promise<string> {
  return (await findEntityIdByKey(ctx.database.db, 'forum', collaborationId, key)) ?? '';
}

async function forumPage(key: string, date = DATE): Promise<ForumPage> {
  const res = await reader.get(`/api/org/fora/${await forumId(key)}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ForumPage;
}

const seatOf = (page: ForumPage, key: string) =>
  page.seats.find((s) => s.key === `${page.forum.key}/${key}`)?.entityId;

describe('forum page members', () => {
  it('name the function seats that gave a role, with the appointment holding each', async () => {
    const ssu = await forumPage('ssu');
    const viceChairSeat = seatOf(ssu, 'vice-chair');
    const viceChair = ssu.members.find((m) => m.roles.includes('viceChair'));
    expect(viceChair?.functionSeatEntityIds).toEqual([viceChairSeat]);
    expect(viceChair?.functions).toEqual([
      {
        seatEntityId: viceChairSeat,
        seatLabel: 'Næstformand (kommunerne har næstformandsposten)',
        role: 'viceChair',
        appointmentId: expect.any(String),
      },
    ]);
    // A born member (a cluster co-chair) has no appointment of its own.
    expect(viceChair?.source).toBe('born');
    expect(viceChair?.appointmentId).toBeNull();
  });

  it('give the appointment id of an appointed seat', async () => {
    const ssu = await forumPage('ssu');
    const kkrSeat = ssu.members.find((m) => m.seatEntityId === seatOf(ssu, 'kkr-seat'));
    expect(kkrSeat?.source).toBe('appointed');
    expect(kkrSeat?.appointmentId).toBe(kkrSeat?.appointment?.id);
    expect(kkrSeat?.appointmentId).toEqual(expect.any(String));
    expect(kkrSeat?.functions).toEqual([]);
  });

  it('give no appointment for a function that follows from a born rule', async () => {
    const forum = await forumPage('sundhedsdirektorforum');
    const chair = forum.members.find((m) => m.roles.includes('chair'));
    expect(chair?.functions).toEqual([
      expect.objectContaining({ seatEntityId: seatOf(forum, 'chair'), appointmentId: null }),
    ]);
  });

  it('let the secretariat end a function appointment from the forum page', async () => {
    const before = await forumPage('politisk-fyn', '2024-06-01');
    const coChair = before.members.find((m) => m.roles.includes('coChair'));
    const appointmentId = coChair?.functions[0]?.appointmentId;
    expect(appointmentId).toEqual(expect.any(String));
    const res = await secretariat.post(`/api/org/appointments/${appointmentId}/end`, {
      lastDay: '2024-06-30',
      acknowledgeBreaches: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await forumPage('politisk-fyn', '2024-07-01');
    expect(after.members.some((m) => m.roles.includes('coChair'))).toBe(false);
    expect(after.members.find((m) => m.person?.id === coChair?.person?.id)?.functions).toEqual([]);
  });
});

describe('party and person pages', () => {
  it('give the forum name of each seat a party holds', async () => {
    const odense =
      (await findEntityIdByKey(ctx.database.db, 'party', collaborationId, '461')) ?? '';
    const res = await reader.get(`/api/org/parties/${odense}?date=${DATE}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as PartyPage;
    expect(page.seats.length).toBeGreaterThan(3);
    const ssu = await forumPage('ssu');
    const inSsu = page.seats.find((s) => s.forumEntityId === ssu.forum.entityId);
    expect(inSsu?.forumName).toBe('Sundhedssamarbejdsudvalget');
    expect(page.seats.every((s) => s.forumName !== '')).toBe(true);
  });

  it('give the party a person represents in each seat', async () => {
    const ssu = await forumPage('ssu');
    const viceChair = ssu.members.find((m) => m.roles.includes('viceChair'));
    const res = await reader.get(`/api/org/persons/${viceChair?.person?.id}?date=${DATE}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as PersonPage;
    const inSsu = page.seats.find((s) => s.forumEntityId === ssu.forum.entityId);
    expect(inSsu?.partyEntityId).toBe(viceChair?.partyEntityId);
    expect(inSsu?.partyEntityId).toEqual(expect.any(String));
    expect(page.seats.every((s) => s.partyEntityId !== null)).toBe(true);
  });
});

const SUCCESSION = `format: samspil/organisation@1
collaboration: { key: chart-succession, name: Diagramtest, regionName: Syddanmark, validFrom: 2022-01-01 }
parties:
  - { kind: municipality, code: "561" }
fora:
  - { key: gammel, name: Gammelt udvalg, level: regional, kind: political, scope: crossSector, validTo: 2024-12-31, successors: [ny] }
  - { key: ny, name: Nyt råd, level: regional, kind: political, scope: crossSector, validFrom: 2024-06-01 }
`;

describe('the org chart', () => {
  it('sends successor edges from an ending forum to its successor', async () => {
    const res = await secretariat.post('/api/org/files/import?dryRun=false', SUCCESSION, {
      headers: { 'content-type': 'text/yaml' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'chart-succession');
    const chart = async (date: string) =>
      (await reader.get(`/api/org/collaborations/${id}/chart?date=${date}`)).json() as OrgChart;
    const names = (c: OrgChart) => new Map(c.nodes.map((n) => [n.id, n.name]));
    const both = await chart('2024-07-01');
    const successors = both.edges.filter((e) => e.kind === 'successor');
    expect(successors.map((e) => [names(both).get(e.from), names(both).get(e.to)])).toEqual([
      ['Gammelt udvalg', 'Nyt råd'],
    ]);
    // Before the successor starts the edge still leads out of the chart's only node.
    const before = await chart('2023-01-01');
    expect(before.nodes).toHaveLength(1);
    expect(before.edges.filter((e) => e.kind === 'successor')).toHaveLength(1);
    expect(before.edges[0]?.from).toBe(before.nodes[0]?.id);
  });
});

const REFORM = `
format: samspil/organisation@1
collaboration: { key: page-succession, name: Reformsamarbejde, regionName: Syddanmark, validFrom: 2022-07-01 }
parties:
  - { kind: municipality, code: "461" }
fora:
  - { key: ssu, name: Sundhedssamarbejdsudvalget, level: regional, kind: political, scope: crossSector, validTo: 2026-12-31, successors: [fyn, lillebaelt] }
  - { key: fyn, name: Sundhedsråd Fyn, level: regional, kind: political, scope: crossSector, validFrom: 2027-01-01 }
  - { key: lillebaelt, name: Sundhedsråd Lillebælt, level: regional, kind: political, scope: crossSector, validFrom: 2027-01-01 }
`;

describe('the forum page across a reorganisation (issue 7, item 4)', () => {
  it('names the successors on the last day and later, and the predecessors on the successor', async () => {
    const res = await secretariat.post('/api/org/files/import?dryRun=false', REFORM, {
      headers: { 'content-type': 'text/yaml' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'page-succession');
    const key = async (k: string) =>
      (await findEntityIdByKey(ctx.database.db, 'forum', id, k)) ?? '';
    const [ssu, fyn, lillebaelt] = [await key('ssu'), await key('fyn'), await key('lillebaelt')];
    const page = async (forumId: string, date: string) =>
      (await reader.get(`/api/org/fora/${forumId}?date=${date}`)).json() as ForumPage;
    const successors = [
      { id: fyn, name: 'Sundhedsråd Fyn', validFrom: '2027-01-01', validTo: null },
      { id: lillebaelt, name: 'Sundhedsråd Lillebælt', validFrom: '2027-01-01', validTo: null },
    ];
    for (const date of ['2026-12-31', '2027-03-01']) {
      const old = await page(ssu, date);
      expect(old.successors, date).toEqual(successors);
      expect(old.predecessors).toEqual([]);
    }
    const successor = await page(fyn, '2027-03-01');
    expect(successor.predecessors).toEqual([
      {
        id: ssu,
        name: 'Sundhedssamarbejdsudvalget',
        validFrom: '2022-07-01',
        validTo: '2026-12-31',
      },
    ]);
    expect(successor.successors).toEqual([]);
  });

  it('still finds an ended forum by name in the organisation search, with its end date', async () => {
    const id = await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'page-succession');
    const search = async (q: string, extra = '') =>
      (
        await reader.get(`/api/org/search?q=${encodeURIComponent(q)}&date=2027-03-01${extra}`)
      ).json() as { items: { name: string; endedOn: string | null }[] };
    for (const extra of ['', `&collaborationId=${id}`]) {
      const found = await search('sundhedssamarbejdsudvalget', extra);
      expect(found.items, extra).toContainEqual(
        expect.objectContaining({ name: 'Sundhedssamarbejdsudvalget', endedOn: '2026-12-31' }),
      );
      expect((await search('sundhedsråd fyn', extra)).items).toContainEqual(
        expect.objectContaining({ name: 'Sundhedsråd Fyn', endedOn: null }),
      );
    }
    // Before it started, a forum is not found.
    const early = (
      await reader.get(`/api/org/search?q=${encodeURIComponent('sundhedsråd fyn')}&date=2026-06-01`)
    ).json() as { items: unknown[] };
    expect(early.items).toEqual([]);
  });
});
