/**
 * The 2027 additions to the organisation domain: health council areas, born seats for a named
 * party's office with a substitute, and the composition rules `seatsPerMunicipality`,
 * `seatCountRelation`, `politicalComposition` and `everyClusterRepresented.areaKind`.
 */
import { describe, expect, it } from 'vitest';
import type { CompositionRuleSpec } from '../../shared/organisation.rules';
import { stateOn } from './as-of';
import { checkForum } from './composition';
import { expectedSeats } from './composition-rules';
import { createSnapshotBuilder } from './test/snapshot-builder';
import { describeMembers, membersOf } from './test/inspect';

const D = '2027-03-01';
const FROM = { validFrom: '2027-01-01' };

/**
 * A health council for an area of Aalborg (above 100 000 inhabitants), Brønderslev and Jammerbugt,
 * owned by the region; seats: the mayors of the area (born, the deputy mayor as substitute) and
 * `regional` appointed regional seats.
 */
function council(regional = 3) {
  const b = createSnapshotBuilder();
  const region = b.party('region', 'Region Nordjylland');
  const aalborg = b.party('municipality', 'Aalborg', { population: 222_000, ...FROM });
  const broenderslev = b.party('municipality', 'Brønderslev', { population: 36_000, ...FROM });
  const jammerbugt = b.party('municipality', 'Jammerbugt', { population: 38_000, ...FROM });
  const municipalities = [aalborg, broenderslev, jammerbugt];
  const area = b.cluster('Sundhedsråd Aalborgs område', municipalities, {
    kind: 'healthCouncilArea',
    ...FROM,
  });
  const oldCluster = b.cluster('Sundhedsklynge Aalborg', municipalities);
  b.end(oldCluster, '2026-12-31');
  const forum = b.forum('council', 'Sundhedsråd Aalborg', {
    level: 'healthCouncil',
    clusterId: area,
    ownerPartyId: region,
    ...FROM,
  });
  b.seat(forum, 'Borgmestre', {
    born: {
      kind: 'officeHolders',
      office: 'mayor',
      parties: { of: 'forumCluster' },
      substitute: { office: 'deputyMayor' },
    },
  });
  const mayors = ['Anna', 'Bo', 'Carl'].map((name, i) => {
    const person = b.person(`${name} Prøvesen`, i === 0 ? 'A' : 'V');
    b.office(person, municipalities[i] ?? '', 'mayor', FROM);
    return person;
  });
  const deputy = b.person('Dorte Prøvesen');
  b.office(deputy, aalborg, 'deputyMayor', FROM);
  const regionalSeats = Array.from({ length: regional }, (_, i) =>
    b.seat(forum, `Regionsrådsmedlem ${i + 1}`, { partyKind: 'region', partyId: region }),
  );
  return { b, forum, region, aalborg, area, municipalities, mayors, deputy, regionalSeats };
}

const breaches = (c: ReturnType<typeof council>, spec: CompositionRuleSpec) => {
  c.b.rule(c.forum, spec);
  return checkForum(stateOn(c.b.snapshot(), D), c.forum).map((x) => [x.code, x.params]);
};

describe('health councils', () => {
  it('derives the mayors of the health council area, each with the deputy mayor as substitute', () => {
    const c = council();
    const state = stateOn(c.b.snapshot(), D);
    const members = membersOf(state, c.forum).filter((m) => m.source === 'born');
    // Danish order: "Aa" sorts as "Å", last.
    expect(describeMembers(state, members)).toEqual([
      'Bo Prøvesen (Brønderslev)',
      'Carl Prøvesen (Jammerbugt)',
      'Anna Prøvesen (Aalborg)',
    ]);
    expect(members.map((m) => m.substitutePersonId)).toEqual([null, null, c.deputy]);
    expect(members[2]?.via).toMatchObject({
      kind: 'officeHolders',
      substituteOffice: 'deputyMayor',
    });
    expect(members[2]?.clusterEntityId).toBe(c.area);
  });

  it('seats a named party’s office holder ("Aalborg Kommunes borgmester")', () => {
    const c = council();
    const seat = c.b.seat(c.forum, 'Aalborgs borgmester', {
      born: {
        kind: 'officeHolders',
        office: 'mayor',
        parties: { of: 'parties', partyIds: [c.aalborg] },
      },
    });
    const state = stateOn(c.b.snapshot(), D);
    const members = membersOf(state, c.forum).filter((m) => m.seatEntityId === seat);
    expect(describeMembers(state, members)).toEqual(['Anna Prøvesen (Aalborg)']);
  });

  it('leaves a health council out of the cluster fora', () => {
    const c = council();
    c.b.seat(c.forum, 'Formand', { role: 'chair', isFunction: true });
    const other = c.b.forum('ssu', 'SSU', FROM);
    const seat = c.b.seat(other, 'Klyngernes formænd', {
      born: {
        kind: 'roleHolders',
        role: 'chair',
        forums: { of: 'clusterForums', forumKind: 'political' },
      },
    });
    const rule = checkForum(stateOn(c.b.snapshot(), D), other);
    expect(rule.map((x) => [x.code, x.subject])).toEqual([['breach.bornRuleEmpty', seat]]);
  });
});

describe('seatsPerMunicipality', () => {
  const spec: CompositionRuleSpec = {
    kind: 'seatsPerMunicipality',
    seats: 1,
    tiers: [{ populationAbove: 100_000, seats: 2 }],
  };

  it('takes the seats of the highest tier the population exceeds', () => {
    const tiers = [
      { populationAbove: 200_000, seats: 3 },
      { populationAbove: 100_000, seats: 2 },
    ];
    expect(expectedSeats({ seats: 1, tiers }, 50_000)).toBe(1);
    expect(expectedSeats({ seats: 1, tiers }, 100_000)).toBe(1);
    expect(expectedSeats({ seats: 1, tiers }, 150_000)).toBe(2);
    expect(expectedSeats({ seats: 1, tiers }, 222_000)).toBe(3);
    expect(expectedSeats({ seats: 1, tiers }, null)).toBe(1);
  });

  it('names the municipality with too few seats, and holds when it gets its second', () => {
    const c = council();
    expect(breaches(c, spec)).toEqual([
      [
        'breach.seatsPerMunicipality',
        {
          forumName: 'Sundhedsråd Aalborg',
          municipalityName: 'Aalborg',
          population: 222_000,
          expected: 2,
          count: 1,
        },
      ],
    ]);
    const good = council();
    good.b.seat(good.forum, 'Aalborg 2', { partyKind: 'municipality', partyId: good.aalborg });
    expect(breaches(good, spec)).toEqual([]);
  });
});

describe('seatCountRelation', () => {
  const spec: CompositionRuleSpec = {
    kind: 'seatCountRelation',
    partyKind: 'region',
    otherPartyKind: 'municipality',
    difference: 1,
  };

  it('holds when the regional members are the municipal members plus one', () => {
    expect(breaches(council(4), spec)).toEqual([]);
  });

  it('gives the counts when it does not hold', () => {
    expect(breaches(council(3), spec)).toEqual([
      [
        'breach.seatCountRelation',
        {
          forumName: 'Sundhedsråd Aalborg',
          partyKind: 'region',
          count: 3,
          otherPartyKind: 'municipality',
          otherCount: 3,
          difference: 1,
          expected: 4,
        },
      ],
    ]);
  });
});

describe('politicalComposition', () => {
  it('holds when each reserved seat is held by a person of its party', () => {
    const c = council();
    const seat = c.b.seat(c.forum, 'Supplerende (A)', {
      partyKind: 'municipality',
      politicalParty: 'a',
    });
    c.b.appoint(seat, c.mayors[0] ?? '');
    expect(breaches(c, { kind: 'politicalComposition' })).toEqual([]);
  });

  it('names the seat, its party and the person’s party when it does not', () => {
    const c = council();
    const seat = c.b.seat(c.forum, 'Supplerende (A)', {
      partyKind: 'municipality',
      politicalParty: 'A',
    });
    c.b.appoint(seat, c.mayors[1] ?? '');
    const deputySeat = c.b.seat(c.forum, 'Supplerende (C)', { politicalParty: 'C' });
    c.b.appoint(deputySeat, c.deputy);
    expect(breaches(c, { kind: 'politicalComposition' })).toEqual([
      [
        'breach.politicalComposition',
        {
          forumName: 'Sundhedsråd Aalborg',
          seatLabel: 'Supplerende (A)',
          politicalParty: 'A',
          personName: 'Bo Prøvesen',
          personParty: 'V',
        },
      ],
      [
        'breach.politicalComposition',
        {
          forumName: 'Sundhedsråd Aalborg',
          seatLabel: 'Supplerende (C)',
          politicalParty: 'C',
          personName: 'Dorte Prøvesen',
          personParty: null,
        },
      ],
    ]);
  });
});

describe('everyClusterRepresented with areaKind', () => {
  it('counts only areas of the kind', () => {
    const c = council();
    const other = c.b.party('municipality', 'Hjørring', FROM);
    c.b.cluster('Sundhedsråd Hjørrings område', [other], { kind: 'healthCouncilArea', ...FROM });
    c.b.cluster('En gammel klynge', [other], FROM);
    expect(breaches(c, { kind: 'everyClusterRepresented', areaKind: 'healthCouncilArea' })).toEqual(
      [
        [
          'breach.everyClusterRepresented',
          { forumName: 'Sundhedsråd Aalborg', clusterName: 'Sundhedsråd Hjørrings område' },
        ],
      ],
    );
  });

  it('holds when every area of the kind is represented', () => {
    expect(
      breaches(council(), { kind: 'everyClusterRepresented', areaKind: 'healthCouncilArea' }),
    ).toEqual([]);
  });
});
