import { describe, expect, it } from 'vitest';
import {
  diffCounts,
  diffPlanFile,
  milestoneChanges,
  parseKroner,
  parseMilestones,
  planFileRows,
  readPlanFile,
  type PlanFileLookups,
  type Sheet,
  type StoredPlanFile,
} from './plan-file';

type Cell = string | number | null;

const HEADER = [
  'nummer',
  'titel',
  'beskrivelse',
  'niveau',
  'mål',
  'mål-titel',
  'ansvarligt forum',
  'deltagende parter',
  'prioritet 2025',
  'prioritet 2026',
  'økonomi (kr.)',
  'betaler',
  'milepæle',
];
const GOAL_HEADER = ['kode', 'niveau', 'titel', 'overordnet'];

const sheet = (rows: Cell[][]): Sheet => {
  const [header = [], ...rest] = rows;
  return {
    header: { row: 1, cells: header },
    rows: rest.map((cells, i) => ({ row: i + 2, cells })),
  };
};

const lookups: PlanFileLookups = {
  fora: [
    { id: 'f-ssu', name: 'Sundhedssamarbejdsudvalget', shortName: 'SSU' },
    { id: 'f-eu', name: 'Embedsmandsudvalget', shortName: null },
  ],
  parties: [
    { id: 'p-101', name: 'København', code: '101' },
    { id: 'p-147', name: 'Frederiksberg', code: '147' },
    { id: 'p-reg', name: 'Region Hovedstaden', code: null },
  ],
  goalCodes: ['1'],
};

const GOALS: Cell[][] = [
  GOAL_HEADER,
  ['V', 'vision', 'Sammenhængende sundhed', ''],
  ['1', 'mål', 'Færre genindlæggelser', 'V'],
  ['1.1', 'delmål', 'Bedre udskrivning', '1'],
];

const good: Cell[][] = [
  HEADER,
  [
    '1',
    'Opfølgende hjemmebesøg',
    'Besøg efter udskrivning',
    'kommune',
    '1.1',
    'Bedre udskrivning',
    'SSU',
    'København; 147',
    'høj',
    'middel',
    '1.200.000',
    'kommunerne',
    '2025-06-30: Første evaluering; 31-12-2025: Afrapportering',
  ],
  [
    '2',
    'Fælles akutplan',
    '',
    'fælles',
    '',
    '',
    'Embedsmandsudvalget',
    '',
    '',
    'lav',
    500000,
    '',
    '',
  ],
];

describe('readPlanFile', () => {
  it('reads initiatives and goals, resolving fora, parties, priorities and milestones', () => {
    const out = readPlanFile({ initiatives: sheet(good), goals: sheet(GOALS) }, lookups);
    expect(out.errors).toEqual([]);
    expect(out.years).toEqual([2025, 2026]);
    expect(out.goals?.map((g) => [g.code, g.level, g.parentCode])).toEqual([
      ['V', 'vision', null],
      ['1', 'goal', 'V'],
      ['1.1', 'subGoal', '1'],
    ]);
    expect(out.initiatives[0]).toMatchObject({
      row: 2,
      number: '1',
      level: 'municipality',
      goalCode: '1.1',
      forumId: 'f-ssu',
      partyIds: ['p-101', 'p-147'],
      priorities: [
        { year: 2025, priority: 'high' },
        { year: 2026, priority: 'medium' },
      ],
      economyDkk: 1_200_000,
      payer: 'kommunerne',
      milestones: [
        { dueDate: '2025-06-30', title: 'Første evaluering' },
        { dueDate: '2025-12-31', title: 'Afrapportering' },
      ],
    });
    expect(out.initiatives[1]).toMatchObject({
      level: 'joint',
      economyDkk: 500000,
      forumId: 'f-eu',
    });
  });

  it('checks goal codes against the plan when there is no goal sheet (CSV)', () => {
    const out = readPlanFile({ initiatives: sheet(good), goals: null }, lookups);
    expect(out.errors.map((e) => e.message)).toEqual([
      'Række 2: målet "1.1" findes hverken på arket Mål eller i planen.',
    ]);
  });

  it('names every bad row with its number (every kind of error)', () => {
    const bad: Cell[][] = [
      HEADER,
      ['', 'Uden nummer', '', 'kommune', '', '', '', '', '', '', '', '', ''],
      ['3', '', '', 'amt', '', '', '', '', '', '', '', '', ''],
      [
        '3',
        'Dublet',
        '',
        'region',
        '9',
        '',
        'Ukendt forum',
        'Atlantis',
        'meget',
        '',
        '12,50',
        '',
        '',
      ],
      ['4', 'x'.repeat(501), '', 'klynge', '', '', '', '', '', '', '', '', 'i morgen'],
      ['5', 'Dato', '', 'region', '', '', '', '', '', '', '', '', '2025-02-30: Umulig'],
    ];
    const goals: Cell[][] = [
      GOAL_HEADER,
      ['A', 'mål', 'A', 'B'],
      ['B', 'mål', 'B', 'A'],
      ['A', 'vision', 'Dublet', ''],
      ['C', 'strategi', 'C', ''],
      ['D', 'mål', 'D', 'X'],
    ];
    const out = readPlanFile({ initiatives: sheet(bad), goals: sheet(goals) }, lookups);
    expect(out.errors.map((e) => e.message)).toEqual([
      'Række 2: målet "A" ligger under sig selv (en ring af overordnede).',
      'Række 3: målet "B" ligger under sig selv (en ring af overordnede).',
      'Række 4: målet "A" står allerede i række 2.',
      'Række 5: niveauet "strategi" skal være vision, mål eller delmål.',
      'Række 6: det overordnede mål "X" findes ikke på arket Mål.',
      'Række 2: "nummer" skal udfyldes.',
      'Række 3: "titel" skal udfyldes.',
      'Række 3: niveauet "amt" skal være kommune, klynge, region eller fælles.',
      'Række 4: indsatsen "3" står allerede i række 3.',
      'Række 4: målet "9" findes hverken på arket Mål eller i planen.',
      'Række 4: forummet "Ukendt forum" findes ikke i samarbejdet.',
      'Række 4: parten "Atlantis" findes ikke i samarbejdet.',
      'Række 4: prioriteten "meget" i prioritet 2025 skal være høj, middel eller lav.',
      'Række 4: økonomien "12,50" skal være et helt antal kroner (fx 1.200.000).',
      'Række 5: "titel" er for lang (højst 500 tegn).',
      'Række 5: milepælen "i morgen" skal skrives som "dato: titel" (fx "2025-06-30: Første evaluering").',
      'Række 6: datoen "2025-02-30" i milepælene findes ikke i kalenderen.',
    ]);
    expect(out.errors.every((e) => e.messageEn.startsWith('Row '))).toBe(true);
    expect(out.errors.find((e) => e.row === 4 && e.sheet === 'Indsatser')?.column).toBe('nummer');
  });

  it('refuses headers without the required columns, doubled columns and bad priority columns', () => {
    const out = readPlanFile(
      {
        initiatives: sheet([
          ['nummer', 'titel', 'titel', 'prioritet næste år'],
          ['1', 'a', 'b', ''],
        ]),
        goals: null,
      },
      lookups,
    );
    expect(out.errors.map((e) => e.message)).toEqual([
      'Kolonnen "titel" står to gange i overskriftsrækken.',
      'Kolonnen "niveau" mangler i overskriftsrækken.',
      'Kolonnen "prioritet næste år" skal hedde "prioritet" og et årstal, fx "prioritet 2025".',
    ]);
  });

  it('refuses a sheet with no rows', () => {
    const out = readPlanFile({ initiatives: sheet([HEADER]), goals: null }, lookups);
    expect(out.errors[0]?.message).toBe('Filen har ingen rækker under overskriften.');
  });

  it('checks a file on its own without look-ups', () => {
    const out = readPlanFile({ initiatives: sheet(good), goals: null }, null);
    expect(out.errors).toEqual([]);
  });
});

describe('cells', () => {
  it.each([
    ['1.200.000', 1_200_000],
    ['1 200 000 kr.', 1_200_000],
    ['1200000,00', 1_200_000],
    [750, 750],
    ['', null],
    ['12,5', 'bad'],
    [12.5, 'bad'],
  ] as const)('kroner %j → %j', (input, out) => expect(parseKroner(input)).toBe(out));

  it('parses milestones and finds the bad part', () => {
    expect(parseMilestones('30.06.2025: A; 2026-01-01: B: med kolon')).toEqual({
      milestones: [
        { dueDate: '2025-06-30', title: 'A' },
        { dueDate: '2026-01-01', title: 'B: med kolon' },
      ],
    });
    expect(parseMilestones('2025-01-01: A; uden dato')).toEqual({
      bad: 'uden dato',
      kind: 'badMilestone',
    });
  });

  it('keeps milestones that stay and replaces the rest', () => {
    const out = milestoneChanges(
      [
        { dueDate: '2025-01-01', title: 'A' },
        { dueDate: '2025-02-01', title: 'C' },
      ],
      [
        { id: 'm1', dueDate: '2025-01-01', title: 'A' },
        { id: 'm2', dueDate: '2025-02-01', title: 'B' },
      ],
    );
    expect(out).toEqual({ add: [{ dueDate: '2025-02-01', title: 'C' }], remove: ['m2'] });
  });
});

const names = {
  forum: (id: string | null) => lookups.fora.find((f) => f.id === id)?.name ?? '',
  party: (id: string) => lookups.parties.find((p) => p.id === id)?.name ?? id,
};

function storedFrom(): StoredPlanFile {
  const file = readPlanFile({ initiatives: sheet(good), goals: sheet(GOALS) }, lookups);
  return {
    goals: (file.goals ?? []).map((g, i) => ({ ...g, id: `g${i}`, position: i })),
    initiatives: file.initiatives.map((i, n) => ({
      ...i,
      id: `i${n}`,
      position: n,
      milestones: i.milestones.map((m, k) => ({ ...m, id: `m${n}-${k}` })),
    })),
    endedInitiatives: [],
    endedGoals: [],
  };
}

describe('diffPlanFile', () => {
  it('finds added, changed (with the fields) and ended initiatives and goals', () => {
    const stored = storedFrom();
    const next: Cell[][] = [
      HEADER,
      [...(good[1] as Cell[])].map((c, i) =>
        i === 1 ? 'Opfølgende besøg' : i === 9 ? 'høj' : i === 4 ? '1' : c,
      ),
      ['3', 'Ny indsats', '', 'region', '1', '', '', '', '', '', '', '', ''],
    ];
    const goals = GOALS.slice(0, 3).map((r, i) =>
      i === 2 ? ['1', 'mål', 'Færre indlæggelser', 'V'] : r,
    );
    const file = readPlanFile({ initiatives: sheet(next), goals: sheet(goals) }, lookups);
    expect(file.errors).toEqual([]);
    const diff = diffPlanFile(file, stored, names);
    expect(diff.initiatives).toEqual({
      added: ['3'],
      changed: [
        {
          key: '1',
          fields: [
            { field: 'titel', from: 'Opfølgende hjemmebesøg', to: 'Opfølgende besøg' },
            { field: 'mål', from: '1.1', to: '1' },
            { field: 'prioritet 2026', from: 'middel', to: 'høj' },
          ],
        },
      ],
      ended: ['2'],
      unchanged: 0,
    });
    expect(diff.goals).toEqual({
      added: [],
      changed: [
        {
          key: '1',
          fields: [{ field: 'titel', from: 'Færre genindlæggelser', to: 'Færre indlæggelser' }],
        },
      ],
      ended: ['1.1'],
      unchanged: 1,
    });
    expect(diffCounts(diff)).toEqual({ added: 1, changed: 2, ended: 2, unchanged: 1 });
  });

  it('round-trips: the stored plan written to rows and read back has no diff', () => {
    const stored = storedFrom();
    const rows = planFileRows(
      stored,
      new Map(stored.goals.map((g) => [g.code, g.title])),
      names,
      [2025],
    );
    expect(rows.initiatives[0]).toEqual(HEADER);
    const file = readPlanFile(
      { initiatives: sheet(rows.initiatives), goals: sheet(rows.goals) },
      lookups,
    );
    expect(file.errors).toEqual([]);
    const diff = diffPlanFile(file, stored, names);
    expect(diffCounts(diff)).toEqual({ added: 0, changed: 0, ended: 0, unchanged: 5 });
  });
});
