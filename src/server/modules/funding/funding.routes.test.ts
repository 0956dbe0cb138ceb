/**
 * Joint funding applications (issue 13, acceptance): a pool is registered, an application in a
 * cluster's forum moves idea → in preparation → submitted → granted, the budget split must make
 * the total to the øre (422 in Danish naming the difference, nothing written), members of other
 * fora are refused, obligations become overdue on a given day, and the overview sums per cluster
 * and year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import { createTestContext, type TestClient } from '../../test/test-app';
import { appoint, createParty, createPerson, createSeat, orgContext } from '../organisation/index';
import type { ApplicationDetail, OverviewRow } from '../../../shared/funding.contract';

const ctx = await createTestContext();
afterAll(() => ctx.close());

let org: OrgFixture;
let secretariat: TestClient;
let member: TestClient;
let stranger: TestClient;
let partyA: string;
let partyB: string;
let poolId: string;

/** A member account with no scope, seated in one forum. */
async function seatedMember(forumId: string, name: string): Promise<TestClient> {
  const client = await ctx.loginAs('member', name, { scopes: [] });
  const db = orgContext(ctx.database.db);
  const person = await createPerson(db, SYSTEM_ACTOR, {
    name,
    userId: client.userId,
    fictional: true,
  });
  const seat = await createSeat(db, SYSTEM_ACTOR, forumId, {
    label: 'Plads',
    role: 'member',
    validFrom: '2025-01-01',
  });
  await appoint(db, SYSTEM_ACTOR, {
    seatId: seat.result.entityId,
    personId: person.id,
    validFrom: '2025-01-01',
  });
  return client;
}

beforeAll(async () => {
  org = await buildOrganisation(ctx);
  const db = orgContext(ctx.database.db);
  const party = async (name: string) =>
    (
      await createParty(db, SYSTEM_ACTOR, org.collaborationId, {
        name,
        kind: 'municipality',
        validFrom: '2025-01-01',
        acknowledgeBreaches: true,
      })
    ).result.entityId;
  partyA = await party('Nordby Kommune');
  partyB = await party('Sydby Kommune');
  secretariat = await ctx.loginAs('secretariat', 'Sekretær');
  member = await seatedMember(org.fora.klyngeNord, 'Medlem i Klynge Nord');
  stranger = await seatedMember(org.fora.klyngeSyd, 'Medlem i Klynge Syd');
}, 120_000);

const application = (overrides: Record<string, unknown> = {}) => ({
  poolId,
  ownerForumId: org.fora.klyngeNord,
  title: 'Fælles sundhedshus',
  leadPartyId: partyA,
  totalBudgetOre: 1_000_000_00,
  shares: [
    { partyId: partyA, amountOre: 600_000_00 },
    { partyId: partyB, amountOre: 400_000_00 },
  ],
  ideaOn: '2026-01-15',
  ...overrides,
});

describe('pools', () => {
  it('registers a pool (secretariat) and refuses a criteria link that is not http(s)', async () => {
    const pool = {
      collaborationId: org.collaborationId,
      owner: 'Sundhedsstyrelsen',
      title: 'Pulje til det nære sundhedsvæsen',
      amountOre: 50_000_000_00,
      deadline: '2026-03-01',
      criteriaUrl: 'https://www.sst.dk/puljer/naere-sundhedsvaesen',
    };
    const bad = await secretariat.post('/api/funding/pools', {
      ...pool,
      criteriaUrl: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    expect((await member.post('/api/funding/pools', pool)).statusCode).toBe(403);
    const res = await secretariat.post('/api/funding/pools', pool);
    expect(res.statusCode, res.body).toBe(201);
    poolId = res.json().id;
    const list = await member.get(`/api/funding/pools?collaborationId=${org.collaborationId}`);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ title: pool.title, amountOre: 50_000_000_00 }],
    });
  });
});

describe('a joint application', () => {
  let id: string;
  const step = (body: Record<string, unknown>, client = member) =>
    client.post(`/api/funding/applications/${id}/status`, body);

  it('refuses a budget split one øre off with a Danish 422 naming the difference, writing nothing', async () => {
    const res = await member.post(
      '/api/funding/applications',
      application({
        shares: [
          { partyId: partyA, amountOre: 600_000_00 },
          { partyId: partyB, amountOre: 399_999_99 },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().detail).toBe(
      'Budgetfordelingen summer til 999.999,99 kr., men det samlede budget er 1.000.000,00 kr.: der mangler 0,01 kr.',
    );
    expect(res.json().extra).toEqual({ differenceOre: 1 });
    const over = await member.post(
      '/api/funding/applications',
      application({ shares: [{ partyId: partyA, amountOre: 1_000_000_01 }] }),
    );
    expect(over.statusCode).toBe(422);
    expect(over.json().detail).toContain('der er fordelt 0,01 kr. for meget');
    const unknownPilot = await member.post(
      '/api/funding/applications',
      application({ pilotIds: ['0b9d6c1e-5f7a-4c2e-9d3b-2a1f0e4c8b7a'] }),
    );
    expect(unknownPilot.statusCode).toBe(422);
    expect(unknownPilot.json().detail).toBe('Et pilotprojekt hører ikke til samarbejdet.');
    const list = await member.get(
      `/api/funding/applications?collaborationId=${org.collaborationId}`,
    );
    expect(list.json().total).toBe(0);
  });

  it('is created as an idea by a member of the owning forum, not by a member elsewhere', async () => {
    expect((await stranger.post('/api/funding/applications', application())).statusCode).toBe(403);
    const res = await member.post('/api/funding/applications', application());
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json() as ApplicationDetail;
    id = detail.id;
    expect(detail).toMatchObject({
      status: 'idea',
      ideaOn: '2026-01-15',
      clusterId: org.clusters.nord,
      leadParty: { id: partyA, name: 'Nordby Kommune' },
      nextStatuses: ['inPreparation'],
      editable: true,
    });
    expect(detail.shares.map((s) => [s.partyName, s.amountOre])).toEqual([
      ['Nordby Kommune', 600_000_00],
      ['Sydby Kommune', 400_000_00],
    ]);
  });

  it('changes its split while in preparation; the sum is checked again', async () => {
    expect((await step({ to: 'submitted', on: '2026-02-01' })).statusCode).toBe(409);
    expect((await step({ to: 'inPreparation', on: '2026-01-14' })).statusCode).toBe(422);
    const prep = await step({ to: 'inPreparation', on: '2026-01-20' });
    expect(prep.statusCode, prep.body).toBe(200);
    expect(prep.json()).toMatchObject({ status: 'inPreparation', preparationOn: '2026-01-20' });
    const update = (shares: { partyId: string; amountOre: number }[]) =>
      member.put(`/api/funding/applications/${id}`, {
        title: 'Fælles sundhedshus',
        leadPartyId: partyA,
        totalBudgetOre: 1_200_000_00,
        shares,
      });
    expect((await update([{ partyId: partyA, amountOre: 1_000_000_00 }])).statusCode).toBe(422);
    const ok = await update([
      { partyId: partyA, amountOre: 700_000_00 },
      { partyId: partyB, amountOre: 500_000_00 },
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().totalBudgetOre).toBe(1_200_000_00);
    expect((await stranger.put(`/api/funding/applications/${id}`, {})).statusCode).toBe(403);
  });

  it('is submitted, then granted at most the amount applied for', async () => {
    const submitted = await step({ to: 'submitted', on: '2026-02-28' });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      submittedOn: '2026-02-28',
      year: 2026,
      editable: false,
    });
    const frozen = await member.put(`/api/funding/applications/${id}`, {
      title: 'x',
      leadPartyId: partyA,
      totalBudgetOre: 1,
      shares: [{ partyId: partyA, amountOre: 1 }],
    });
    expect(frozen.statusCode).toBe(409);
    expect((await step({ to: 'granted', on: '2026-05-01' })).statusCode).toBe(422);
    const tooMuch = await step({ to: 'granted', on: '2026-05-01', amountGrantedOre: 1_200_000_01 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().detail).toContain('kan ikke overstige det ansøgte');
    const granted = await step(
      { to: 'granted', on: '2026-05-01', amountGrantedOre: 900_000_00 },
      secretariat,
    );
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({
      status: 'granted',
      amountGrantedOre: 900_000_00,
      ideaOn: '2026-01-15',
      preparationOn: '2026-01-20',
      submittedOn: '2026-02-28',
      decidedOn: '2026-05-01',
      nextStatuses: [],
    });
    expect((await step({ to: 'refused', on: '2026-05-02' })).statusCode).toBe(409);
  });

  it('keeps reporting obligations; the overdue ones are listed for a given day', async () => {
    const add = (title: string, dueDate: string) =>
      member.post(`/api/funding/applications/${id}/obligations`, { title, dueDate });
    expect((await add('Midtvejsrapport', '2026-09-30')).statusCode).toBe(201);
    const res = await add('Slutrapport', '2027-03-31');
    const obligations = (res.json() as ApplicationDetail).obligations;
    expect(obligations.map((o) => o.title)).toEqual(['Midtvejsrapport', 'Slutrapport']);
    const overdue = (on: string) =>
      member.get(
        `/api/funding/obligations/overdue?collaborationId=${org.collaborationId}&on=${on}`,
      );
    expect((await overdue('2026-09-30')).json().total).toBe(0);
    const late = (await overdue('2027-04-01')).json();
    expect(late.items.map((o: { title: string }) => o.title)).toEqual([
      'Midtvejsrapport',
      'Slutrapport',
    ]);
    expect(late.items[0]).toMatchObject({ applicationTitle: 'Fælles sundhedshus', overdue: true });
    const done = await member.patch(
      `/api/funding/applications/${id}/obligations/${obligations[0]!.id}`,
      { done: true, on: '2026-10-02' },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect((await overdue('2027-04-01')).json().total).toBe(1);
    const removed = await member.delete(
      `/api/funding/applications/${id}/obligations/${obligations[1]!.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect((await overdue('2027-04-01')).json().total).toBe(0);
  });

  it('sums what the cluster applied for and won per year, and filters the list', async () => {
    const second = await member.post(
      '/api/funding/applications',
      application({
        title: 'Akutteam',
        ideaOn: '2026-02-01',
        shares: [{ partyId: partyA, amountOre: 1_000_000_00 }],
      }),
    );
    const secondId = second.json().id;
    for (const [to, on] of [
      ['inPreparation', '2026-02-02'],
      ['submitted', '2026-02-20'],
      ['refused', '2026-06-01'],
    ] as const) {
      expect(
        (await member.post(`/api/funding/applications/${secondId}/status`, { to, on })).statusCode,
      ).toBe(200);
    }
    await member.post(
      '/api/funding/applications',
      application({ title: 'Idé til senere', ideaOn: '2026-03-01' }),
    );
    const overview = await member.get(
      `/api/funding/overview?collaborationId=${org.collaborationId}`,
    );
    expect(overview.statusCode, overview.body).toBe(200);
    const rows = overview.json().rows as OverviewRow[];
    expect(rows).toEqual([
      {
        clusterId: org.clusters.nord,
        clusterName: expect.any(String),
        year: 2026,
        count: 3,
        appliedCount: 2,
        appliedOre: 2_200_000_00,
        grantedCount: 1,
        grantedOre: 900_000_00,
        pendingCount: 0,
        pendingOre: 0,
        refusedCount: 1,
        refusedOre: 1_000_000_00,
      },
    ]);
    const granted = await member.get(
      `/api/funding/applications?collaborationId=${org.collaborationId}&status=granted&year=2026&poolId=${poolId}`,
    );
    expect(granted.json()).toMatchObject({ total: 1, items: [{ title: 'Fælles sundhedshus' }] });
    const paged = await member.get(
      `/api/funding/applications?collaborationId=${org.collaborationId}&limit=2&offset=2`,
    );
    expect(paged.json().total).toBe(3);
    expect(paged.json().items).toHaveLength(1);
  });
});
