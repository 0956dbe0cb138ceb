/**
 * The organisation API end to end, building a small cluster through the API: collaboration,
 * parties, cluster, forum, seats, persons, offices and appointments; then the reads (forum,
 * person and party pages, overview, burden, chart, search), a born seat following a new mayor,
 * and permissions (readers read, only the secretariat writes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { getForumMembers, isForumMember } from './index';

let ctx: TestContext;
let sec: TestClient;
let reader: TestClient;
const ids: Record<string, string> = {};
const START = '2024-01-01';
const D = '2024-09-01';

async function created(res: { statusCode: number; body: string; json: () => unknown }) {
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as {
    item?: { entityId?: string; id: string };
    id?: string;
    entityId?: string;
  };
  return body.item ? (body.item.entityId ?? body.item.id) : ((body.entityId ?? body.id) as string);
}

beforeAll(async () => {
  ctx = await createTestContext();
  sec = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader', 'Rita Reader');
  const collab = await sec.post('/api/org/collaborations', {
    name: 'Sundhedssamarbejdet Test',
    regionName: 'Syddanmark',
    validFrom: START,
  });
  ids.collab = await created(collab);
  const under = (path: string) => `/api/org/collaborations/${ids.collab}/${path}`;
  for (const [key, kind, name] of [
    ['region', 'region', 'Region Syddanmark'],
    ['aabenraa', 'municipality', 'Aabenraa'],
    ['tonder', 'municipality', 'Tønder'],
  ] as const) {
    ids[key] = await created(await sec.post(under('parties'), { kind, name, validFrom: START }));
  }
  ids.cluster = await created(
    await sec.post(under('clusters'), { name: 'Sønderjylland', validFrom: START }),
  );
  for (const party of ['aabenraa', 'tonder']) {
    await created(
      await sec.post('/api/org/cluster-memberships', {
        clusterId: ids.cluster,
        partyId: ids[party],
        verified: true,
        validFrom: START,
      }),
    );
  }
});
afterAll(() => ctx.close());

describe('building a cluster forum through the API', () => {
  it('creates the forum with a born seat and a co-chair function', async () => {
    ids.forum = await created(
      await sec.post(`/api/org/collaborations/${ids.collab}/fora`, {
        name: 'Sundhedsklynge Sønderjylland',
        level: 'cluster',
        kind: 'political',
        clusterId: ids.cluster,
        cadence: { min: 4, max: null },
        mustTasks: ['Udarbejde fælles høringssvar'],
        validFrom: START,
        acknowledgeBreaches: true,
      }),
    );
    ids.mayors = await created(
      await sec.post(`/api/org/fora/${ids.forum}/seats`, {
        label: 'Borgmestre',
        born: { kind: 'officeHolders', office: 'mayor', parties: { of: 'forumCluster' } },
        validFrom: START,
        acknowledgeBreaches: true,
      }),
    );
    ids.coChair = await created(
      await sec.post(`/api/org/fora/${ids.forum}/seats`, {
        label: 'Kommunal medformand',
        role: 'coChair',
        isFunction: true,
        partyKind: 'municipality',
        validFrom: START,
      }),
    );
    for (const name of [
      'Anna Prøvesen (demo)',
      'Bo Fiktivsen (demo)',
      'Cecilie Eksempelsen (demo)',
    ]) {
      ids[name.split(' ')[0] as string] = await created(
        await sec.post('/api/org/persons', { name, fictional: true }),
      );
    }
  });

  it('derives the born members from office holdings and adds the co-chair role', async () => {
    for (const [person, party] of [
      ['Anna', 'aabenraa'],
      ['Bo', 'tonder'],
    ] as const) {
      await created(
        await sec.post('/api/org/office-holdings', {
          personId: ids[person],
          partyId: ids[party],
          office: 'mayor',
          validFrom: START,
        }),
      );
    }
    await created(
      await sec.post('/api/org/appointments', {
        seatId: ids.coChair,
        personId: ids.Anna,
        validFrom: START,
      }),
    );
    const page = await reader.get(`/api/org/fora/${ids.forum}?date=2024-06-01`);
    expect(page.statusCode, page.body).toBe(200);
    const body = page.json();
    expect(body.members).toHaveLength(2);
    const anna = body.members.find(
      (m: { person: { id: string } | null }) => m.person?.id === ids.Anna,
    );
    expect(anna).toMatchObject({
      roles: ['member', 'coChair'],
      source: 'born',
      partyName: 'Aabenraa',
    });
    expect(anna.explanation.da).toBe('Født plads: Borgmester i hver kommune i Sønderjylland');
    expect(body.seats.map((s: { label: string }) => s.label)).toEqual([
      'Kommunal medformand',
      'Borgmestre',
    ]);
  });

  it('warns (409) when a new mayor leaves the co-chair outside the forum, then saves', async () => {
    const request = {
      personId: ids.Cecilie,
      partyId: ids.aabenraa,
      office: 'mayor',
      validFrom: D,
      replaceCurrent: true,
    };
    const refused = await sec.post('/api/org/office-holdings', request);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().extra.breaches.map((b: { code: string }) => b.code)).toContain(
      'breach.functionHolderNotMember',
    );
    const saved = await sec.post('/api/org/office-holdings', {
      ...request,
      acknowledgeBreaches: true,
    });
    expect(saved.statusCode, saved.body).toBe(201);

    const before = (await reader.get(`/api/org/fora/${ids.forum}?date=2024-08-31`)).json();
    const after = (await reader.get(`/api/org/fora/${ids.forum}?date=${D}`)).json();
    const names = (b: { members: Array<{ person: { name: string } | null }> }) =>
      b.members.map((m) => m.person?.name);
    expect(names(before)).toContain('Anna Prøvesen (demo)');
    expect(names(after)).toEqual(['Bo Fiktivsen (demo)', 'Cecilie Eksempelsen (demo)']);
    expect(after.history.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          date: D,
          change: 'changed',
          before: expect.objectContaining({ name: 'Anna Prøvesen (demo)' }),
          after: expect.objectContaining({ name: 'Cecilie Eksempelsen (demo)' }),
        }),
      ]),
    );
  });

  it('shows a cadence rule breach truthfully when no meetings are planned', async () => {
    const refused = await sec.post(`/api/org/fora/${ids.forum}/rules`, {
      spec: { kind: 'cadenceMet' },
      validFrom: START,
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().extra.breaches[0].message.da).toBe(
      'Sundhedsklynge Sønderjylland har 0 møder (afholdte og planlagte) i 2024, men skal mødes mindst 4 gange om året.',
    );
    const saved = await sec.post(`/api/org/fora/${ids.forum}/rules`, {
      spec: { kind: 'cadenceMet' },
      validFrom: START,
      acknowledgeBreaches: true,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().item.label.da).toBe('Mødefrekvensen overholdes');
  });
});

describe('reads as of a date', () => {
  it('gives the person page with seats, offices and history', async () => {
    const res = await reader.get(`/api/org/persons/${ids.Anna}?date=2024-06-01`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.seats).toEqual([
      expect.objectContaining({
        forumName: 'Sundhedsklynge Sønderjylland',
        roles: ['member', 'coChair'],
      }),
    ]);
    expect(body.offices).toEqual([
      expect.objectContaining({ office: 'mayor', partyName: 'Aabenraa' }),
    ]);
    expect(body.history.offices[0]).toMatchObject({ validTo: '2024-08-31' });
    expect(body.history.events.map((e: { change: string }) => e.change)).toEqual([
      'joined',
      'left',
    ]);
  });

  it('gives the party page, overview, burden and org chart', async () => {
    const party = (await reader.get(`/api/org/parties/${ids.aabenraa}?date=${D}`)).json();
    expect(party.clusters).toEqual([
      expect.objectContaining({ name: 'Sønderjylland', verified: true }),
    ]);
    expect(party.offices).toEqual([
      expect.objectContaining({ personName: 'Cecilie Eksempelsen (demo)' }),
    ]);
    expect(party.seatCount).toBe(1);

    const overview = (
      await reader.get(`/api/org/collaborations/${ids.collab}/overview?date=${D}`)
    ).json();
    expect(overview.clusters[0].members.map((m: { name: string }) => m.name)).toEqual([
      'Tønder',
      'Aabenraa',
    ]);
    expect(overview.foraByLevel).toEqual([
      expect.objectContaining({
        level: 'cluster',
        label: { da: 'Klyngeniveau', en: 'Cluster level' },
      }),
    ]);
    expect(overview.counts).toMatchObject({ municipalities: 2, clusters: 1, fora: 1, persons: 2 });
    expect(overview.breachCount).toBeGreaterThanOrEqual(2);

    const burden = (
      await reader.get(`/api/org/collaborations/${ids.collab}/burden?date=${D}`)
    ).json();
    expect(
      burden.municipalities.map((m: { name: string; seatCount: number }) => [m.name, m.seatCount]),
    ).toEqual([
      ['Tønder', 1],
      ['Aabenraa', 1],
    ]);
    const chart = (
      await reader.get(`/api/org/collaborations/${ids.collab}/chart?date=${D}`)
    ).json();
    expect(chart.nodes).toEqual([
      expect.objectContaining({ id: ids.forum, clusterName: 'Sønderjylland' }),
    ]);
  });

  it('searches Danish names: case-insensitive and "aa" ~ "å"', async () => {
    for (const q of ['åbenrå', 'AABENRAA', 'aaben']) {
      const res = await reader.get(`/api/org/search?q=${encodeURIComponent(q)}&date=${D}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(
        res.json().items.map((i: { name: string }) => i.name),
        q,
      ).toContain('Aabenraa');
    }
    const persons = (await reader.get(`/api/org/search?q=${encodeURIComponent('prøve')}`)).json();
    expect(persons.items).toEqual([
      expect.objectContaining({ kind: 'person', name: 'Anna Prøvesen (demo)' }),
    ]);
  });

  it('gives other modules the members with their user accounts', async () => {
    const linked = await sec.patch(`/api/org/persons/${ids.Bo}`, { userId: reader.userId });
    expect(linked.statusCode, linked.body).toBe(200);
    const members = await getForumMembers(ctx.database.db, ids.forum as string, D);
    expect(members?.find((m) => m.personId === ids.Bo)?.userId).toBe(reader.userId);
    expect(
      await isForumMember(ctx.database.db, ids.forum as string, reader.userId as string, D),
    ).toBe(true);
    expect(await isForumMember(ctx.database.db, ids.forum as string, sec.userId as string, D)).toBe(
      false,
    );
  });
});

describe('permissions and bad input', () => {
  it('lets readers read but not write', async () => {
    expect((await reader.get(`/api/org/collaborations?date=${D}`)).statusCode).toBe(200);
    const write = await reader.post('/api/org/persons', { name: 'Ikke tilladt' });
    expect(write.statusCode).toBe(403);
    const member = await ctx.loginAs('member');
    expect(
      (await member.patch(`/api/org/fora/${ids.forum}`, { effectiveFrom: D, charter: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.anonymous().get(`/api/org/fora/${ids.forum}`)).statusCode).toBe(401);
  });

  it('answers 400 for a bad date, 404 for an unknown forum, 422 for a born seat appointment', async () => {
    expect((await reader.get(`/api/org/fora/${ids.forum}?date=2024-02-30`)).statusCode).toBe(400);
    expect(
      (await reader.get('/api/org/fora/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    const born = await sec.post('/api/org/appointments', {
      seatId: ids.mayors,
      personId: ids.Anna,
      validFrom: D,
    });
    expect(born.statusCode, born.body).toBe(422);
    expect(born.json().en.detail).toBe(
      'The seat "Borgmestre" is a born seat and cannot be filled by appointment.',
    );
  });
});
