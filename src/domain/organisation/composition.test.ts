import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { stateOn } from './as-of';
import { breachKey, newBreaches, type Breach } from './breach';
import { checkCollaboration, checkForum } from './composition';
import { createSnapshotBuilder } from './test/snapshot-builder';
import { buildSouthDenmark, type SouthDenmark } from './test/south-denmark';

const D = '2024-03-01';
const BEFORE = addDays(D, -1);

/** Ends the office holding of `personId` on the day before D. */
function endOffice(sd: SouthDenmark, personId: string): void {
  const holding = sd.builder.snap.officeHoldings.find((h) => h.personId === personId);
  sd.builder.end(holding?.id ?? '', BEFORE);
}

interface Case {
  name: string;
  mutate: (sd: SouthDenmark) => void;
  forum: (sd: SouthDenmark) => string;
  expected: Array<Partial<Breach>>;
}

const cases: Case[] = [
  {
    name: '(b) everyClusterRepresented: a cluster loses its theme group representative',
    mutate: (sd) => sd.builder.end(sd.appointments.theme.Sønderjylland, BEFORE),
    forum: (sd) => sd.fora.themeGroup,
    expected: [
      {
        ruleKind: 'everyClusterRepresented',
        code: 'breach.everyClusterRepresented',
        severity: 'error',
        params: { forumName: 'Temagruppe Forebyggelse', clusterName: 'Sønderjylland' },
      },
    ],
  },
  {
    name: 'seatsOfPartyKind tooFew: the KKR-appointed seat is ended',
    mutate: (sd) => sd.builder.end(sd.seats.ssuKkrSeat, BEFORE),
    forum: (sd) => sd.fora.ssu,
    expected: [
      {
        code: 'breach.seatsOfPartyKind.tooFew',
        params: {
          forumName: 'Sundhedssamarbejdsudvalget',
          partyKind: 'municipality',
          count: 4,
          min: 5,
          max: 5,
        },
      },
    ],
  },
  {
    name: 'seatsOfPartyKind tooMany: a sixth municipal seat',
    mutate: (sd) => {
      const seat = sd.builder.seat(sd.fora.ssu, 'Ekstra', {
        partyKind: 'municipality',
        validFrom: D,
      });
      sd.builder.appoint(seat, sd.holder('mayor', 'Tønder'), {
        onBehalfOfPartyId: sd.municipality('Tønder'),
        validFrom: D,
      });
    },
    forum: (sd) => sd.fora.ssu,
    expected: [
      {
        code: 'breach.seatsOfPartyKind.tooMany',
        params: {
          forumName: 'Sundhedssamarbejdsudvalget',
          partyKind: 'municipality',
          count: 6,
          min: 5,
          max: 5,
        },
      },
    ],
  },
  {
    name: 'roleHeldByPartyKind vacant: nobody holds the vice-chair',
    mutate: (sd) => sd.builder.end(sd.appointments.ssuViceChairAppointment, BEFORE),
    forum: (sd) => sd.fora.ssu,
    expected: [
      {
        code: 'breach.roleHeldByPartyKind.vacant',
        subject: 'viceChair',
        params: {
          forumName: 'Sundhedssamarbejdsudvalget',
          role: 'viceChair',
          partyKind: 'municipality',
        },
      },
      // the attendee "municipal director of the vice-chair's municipality" has nobody to follow
      {
        code: 'breach.bornRuleEmpty',
        severity: 'warning',
        params: { seatLabel: 'Kommunaldirektør fra næstformandens kommune', reason: 'noParties' },
      },
    ],
  },
  {
    name: 'roleHeldByPartyKind wrongParty: a regional councillor holds the vice-chair',
    mutate: (sd) => {
      sd.builder.end(sd.appointments.ssuViceChairAppointment, BEFORE);
      sd.builder.appoint(sd.seats.ssuViceChair, sd.councillors[1] ?? '', { validFrom: D });
    },
    forum: (sd) => sd.fora.ssu,
    expected: [
      {
        code: 'breach.roleHeldByPartyKind.wrongParty',
        params: { personName: 'Rasmus Rådsen', partyName: 'Region Syddanmark' },
      },
      // the attendee "municipal director of the vice-chair's municipality" has nobody to follow
      {
        code: 'breach.bornRuleEmpty',
        severity: 'warning',
        params: { seatLabel: 'Kommunaldirektør fra næstformandens kommune', reason: 'noParties' },
      },
    ],
  },
  {
    name: 'functionHolderNotMember: the executive committee chair is not a member',
    mutate: (sd) => {
      sd.builder.end(
        sd.builder.snap.appointments.find((a) => a.seatId === sd.seats.executiveChair)?.id ?? '',
        BEFORE,
      );
      sd.builder.appoint(sd.seats.executiveChair, sd.holder('healthDirector', 'Tønder'), {
        validFrom: D,
      });
    },
    forum: (sd) => sd.fora.executive,
    expected: [
      {
        ruleId: null,
        ruleKind: 'functionHolderNotMember',
        severity: 'error',
        code: 'breach.functionHolderNotMember',
        params: {
          forumName: 'Forretningsudvalget for Sundhedsdirektørforum',
          seatLabel: 'Formand',
          role: 'chair',
          personName: expect.any(String),
        },
      },
    ],
  },
  {
    name: 'noVacantSeats (warning) and maxSeatsPerMunicipality on KKR',
    mutate: (sd) => {
      sd.builder.rule(sd.fora.kkr, { kind: 'noVacantSeats' }, 'warning');
      sd.builder.rule(sd.fora.kkr, { kind: 'maxSeatsPerMunicipality', max: 1 });
      endOffice(sd, sd.holder('mayor', 'Ærø'));
    },
    forum: (sd) => sd.fora.kkr,
    expected: [
      {
        code: 'breach.noVacantSeats',
        severity: 'warning',
        params: { seatLabel: 'Borgmestre', partyName: 'Ærø', clusterName: 'Fyn' },
      },
    ],
  },
  {
    name: 'maxSeatsPerMunicipality: one municipality fills two theme group seats',
    mutate: (sd) => {
      sd.builder.rule(sd.fora.themeGroup, { kind: 'maxSeatsPerMunicipality', max: 1 });
      sd.builder.end(sd.appointments.theme.Lillebælt, BEFORE);
      sd.builder.appoint(sd.seats.theme.Lillebælt, sd.holder('municipalDirector', 'Assens'), {
        validFrom: D,
        onBehalfOfPartyId: sd.municipality('Assens'),
      });
    },
    forum: (sd) => sd.fora.themeGroup,
    expected: [
      {
        code: 'breach.maxSeatsPerMunicipality',
        params: { municipalityName: 'Assens', count: 2, max: 1 },
      },
    ],
  },
];

describe('checkForum: composition rules', () => {
  it('finds no breach in the unchanged fixture', () => {
    const sd = buildSouthDenmark();
    expect(checkCollaboration(stateOn(sd.snapshot(), D))).toEqual([]);
  });

  it.each(cases)('$name', ({ mutate, forum, expected }) => {
    const sd = buildSouthDenmark();
    mutate(sd);
    const snapshot = sd.snapshot();
    expect(checkForum(stateOn(snapshot, BEFORE), forum(sd))).toEqual([]);
    expect(checkForum(stateOn(snapshot, D), forum(sd))).toMatchObject(expected);
  });

  it('includesAllClusterCoChairs: names the co-chair missing from the SSU', () => {
    const sd = buildSouthDenmark();
    const bornSeat = sd.builder.snap.seats.find(
      (s) => s.label === 'Klyngernes kommunale medformænd',
    );
    sd.builder.end(bornSeat?.entityId ?? '', BEFORE);
    const breaches = checkForum(stateOn(sd.snapshot(), D), sd.fora.ssu);
    const missing = breaches.filter((b) => b.code === 'breach.includesAllClusterCoChairs');
    expect(missing.map((b) => b.params.partyName)).toEqual([
      'Odense',
      'Vejle',
      'Esbjerg',
      'Sønderborg',
    ]);
    expect(missing[0]?.params.clusterName).toBe('Fyn');
    const unrepresented = breaches.filter((b) => b.code === 'breach.everyClusterRepresented');
    expect(unrepresented.map((b) => b.params.clusterName)).toEqual([
      'Lillebælt',
      'Sydvestjylland',
      'Sønderjylland',
    ]);
  });

  it.each([
    [[], 'breach.cadenceMet.tooFew', 0],
    [['2024-02-01', '2024-05-01', '2024-09-01', '2024-11-01'], null, 4],
    [
      [
        '2023-02-01',
        '2024-02-01',
        '2024-03-01',
        '2024-04-01',
        '2024-05-01',
        '2024-06-01',
        '2024-08-01',
        '2024-09-01',
      ],
      'breach.cadenceMet.tooMany',
      7,
    ],
  ] as const)('cadenceMet with meetings %j → %s', (dates, code, count) => {
    const sd = buildSouthDenmark();
    sd.builder.rule(sd.fora.ssu, { kind: 'cadenceMet' });
    sd.builder.meetings(sd.fora.ssu, dates);
    const breaches = checkForum(stateOn(sd.snapshot(), D), sd.fora.ssu);
    expect(breaches.map((b) => [b.code, b.params.count])).toEqual(
      code === null ? [] : [[code, count]],
    );
  });

  it('reports born rules in a cycle and a born rule yielding nothing as structural breaches', () => {
    const b = createSnapshotBuilder();
    const a = b.forum('a', 'A');
    const c = b.forum('c', 'C');
    b.seat(a, 'From C', {
      born: { kind: 'officeHoldersOfRepresented', forumId: c, office: 'mayor' },
    });
    b.seat(c, 'From A', {
      born: { kind: 'officeHoldersOfRepresented', forumId: a, office: 'mayor' },
    });
    const e = b.forum('e', 'E');
    b.seat(e, 'Mayors of the cluster', {
      born: { kind: 'officeHolders', office: 'mayor', parties: { of: 'forumCluster' } },
    });
    const breaches = checkCollaboration(stateOn(b.snapshot(), D));
    expect(breaches.map((x) => [x.forumEntityId, x.code, x.severity])).toEqual([
      [a, 'breach.ruleCycle', 'error'],
      [c, 'breach.ruleCycle', 'error'],
      [e, 'breach.bornRuleEmpty', 'warning'],
    ]);
    expect(breaches[0]?.params.forumNames).toEqual(['A', 'C', 'A']);
    expect(breaches[0]?.subject).toBe(breaches[1]?.subject);
  });

  it('returns nothing for a forum not valid on the day', () => {
    const sd = buildSouthDenmark();
    expect(checkForum(stateOn(sd.snapshot(), '2020-01-01'), sd.fora.ssu)).toEqual([]);
  });
});

describe('newBreaches', () => {
  const breach = (subject: string, params: Breach['params'] = {}): Breach => ({
    forumEntityId: 'forum:t',
    ruleId: 'rule:1',
    ruleKind: 'everyClusterRepresented',
    severity: 'error',
    code: 'breach.everyClusterRepresented',
    subject,
    params,
  });

  it.each([
    { name: 'nothing before', before: [], after: [breach('c1')], added: ['c1'] },
    { name: 'same breach', before: [breach('c1')], after: [breach('c1')], added: [] },
    {
      name: 'one more cluster missing',
      before: [breach('c1')],
      after: [breach('c1'), breach('c2')],
      added: ['c2'],
    },
    {
      name: 'a breach resolved',
      before: [breach('c1'), breach('c2')],
      after: [breach('c1')],
      added: [],
    },
    {
      name: 'renamed cluster',
      before: [breach('c1', { clusterName: 'Fyn' })],
      after: [breach('c1', { clusterName: 'Fynen' })],
      added: [],
    },
  ])('$name', ({ before, after, added }) => {
    expect(newBreaches(before, after).map((b) => b.subject)).toEqual(added);
  });

  it('keys structural breaches by their kind', () => {
    expect(
      breachKey({ ...breach('s'), ruleId: null, ruleKind: 'ruleCycle', code: 'breach.ruleCycle' }),
    ).toBe('forum:t|ruleCycle|breach.ruleCycle|s');
  });

  it('flags the breach a change would add (warn before saving)', () => {
    const sd = buildSouthDenmark();
    const before = checkCollaboration(stateOn(sd.snapshot(), D));
    sd.builder.end(sd.appointments.theme.Fyn, BEFORE);
    const after = checkCollaboration(stateOn(sd.snapshot(), D));
    expect(newBreaches(before, after).map((b) => b.params.clusterName)).toEqual(['Fyn']);
  });
});
