import { describe, expect, it } from 'vitest';
import {
  appointmentOf,
  clusterFora,
  clustersOf,
  officeHoldersOf,
  roleRank,
  rulesOf,
  seatsOf,
  stateOn,
} from './as-of';
import { createSnapshotBuilder } from './test/snapshot-builder';
import { buildSouthDenmark } from './test/south-denmark';

function splitFixture() {
  const b = createSnapshotBuilder();
  b.collaboration('Sundhedssamarbejdet i Hovedstaden', 'Hovedstaden');
  const kbh = b.party('municipality', 'København');
  const frb = b.party('municipality', 'Frederiksberg');
  const byen = b.cluster('Byen', [kbh, frb]);
  const syd = b.cluster('Syd', [kbh]);
  const forum = b.forum('f', 'Forum', { validTo: '2026-12-31' });
  const successor = b.forum('council', 'Sundhedsråd', { validFrom: '2027-01-01' });
  const seat = b.seat(forum, 'Plads');
  const p1 = b.person('Pia Prøvesen');
  const p2 = b.person('Per Prøvesen');
  const first = b.appoint(seat, p1, { validTo: '2024-12-31' });
  const second = b.appoint(seat, p2, { validFrom: '2025-01-01' });
  b.office(p1, kbh, 'mayor', { validTo: '2025-12-31' });
  b.meetings(forum, ['2024-05-01', '2024-01-01']);
  return { b, kbh, frb, byen, syd, forum, successor, seat, p1, p2, first, second };
}

describe('stateOn', () => {
  it.each([
    { day: '2022-06-30', fora: [], appointment: null, mayors: 0 },
    { day: '2022-07-01', fora: ['forum:f'], appointment: 'first', mayors: 1 },
    { day: '2024-12-31', fora: ['forum:f'], appointment: 'first', mayors: 1 },
    { day: '2025-01-01', fora: ['forum:f'], appointment: 'second', mayors: 1 },
    { day: '2026-12-31', fora: ['forum:f'], appointment: 'second', mayors: 0 },
    { day: '2027-01-01', fora: ['forum:council'], appointment: 'second', mayors: 0 },
  ] as const)('keeps the rows valid on $day', ({ day, fora, appointment, mayors }) => {
    const f = splitFixture();
    const state = stateOn(f.b.snapshot(), day);
    expect([...state.fora.keys()]).toEqual(fora);
    expect(appointmentOf(state, f.seat)?.id ?? null).toBe(appointment && f[appointment]);
    expect(officeHoldersOf(state, f.kbh, 'mayor')).toHaveLength(mayors);
  });

  it('gives clusters their member municipalities and a split municipality both clusters', () => {
    const f = splitFixture();
    const state = stateOn(f.b.snapshot(), '2024-01-01');
    expect(state.clusters.get(f.byen)?.memberPartyIds).toEqual([f.frb, f.kbh]);
    expect(clustersOf(state, f.kbh).map((c) => c.name)).toEqual(['Byen', 'Syd']);
    expect(clustersOf(state, 'party:none')).toEqual([]);
    expect(state.collaboration?.regionName).toBe('Hovedstaden');
    expect(state.meetingDates.get(f.forum)).toEqual(['2024-01-01', '2024-05-01']);
  });

  it('drops cluster memberships of parties not valid on the day', () => {
    const f = splitFixture();
    f.b.end(f.frb, '2023-12-31');
    const state = stateOn(f.b.snapshot(), '2024-01-01');
    expect(state.clusters.get(f.byen)?.memberPartyIds).toEqual([f.kbh]);
  });

  it('indexes the South Denmark fixture for the lookups member derivation needs', () => {
    const sd = buildSouthDenmark();
    const state = stateOn(sd.snapshot(), '2024-01-15');
    expect(state.parties.size).toBe(23);
    expect([...state.clusters.values()].map((c) => [c.name, c.memberPartyIds.length])).toEqual([
      ['Fyn', 9],
      ['Lillebælt', 4],
      ['Sydvestjylland', 5],
      ['Sønderjylland', 4],
    ]);
    expect(clusterFora(state, 'political')).toHaveLength(4);
    expect(clusterFora(state)).toHaveLength(8);
    expect(seatsOf(state, sd.fora.ssu).map((s) => s.role)).toEqual(
      [...seatsOf(state, sd.fora.ssu).map((s) => s.role)].sort((a, b) => roleRank(a) - roleRank(b)),
    );
    expect(rulesOf(state, sd.fora.ssu).map((r) => r.spec.kind)).toContain(
      'includesAllClusterCoChairs',
    );
    expect(seatsOf(state, 'forum:none')).toEqual([]);
  });
});
