import { describe, expect, it } from 'vitest';
import {
  caseSimilarity,
  jaccard,
  normaliseForScreening,
  recurringAcrossClusters,
  screeningReasons,
  similarCases,
  trigrams,
  type ScreeningCase,
} from './screening';

const c = (id: string, clusterId: string | null, title: string, summary = ''): ScreeningCase => ({
  id,
  clusterId,
  title,
  summary,
});

const cases: ScreeningCase[] = [
  c(
    'n1',
    'nord',
    'Udskrivning af ældre medicinske patienter',
    'Koordinering af udskrivning til kommunen',
  ),
  c(
    's1',
    'syd',
    'Udskrivning af ældre medicinske patienter til kommunerne',
    'Koordinering ved udskrivning',
  ),
  c('o1', 'oest', 'Udskrivning af ældre medicinske patienter', 'Koordinering af udskrivningen'),
  c('n2', 'nord', 'Børne- og ungepsykiatri: ventetider', 'Fælles indsats mod ventetider'),
  c('v1', 'vest', 'Ventetider i børne- og ungepsykiatrien', 'Fælles indsats'),
  c('n3', 'nord', 'Akutfunktion i hjemmeplejen', 'Ny model for akutsygepleje'),
  c('t1', null, 'Udskrivning af ældre medicinske patienter', 'Temagruppens sag'),
];

describe('normaliseForScreening', () => {
  it.each([
    ['Udskrivning af ÆLDRE patienter!', 'udskrivning ældre patienter'],
    ['Børne- og unge-psykiatri (BUP)', 'børne unge psykiatri bup'],
    ['Sundhedsaftalen 2024–2027: mål, indsatser…', 'sundhedsaftalen 2024 2027 mål indsatser'],
    ['ØKONOMI OG ÅBENHED', 'økonomi åbenhed'],
    ['  det er ikke noget  ', ''],
    ['e\u0301n café', 'én café'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseForScreening(input)).toBe(expected);
  });
});

describe('trigrams and jaccard (pg_trgm semantics)', () => {
  it('pads words like pg_trgm: two spaces before, one after', () => {
    expect([...trigrams('kol')].sort()).toEqual(['  k', ' ko', 'kol', 'ol '].sort());
  });

  it.each([
    ['kol', 'kol', 1],
    ['kol', 'diabetes', 0],
    ['', '', 0],
    ['ab', 'abc', 2 / 5],
  ])('%s vs %s → %f', (a, b, score) => {
    expect(jaccard(trigrams(a), trigrams(b))).toBeCloseTo(score, 10);
  });

  it('is symmetric', () => {
    expect(caseSimilarity(cases[0]!, cases[1]!)).toBeCloseTo(
      caseSimilarity(cases[1]!, cases[0]!),
      12,
    );
  });
});

describe('similarCases', () => {
  it('finds similar cases from other clusters only, best first', () => {
    const found = similarCases(cases[0]!, cases);
    expect(found.map((m) => m.case.id)).toEqual(['o1', 's1']);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
  });

  it.each([
    [0.99, []],
    [0, ['o1', 's1', 'v1']],
  ])('threshold %f', (threshold, ids) => {
    const found = similarCases(cases[0]!, cases, threshold).map((m) => m.case.id);
    expect(found.sort()).toEqual([...ids].sort());
  });

  it('compares a case without a cluster with every clustered case', () => {
    expect(
      similarCases(cases[6]!, cases)
        .map((m) => m.case.id)
        .sort(),
    ).toEqual(['n1', 'o1', 's1']);
  });
});

describe('recurringAcrossClusters', () => {
  it('groups similar cases appearing in two or more clusters, largest first', () => {
    const groups = recurringAcrossClusters(cases);
    expect(groups.map((g) => [g.cases.map((x) => x.id), g.clusterIds])).toEqual([
      [
        ['n1', 'o1', 's1'],
        ['nord', 'oest', 'syd'],
      ],
      [
        ['n2', 'v1'],
        ['nord', 'vest'],
      ],
    ]);
    expect(groups[0]!.score).toBeGreaterThan(0.5);
  });

  it('leaves out groups from a single cluster', () => {
    const sameCluster = [
      c('a', 'nord', 'Akutfunktion i hjemmeplejen'),
      c('b', 'nord', 'Akutfunktion i hjemmeplejen'),
    ];
    expect(recurringAcrossClusters(sameCluster)).toEqual([]);
  });

  it('is deterministic whatever the input order', () => {
    expect(recurringAcrossClusters([...cases].reverse())).toEqual(recurringAcrossClusters(cases));
  });
});

describe('screeningReasons', () => {
  it.each([
    [[], false, []],
    [['economicSignificance'], false, []],
    [['principled', 'crossCutting'], true, ['recurring', 'crossCutting', 'principled']],
    [['precedentSetting'], false, ['precedentSetting']],
  ] as const)('%o, recurring %s → %o', (flags, recurring, reasons) => {
    expect(screeningReasons({ flags }, recurring)).toEqual(reasons);
  });
});
