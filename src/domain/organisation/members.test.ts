import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { stateOn } from './as-of';
import { createMemberEvaluator, deriveAllMembers, deriveMembers, memberSlot } from './members';
import { describeMembers, membersOf, partiesOf } from './test/inspect';
import { createSnapshotBuilder } from './test/snapshot-builder';
import { buildSouthDenmark, type SouthDenmark } from './test/south-denmark';

const DAY = '2024-01-15';
const D = '2024-03-01';

type ForumKey = Exclude<keyof SouthDenmark['fora'], 'political' | 'administrative'>;

describe('deriveMembers on the South Denmark fixture', () => {
  const sd = buildSouthDenmark();
  const state = stateOn(sd.snapshot(), DAY);

  it.each<[ForumKey, number]>([
    ['kkr', 23], // 22 born mayors + the chair's municipal director (attendee)
    ['ssu', 13], // 4 born co-chairs, 1 from KKR, 2 regional, 1 attendee, 5 optional attendees
    ['healthDirectors', 22],
    ['executive', 6], // 5 born directors + 1 municipal director
    ['regionalForum', 8], // the 6 of the executive committee + 2 co-chairs
    ['themeGroup', 4],
  ])('%s has %i member rows', (forum, count) => {
    expect(membersOf(state, sd.fora[forum])).toHaveLength(count);
  });

  it('makes the 22 mayors born members of KKR and adds the chair role to the chair', () => {
    const members = membersOf(state, sd.fora.kkr).filter((m) => m.role === 'member');
    expect(members.every((m) => m.source === 'born' && m.via.kind === 'officeHolders')).toBe(true);
    expect(partiesOf(state, members).slice(0, 3)).toEqual(['Assens', 'Billund', 'Esbjerg']);
    expect(partiesOf(state, members).at(-1)).toBe('Aabenraa'); // Danish order: aa = å
    const chair = members.find((m) => m.roles.includes('chair'));
    expect(chair?.personId).toBe(sd.holder('mayor', 'Vejle'));
  });

  it('lets a seat refer to its own forum: the chair municipality director attends KKR', () => {
    const attendee = membersOf(state, sd.fora.kkr).find((m) => m.role === 'attendee');
    expect(attendee?.personId).toBe(sd.holder('municipalDirector', 'Vejle'));
  });

  it('derives the SSU municipal seats from the cluster co-chairs plus the KKR seat', () => {
    const municipal = membersOf(state, sd.fora.ssu).filter(
      (m) => m.role === 'member' && m.partyKind === 'municipality',
    );
    expect(partiesOf(state, municipal)).toEqual([
      'Odense',
      'Vejle',
      'Esbjerg',
      'Sønderborg',
      'Svendborg',
    ]);
    expect(municipal[0]?.via).toEqual({
      kind: 'roleHolders',
      role: 'coChair',
      sourceForumId: sd.fora.political.Fyn,
      sourceSeatId: sd.seats.coChair.Fyn,
    });
    expect(municipal[0]?.clusterEntityId).toBe(sd.clusters.Fyn);
    expect(municipal[0]?.roles).toEqual(['member', 'viceChair']);
  });

  it('derives the executive committee from the municipalities seated in the SSU', () => {
    const members = membersOf(state, sd.fora.executive);
    expect(partiesOf(state, members)).toEqual([
      'Esbjerg',
      'Odense',
      'Svendborg',
      'Sønderborg',
      'Vejle',
      'Haderslev',
    ]);
    expect(members[0]?.roles).toEqual(['member', 'chair']);
  });

  it('makes the vice-chair municipality director co-chair of the regional forum', () => {
    const coChairs = membersOf(state, sd.fora.regionalForum).filter((m) => m.role === 'coChair');
    expect(coChairs.map((m) => m.personId)).toEqual([
      sd.holder('municipalDirector', 'Odense'),
      sd.regionalDirector,
    ]);
  });
});

describe('born seats follow changes on the day they happen', () => {
  it('(a) moves the SSU seat and the executive committee seat with the cluster co-chair', () => {
    const sd = buildSouthDenmark();
    sd.builder.end(sd.appointments.coChair.Lillebælt, addDays(D, -1));
    sd.builder.appoint(sd.seats.coChair.Lillebælt, sd.holder('mayor', 'Kolding'), { validFrom: D });
    const snapshot = sd.snapshot();
    const cases = [
      { day: addDays(D, -1), mayor: 'Vejle', absent: 'Kolding' },
      { day: D, mayor: 'Kolding', absent: 'Vejle' },
    ];
    for (const { day, mayor, absent } of cases) {
      const state = stateOn(snapshot, day);
      const ssu = membersOf(state, sd.fora.ssu).map((m) => m.personId);
      expect(ssu).toContain(sd.holder('mayor', mayor));
      expect(ssu).not.toContain(sd.holder('mayor', absent));
      const executive = membersOf(state, sd.fora.executive).map((m) => m.personId);
      expect(executive).toContain(sd.holder('healthDirector', mayor));
      expect(executive).not.toContain(sd.holder('healthDirector', absent));
      const regional = membersOf(state, sd.fora.regionalForum).map((m) => m.personId);
      expect(regional).toContain(sd.holder('healthDirector', mayor));
    }
  });

  it('follows a new mayor into KKR and the cluster, leaving the old co-chair function dangling', () => {
    const sd = buildSouthDenmark();
    const old = sd
      .snapshot()
      .officeHoldings.find((h) => h.personId === sd.holder('mayor', 'Odense'));
    sd.builder.end(old?.id ?? '', addDays(D, -1));
    const newMayor = sd.builder.person('Ny Borgmestersen');
    sd.builder.office(newMayor, sd.municipality('Odense'), 'mayor', { validFrom: D });
    const state = stateOn(sd.snapshot(), D);
    expect(membersOf(state, sd.fora.kkr).map((m) => m.personId)).toContain(newMayor);
    const fyn = deriveMembers(state, sd.fora.political.Fyn);
    // The old mayor is no longer a member, so the co-chair role goes nowhere and the
    // "health director of the co-chair municipality" attendee has no municipality to draw from.
    expect(fyn.ok && fyn.issues.map((i) => i.kind)).toEqual([
      'bornRuleEmpty',
      'functionHolderNotMember',
    ]);
    expect(fyn.ok && fyn.issues).toContainEqual({
      kind: 'functionHolderNotMember',
      seatEntityId: sd.seats.coChair.Fyn,
      personId: sd.holder('mayor', 'Odense'),
      role: 'coChair',
    });
    const fynSeat = membersOf(state, sd.fora.ssu).find(
      (m) => m.clusterEntityId === sd.clusters.Fyn && m.role === 'member' && m.source === 'born',
    );
    expect(fynSeat).toMatchObject({ isVacant: true, partyKind: 'municipality', personId: null });
  });

  it('shows a vacancy for the party whose office is unfilled', () => {
    const sd = buildSouthDenmark();
    const holding = sd
      .snapshot()
      .officeHoldings.find((h) => h.personId === sd.holder('mayor', 'Ærø'));
    sd.builder.end(holding?.id ?? '', addDays(D, -1));
    const state = stateOn(sd.snapshot(), D);
    const vacant = membersOf(state, sd.fora.kkr).filter((m) => m.isVacant);
    expect(describeMembers(state, vacant)).toEqual(['vacant (Ærø)']);
    expect(vacant[0]?.via).toEqual({
      kind: 'officeHolders',
      office: 'mayor',
      partyId: sd.municipality('Ærø'),
      officeHoldingId: null,
    });
  });
});

describe('structural outcomes', () => {
  function cycleFixture() {
    const b = createSnapshotBuilder();
    const x = b.party('municipality', 'X');
    const p = b.person('Pia Prøvesen');
    b.office(p, x, 'mayor');
    const a = b.forum('a', 'A');
    const bForum = b.forum('b', 'B');
    const c = b.forum('c', 'C');
    const d = b.forum('d', 'D');
    b.seat(a, 'From B', {
      born: { kind: 'roleHolders', role: 'member', forums: { of: 'forums', forumIds: [bForum] } },
    });
    b.seat(bForum, 'From A', {
      born: { kind: 'officeHoldersOfRepresented', forumId: a, office: 'mayor' },
    });
    b.seat(c, 'From A', {
      born: { kind: 'roleHolders', role: 'member', forums: { of: 'forums', forumIds: [a] } },
    });
    b.appoint(b.seat(d, 'Appointed', { partyId: x }), p);
    return { state: stateOn(b.snapshot(), DAY), a, b: bForum, c, d };
  }

  it('(c) reports a rule cycle as a typed error for the fora on it and depending on it', () => {
    const f = cycleFixture();
    const results = deriveAllMembers(f.state);
    expect(results.get(f.a)).toEqual({
      ok: false,
      forumEntityId: f.a,
      error: { kind: 'ruleCycle', forumEntityIds: [f.a, f.b, f.a] },
    });
    expect(results.get(f.b)).toMatchObject({ ok: false, error: { kind: 'ruleCycle' } });
    expect(results.get(f.c)).toMatchObject({ ok: false, error: { kind: 'ruleCycle' } });
    expect(results.get(f.d)).toMatchObject({ ok: true });
    expect(deriveMembers(f.state, f.b)).toMatchObject({
      error: { kind: 'ruleCycle', forumEntityIds: [f.b, f.a, f.b] },
    });
  });

  it('reports an unknown forum', () => {
    const f = cycleFixture();
    expect(deriveMembers(f.state, 'forum:nope')).toEqual({
      ok: false,
      forumEntityId: 'forum:nope',
      error: { kind: 'unknownForum', forumEntityId: 'forum:nope' },
    });
  });

  it.each([
    ['officeHolders of the forum cluster, on a forum without cluster', 'noParties'],
    ['roleHolders in a forum that does not exist on the day', 'noForums'],
  ] as const)('gives a vacancy and an issue for a born rule yielding nothing: %s', (_, reason) => {
    const b = createSnapshotBuilder();
    const forum = b.forum('f', 'F');
    const seat = b.seat(forum, 'Born', {
      born:
        reason === 'noParties'
          ? { kind: 'officeHolders', office: 'mayor', parties: { of: 'forumCluster' } }
          : {
              kind: 'roleHolders',
              role: 'chair',
              forums: { of: 'forums', forumIds: ['forum:gone'] },
            },
    });
    const result = deriveMembers(stateOn(b.snapshot(), DAY), forum);
    expect(result.ok && result.members.map((m) => [m.isVacant, m.via.kind])).toEqual([
      [true, 'emptyRule'],
    ]);
    expect(result.ok && result.issues).toEqual([
      {
        kind: 'bornRuleEmpty',
        seatEntityId: seat,
        ruleKind: reason === 'noParties' ? 'officeHolders' : 'roleHolders',
        reason,
      },
    ]);
  });

  it('memoises: one evaluator derives each forum once and returns the same result', () => {
    const sd = buildSouthDenmark();
    const evaluate = createMemberEvaluator(stateOn(sd.snapshot(), DAY));
    expect(evaluate(sd.fora.regionalForum)).toBe(evaluate(sd.fora.regionalForum));
  });

  it('gives every member a slot that does not depend on the person', () => {
    const sd = buildSouthDenmark();
    const [first] = membersOf(stateOn(sd.snapshot(), DAY), sd.fora.ssu);
    expect(first && memberSlot(first)).toBe(
      `${sd.fora.ssu}|${first?.seatEntityId}|${sd.fora.political.Fyn}`,
    );
  });
});

describe('function seats', () => {
  it('can be born: the mayor of the chair municipality chairs, wherever the member comes from', () => {
    const b = createSnapshotBuilder();
    const x = b.party('municipality', 'X');
    const y = b.party('municipality', 'Y');
    const forum = b.forum('f', 'F');
    const [px, py] = [b.person('Xenia Prøvesen'), b.person('Yrsa Prøvesen')];
    b.office(px, x, 'mayor');
    b.office(py, y, 'mayor');
    b.seat(forum, 'Mayors', {
      born: {
        kind: 'officeHolders',
        office: 'mayor',
        parties: { of: 'collaboration', partyKind: 'municipality' },
      },
    });
    const chairCluster = b.cluster('Chair cluster', [y]);
    b.seat(forum, 'Chair', {
      role: 'chair',
      isFunction: true,
      born: {
        kind: 'officeHolders',
        office: 'mayor',
        parties: { of: 'cluster', clusterId: chairCluster },
      },
    });
    const members = membersOf(stateOn(b.snapshot(), DAY), forum);
    expect(members.map((m) => [m.personId, m.roles])).toEqual([
      [px, ['member']],
      [py, ['member', 'chair']],
    ]);
  });
});
