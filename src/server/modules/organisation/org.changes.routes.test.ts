/**
 * The remaining changes of the organisation API on the South Denmark fixture: ending a person,
 * a seat and a forum (with what hangs on them), changing a seat's born rule as of a day, parties,
 * clusters and memberships, and the refusals (key taken, a later appointment already planned).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSouthDenmark } from '../../../domain/organisation/test/south-denmark';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { seedSnapshot, type SeededSnapshot } from './test/seed-snapshot';

let ctx: TestContext;
let sec: TestClient;
let seeded: SeededSnapshot;
const sd = buildSouthDenmark();
const id = (fixtureId: string) => seeded.idOf(fixtureId);

beforeAll(async () => {
  ctx = await createTestContext();
  seeded = await seedSnapshot(ctx.database.db, sd.snapshot());
  sec = await ctx.loginAs('secretariat');
});
afterAll(() => ctx.close());

async function memberNames(forumId: string, date: string): Promise<Array<string | null>> {
  const res = await sec.get(`/api/org/fora/${forumId}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { members: Array<{ person: { name: string } | null }> }).members.map(
    (m) => m.person?.name ?? null,
  );
}

describe('people', () => {
  it('ends a person: their offices end and the born seats they held become vacant', async () => {
    const mayor = id(sd.holder('mayor', 'Billund'));
    const res = await sec.post(`/api/org/persons/${mayor}/end`, {
      lastDay: '2024-12-31',
      acknowledgeBreaches: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().item.endedOn).toBe('2024-12-31');
    const page = (await sec.get(`/api/org/persons/${mayor}?date=2025-01-01`)).json();
    expect(page.seats).toEqual([]);
    expect(page.history.offices[0].validTo).toBe('2024-12-31');
    const kkr = (await sec.get(`/api/org/fora/${id(sd.fora.kkr)}?date=2025-01-01`)).json();
    expect(kkr.vacancyCount).toBe(1);
  });

  it('refuses an appointment when a later one is already planned (409)', async () => {
    const seat = id(sd.seats.executiveDirectorSeat);
    const later = await sec.post('/api/org/appointments', {
      seatId: seat,
      personId: id(sd.holder('municipalDirector', 'Vejle')),
      validFrom: '2026-01-01',
    });
    expect(later.statusCode, later.body).toBe(201);
    const earlier = await sec.post('/api/org/appointments', {
      seatId: seat,
      personId: id(sd.holder('municipalDirector', 'Odense')),
      validFrom: '2025-06-01',
    });
    expect(earlier.statusCode, earlier.body).toBe(409);
    expect(earlier.json().detail).toMatch(/allerede en udpegning fra den 2026-01-01/);
  });
});

describe('seats and fora', () => {
  it('changes a born rule as of a day, keeping the old rule before it', async () => {
    const seat = sd.builder.snap.seats.find(
      (s) => s.forumId === sd.fora.healthDirectors && s.born !== null,
    );
    const res = await sec.patch(`/api/org/seats/${id(seat?.entityId ?? '')}`, {
      effectiveFrom: '2025-03-01',
      label: 'Sundhedschefer',
      born: {
        kind: 'officeHolders',
        office: 'healthManager',
        parties: { of: 'collaboration', partyKind: 'municipality' },
      },
      acknowledgeBreaches: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const before = await memberNames(id(sd.fora.healthDirectors), '2025-02-28');
    const after = await memberNames(id(sd.fora.healthDirectors), '2025-03-01');
    expect(before.filter((n) => n !== null)).toHaveLength(22);
    expect(after.every((n) => n === null)).toBe(true);
  });

  it('ends a forum with its seats, appointments and rules', async () => {
    const res = await sec.post(`/api/org/fora/${id(sd.fora.themeGroup)}/end`, {
      lastDay: '2025-06-30',
      acknowledgeBreaches: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const audit = (await ctx.loginAs('admin')).get('/api/audit?action=forum.end');
    const entry = (await audit).json().items[0];
    expect(entry.after.endedSeatIds).toHaveLength(4);
    expect(entry.after.endedAppointmentIds).toHaveLength(4);
    expect(entry.after.endedRuleIds).toHaveLength(1);
    expect(await memberNames(id(sd.fora.themeGroup), '2025-07-01')).toEqual([]);
    expect((await memberNames(id(sd.fora.themeGroup), '2025-06-30')).length).toBe(4);
  });

  it('refuses a key that is taken (409)', async () => {
    const res = await sec.post(`/api/org/collaborations/${seeded.collaborationId}/fora`, {
      key: 'ssu',
      name: 'Endnu et SSU',
      level: 'regional',
      kind: 'political',
      validFrom: '2025-01-01',
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().en.detail).toBe('The key "ssu" is already used in the collaboration.');
  });
});

describe('parties, clusters and memberships', () => {
  it('renames a cluster as of a day and moves a municipality between clusters', async () => {
    const fyn = id(sd.clusters.Fyn);
    const renamed = await sec.patch(`/api/org/clusters/${fyn}`, {
      effectiveFrom: '2025-01-01',
      name: 'Sundhedsklynge Fyn',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const membership = sd.builder.snap.clusterMemberships.find(
      (m) => m.partyId === sd.municipality('Middelfart'),
    );
    const ended = await sec.post(`/api/org/cluster-memberships/${id(membership?.id ?? '')}/end`, {
      lastDay: '2024-12-31',
      acknowledgeBreaches: true,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const added = await sec.post('/api/org/cluster-memberships', {
      clusterId: fyn,
      partyId: id(sd.municipality('Middelfart')),
      partial: true,
      validFrom: '2025-01-01',
      acknowledgeBreaches: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const party = (
      await sec.get(`/api/org/parties/${id(sd.municipality('Middelfart'))}?date=2025-01-01`)
    ).json();
    expect(party.clusters).toEqual([
      expect.objectContaining({ name: 'Sundhedsklynge Fyn', partial: true }),
    ]);
  });

  it('changes a party as of a day and ends it', async () => {
    const fano = id(sd.municipality('Fanø'));
    const changed = await sec.patch(`/api/org/parties/${fano}`, {
      effectiveFrom: '2025-01-01',
      population: 3500,
      populationYear: 2025,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const ended = await sec.post(`/api/org/parties/${fano}/end`, {
      lastDay: '2026-12-31',
      acknowledgeBreaches: true,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const page = (await sec.get(`/api/org/parties/${fano}?date=2025-06-01`)).json();
    expect(page.party.population).toBe(3500);
    expect(page.versions.map((v: { validTo: string | null }) => v.validTo)).toEqual([
      '2024-12-31',
      '2026-12-31',
    ]);
  });
});
