import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import type { Office } from '../../shared/organisation.enums';
import { officeHoldersOf, stateOn } from './as-of';
import {
  applyPlan,
  planOfficeHolders,
  SINGLE_HOLDER_OFFICES,
  type HolderPlanInput,
} from './office-holders-plan';
import {
  officeOf,
  parseHolderDate,
  readHolderRows,
  type HolderImportParty,
  type HolderSheetRow,
} from './office-holders-rows';
import { createSnapshotBuilder } from './test/snapshot-builder';
import type { OrgSnapshot, Person } from './types';

const MUNICIPALITIES = [
  ['Vejle', '630'],
  ['Kolding', '621'],
  ['Fredericia', '607'],
  ['Middelfart', '410'],
  ['Odense', '461'],
] as const;

/** Five municipalities and a region; KKR (born: the mayors), a directors' forum (born: the
 * health directors) and a regional seat (born: the regional councillors). Kolding has a mayor. */
function fixture() {
  const b = createSnapshotBuilder();
  b.collaboration('Sundhedssamarbejdet i Syddanmark', 'Syddanmark');
  const ids = MUNICIPALITIES.map(([name, code]) => b.party('municipality', name, { code }));
  const region = b.party('region', 'Region Syddanmark');
  const kkr = b.forum('kkr', 'KKR Syddanmark', { level: 'regional', kind: 'political' });
  b.seat(kkr, 'Borgmestrene', {
    born: {
      kind: 'officeHolders',
      office: 'mayor',
      parties: { of: 'collaboration', partyKind: 'municipality' },
    },
  });
  const directors = b.forum('sdf', 'Sundhedsdirektørforum', {
    level: 'regional',
    kind: 'administrative',
  });
  b.seat(directors, 'Sundhedsdirektørerne', {
    born: {
      kind: 'officeHolders',
      office: 'healthDirector',
      parties: { of: 'collaboration', partyKind: 'municipality' },
    },
  });
  const ssu = b.forum('ssu', 'SSU', { level: 'regional', kind: 'political' });
  b.seat(ssu, 'Regionsrådsmedlemmer', {
    born: {
      kind: 'officeHolders',
      office: 'regionalCouncillor',
      parties: { of: 'parties', partyIds: [region] },
    },
  });
  const oldMayor = b.person('Gammel Borgmester');
  const oldHolding = b.office(oldMayor, ids[1] as string, 'mayor');
  const parties: HolderImportParty[] = b.snap.parties.map((p) => ({
    entityId: p.entityId,
    name: p.name,
    kind: p.kind,
    code: p.code,
  }));
  return { b, ids, region, kkr, directors, ssu, oldMayor, oldHolding, parties };
}

const HEADER: HolderSheetRow = {
  row: 1,
  cells: ['Kommune', 'Embede', 'Navn', 'E-mail', 'Titel', 'Gyldig fra'],
};
const sheet = (...rows: (string | number | null)[][]): HolderSheetRow[] => [
  HEADER,
  ...rows.map((cells, i) => ({ row: i + 2, cells })),
];

function plan(
  snapshot: OrgSnapshot,
  rows: HolderSheetRow[],
  parties: HolderImportParty[],
  byEmail: Person[] = [],
) {
  const read = readHolderRows(rows, parties);
  const input: HolderPlanInput = {
    rows: read.rows,
    readErrors: read.errors,
    snapshot,
    personsByEmail: byEmail,
    dataRowCount: read.count,
  };
  return planOfficeHolders(input);
}

const FIVE = [
  ['Vejle', 'Borgmester', 'Anna Andersen', 'anna@vejle.dk', 'Borgmester', '1.1.2026'],
  ['621', 'borgmester', 'Bent Berg', 'bent@kolding.dk', '', '2026-01-01'],
  [
    'Fredericia Kommune',
    'Sundhedsdirektør',
    'Carla Carlsen',
    '',
    'Direktør for Sundhed',
    '01-01-2026',
  ],
  [
    'Middelfart',
    'Direktør for sundhed og omsorg',
    'Dorte Dam',
    'dorte@middelfart.dk',
    '',
    '1/1/2026',
  ],
  ['Region Syddanmark', 'Regionsrådsmedlem', 'Erik Eg', 'erik@rsyd.dk', '', 46023],
];

describe('reading office-holder rows', () => {
  it('reads Danish headers, names, codes, aliases and date forms', () => {
    const { parties, ids, region } = fixture();
    const read = readHolderRows(sheet(...FIVE), parties);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.partyId, r.office, r.validFrom])).toEqual([
      [2, ids[0], 'mayor', '2026-01-01'],
      [3, ids[1], 'mayor', '2026-01-01'],
      [4, ids[2], 'healthDirector', '2026-01-01'],
      [5, ids[3], 'healthDirector', '2026-01-01'],
      [6, region, 'regionalCouncillor', '2026-01-01'],
    ]);
    expect(read.rows[2]).toMatchObject({ email: null, title: 'Direktør for Sundhed' });
  });

  it('names each bad row by its number, in Danish and English', () => {
    const { parties } = fixture();
    const read = readHolderRows(
      sheet(
        ['Atlantis', 'borgmester', 'A', '', '', '1.1.2026'],
        ['Vejle', 'kejser', 'B', '', '', '1.1.2026'],
        ['Vejle', 'borgmester', '', '', '', '1.1.2026'],
        ['Vejle', 'borgmester', 'C', 'ikke-en-mail', '', '31.2.2026'],
      ),
      parties,
    );
    expect(read.rows).toEqual([]);
    expect(read.errors.map((e) => e.message)).toEqual([
      'Række 2: kommunen »Atlantis« findes ikke i samarbejdet.',
      'Række 3: embedet »kejser« kendes ikke. Brug fx borgmester, sundhedsdirektør eller regionsrådsmedlem.',
      'Række 4: navnet mangler.',
      'Række 5: »ikke-en-mail« er ikke en e-mailadresse.',
      'Række 5: »31.2.2026« er ikke en dato. Skriv fx 1.1.2026 eller 2026-01-01.',
    ]);
    expect(read.errors[0]?.messageEn).toBe(
      'Row 2: the municipality "Atlantis" is not in the collaboration.',
    );
  });

  it('refuses a file without the required columns', () => {
    const { parties } = fixture();
    const read = readHolderRows([{ row: 1, cells: ['Navn', 'Embede'] }], parties);
    expect(read.errors.map((e) => e.column)).toEqual(['Kommune', 'Gyldig fra']);
  });

  it('knows the offices by Danish names and code names', () => {
    expect(officeOf('Sygehusdirektør')).toBe('hospitalDirector');
    expect(officeOf('næstformand for regionsrådet')).toBe('regionCouncilViceChair');
    expect(officeOf('mayor')).toBe('mayor');
    expect(officeOf('konge')).toBeNull();
    expect(parseHolderDate('2026-02-30')).toBe('bad');
    expect(parseHolderDate(null)).toBeNull();
  });
});

describe('planning a load', () => {
  it('five real office holders fill five born seats, the previous mayor ends the day before', () => {
    const { b, parties, oldHolding, oldMayor } = fixture();
    const result = plan(b.snapshot(), sheet(...FIVE), parties);
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({
      rows: 5,
      starts: 5,
      ends: 1,
      newPersons: 5,
      bornSeats: 5,
    });
    const kolding = result.rows.find((r) => r.row === 3);
    expect(kolding?.ends).toEqual([
      {
        holdingId: oldHolding,
        personId: oldMayor,
        personName: 'Gammel Borgmester',
        lastDay: '2025-12-31',
      },
    ]);
    expect(
      result.bornSeats.map((s) => [s.row, s.forumName, s.personName, s.previousPersonName]),
    ).toEqual([
      [2, 'KKR Syddanmark', 'Anna Andersen', null],
      [3, 'KKR Syddanmark', 'Bent Berg', 'Gammel Borgmester'],
      [4, 'Sundhedsdirektørforum', 'Carla Carlsen', null],
      [5, 'Sundhedsdirektørforum', 'Dorte Dam', null],
      [6, 'SSU', 'Erik Eg', null],
    ]);
    const after = stateOn(applyPlan(b.snapshot(), result), '2026-01-01');
    const before = stateOn(applyPlan(b.snapshot(), result), '2025-12-31');
    const koldingId = kolding?.partyId as string;
    expect(officeHoldersOf(after, koldingId, 'mayor').map((h) => h.personId)).toEqual([
      kolding?.person.ref,
    ]);
    expect(officeHoldersOf(before, koldingId, 'mayor').map((h) => h.personId)).toEqual([oldMayor]);
  });

  it('matches a person by e-mail, else by exact name in the party; never merges silently', () => {
    const { b, parties, ids } = fixture();
    const known = b.person('Hanne Holm');
    b.office(known, ids[0] as string, 'councilMember');
    const twin1 = b.person('Ib Ibsen');
    b.snap.persons.push({ ...b.snap.persons.at(-1)!, id: 'person:ib-2' });
    b.office(twin1, ids[2] as string, 'councilMember');
    b.office('person:ib-2', ids[2] as string, 'councilMember');
    const other = b.person('Jens Juul');
    b.snap.persons.find((p) => p.id === other)!.email = 'jens@vejle.dk';
    b.office(other, ids[0] as string, 'councilMember');
    const byEmail: Person[] = [
      {
        id: 'person:k',
        name: 'Karen Kok',
        email: 'karen@odense.dk',
        userId: null,
        fictional: false,
        politicalParty: null,
      },
    ];
    const result = plan(
      b.snapshot(),
      sheet(
        ['Odense', 'borgmester', 'Karen M. Kok', 'KAREN@odense.dk', '', '1.1.2026'],
        ['Vejle', 'borgmester', 'Hanne Holm', '', '', '1.1.2026'],
        ['Fredericia', 'borgmester', 'Ib Ibsen', '', '', '1.1.2026'],
        ['Vejle', 'sundhedsdirektør', 'Jens Juul', 'jens.juul@vejle.dk', '', '1.1.2026'],
      ),
      parties,
      byEmail,
    );
    expect(result.rows.map((r) => [r.row, r.person.ref, r.person.matchedBy])).toEqual([
      [2, 'person:k', 'email'],
      [3, known, 'nameInParty'],
    ]);
    expect(result.rows[0]?.notes[0]?.da).toContain('hedder Karen Kok i Samspil');
    expect(result.errors.map((e) => e.message)).toEqual([
      'Række 4: der er 2 personer ved navn Ib Ibsen i Fredericia. Skriv personens e-mail, så den rigtige findes.',
      'Række 5: Jens Juul findes allerede i Vejle med en anden e-mail. Ret e-mailen i filen, eller ret personen i Samspil.',
    ]);
  });

  it('reports duplicate rows, an office twice, an e-mail with two names and a later holder', () => {
    const { b, parties, ids } = fixture();
    const later = b.person('Senere Borgmester');
    b.office(later, ids[4] as string, 'mayor', { validFrom: '2026-06-01' });
    const result = plan(
      b.snapshot(),
      sheet(
        ['Vejle', 'borgmester', 'Anna Andersen', 'anna@vejle.dk', '', '1.1.2026'],
        ['Vejle', 'borgmester', 'Anna Andersen', 'anna@vejle.dk', '', '1.1.2026'],
        ['Vejle', 'borgmester', 'Anders And', '', '', '1.1.2026'],
        ['Kolding', 'sundhedsdirektør', 'Anne Anden', 'anna@vejle.dk', '', '1.1.2026'],
        ['Odense', 'borgmester', 'Ny Borgmester', '', '', '1.1.2026'],
        ['Kolding', 'byrådsmedlem', 'Ole Olsen', '', '', '1.1.2026'],
        ['Kolding', 'byrådsmedlem', 'Pia Poulsen', '', '', '1.1.2026'],
      ),
      parties,
    );
    expect(result.errors.map((e) => e.message)).toEqual([
      'Række 3: gentager række 2.',
      'Række 4: borgmester i Vejle står allerede i række 2; et embede kan kun have én indehaver.',
      'Række 5: e-mailen anna@vejle.dk bruges i række 2 til et andet navn (Anna Andersen).',
      'Række 6: borgmester i Odense har allerede en anden indehaver fra 2026-06-01. Afslut eller ret den først.',
    ]);
    expect(result.errors[1]?.messageEn).toContain('mayor in Vejle');
    expect(result.rows.map((r) => r.row)).toEqual([2, 7, 8]);
    expect(result.rows.every((r) => r.ends.length === 0)).toBe(true);
  });

  it('leaves a holder who already holds the office unchanged', () => {
    const { b, parties } = fixture();
    const result = plan(
      b.snapshot(),
      sheet(['Kolding', 'borgmester', 'Gammel Borgmester', '', '', '1.1.2026']),
      parties,
    );
    expect(result.rows.map((r) => r.action)).toEqual(['unchanged']);
    expect(result.counts).toMatchObject({ starts: 0, newPersons: 0, bornSeats: 0 });
  });
});

const OFFICES_IN_TEST: Office[] = ['mayor', 'healthDirector', 'councilMember', 'municipalDirector'];

describe('plan invariants (property)', () => {
  it('every row is planned or has an error; single offices end up with one holder', () => {
    const row = fc.record({
      m: fc.integer({ min: 0, max: 4 }),
      office: fc.constantFrom(...OFFICES_IN_TEST),
      person: fc.integer({ min: 0, max: 6 }),
      withEmail: fc.boolean(),
      day: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (specs) => {
        const { b, parties } = fixture();
        const rows = specs.map((s) => [
          MUNICIPALITIES[s.m]?.[0] ?? '',
          s.office,
          `Person ${s.person}`,
          s.withEmail ? `p${s.person}@example.dk` : '',
          '',
          addDays('2025-06-01', s.day),
        ]);
        const snapshot = b.snapshot();
        const result = plan(snapshot, sheet(...rows), parties);
        const handled = new Set([
          ...result.rows.map((r) => r.row),
          ...result.errors.map((e) => e.row),
        ]);
        for (let i = 0; i < specs.length; i += 1) expect(handled.has(i + 2)).toBe(true);
        for (const r of result.rows) {
          expect(result.errors.some((e) => e.row === r.row)).toBe(false);
          for (const end of r.ends) {
            expect(end.lastDay).toBe(addDays(r.validFrom, -1));
            expect(end.personId).not.toBe(r.person.ref);
          }
        }
        for (const p of result.newPersons) {
          expect(result.rows.some((r) => r.person.ref === p.ref)).toBe(true);
        }
        const after = applyPlan(snapshot, result);
        for (const r of result.rows) {
          const holders = officeHoldersOf(stateOn(after, r.validFrom), r.partyId, r.office);
          expect(holders.map((h) => h.personId)).toContain(r.person.ref);
          if (SINGLE_HOLDER_OFFICES.has(r.office)) expect(holders).toHaveLength(1);
        }
        for (const seat of result.bornSeats) {
          expect(
            result.rows.some((r) => r.person.ref === seat.personRef && r.row === seat.row),
          ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
