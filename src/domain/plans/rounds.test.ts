import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatmapCells, progressOf, rollup } from './progress';
import {
  applyEntries,
  burden,
  carriedEntries,
  changeAnswer,
  lastValues,
  noChangesAnswer,
  partySlots,
  roundSlots,
  slotKey,
  type DegreeValue,
  type RoundInitiative,
  type ScaleStep,
} from './rounds';

const SCALE: ScaleStep[] = [
  { key: 'notRelevant', label: null, score: null },
  { key: 'notStarted', label: null, score: 0 },
  { key: 'planned', label: null, score: 20 },
  { key: 'inProgress', label: null, score: 40 },
  { key: 'partly', label: null, score: 70 },
  { key: 'full', label: null, score: 100 },
];
const KEYS = SCALE.map((s) => s.key);

const initiatives: RoundInitiative[] = [
  { id: 'i1', participatingPartyIds: [], level: 'municipality' },
  { id: 'i2', participatingPartyIds: [], level: 'municipality' },
  { id: 'i3', participatingPartyIds: [], level: 'region' },
  { id: 'i4', participatingPartyIds: [], level: 'cluster' },
];

const value = (initiativeId: string, subjectId: string, degree: string): DegreeValue => ({
  initiativeId,
  subjectId,
  degree,
  comment: '',
  recordedOn: '2025-01-10',
});

describe('round slots', () => {
  it('a municipality reports municipality-level initiatives, a region the region-level ones', () => {
    expect(
      partySlots(initiatives, { id: 'k', kind: 'municipality' }).map((s) => s.initiativeId),
    ).toEqual(['i1', 'i2']);
    expect(partySlots(initiatives, { id: 'r', kind: 'region' }).map((s) => s.initiativeId)).toEqual(
      ['i3'],
    );
  });

  it('an initiative naming its municipalities is on their forms only (initiativeSubjects)', () => {
    const named: RoundInitiative[] = [
      { id: 'n', level: 'municipality', participatingPartyIds: ['k'] },
      { id: 'a', level: 'municipality', participatingPartyIds: [] },
    ];
    const of = (id: string) =>
      partySlots(named, { id, kind: 'municipality' }).map((s) => s.initiativeId);
    expect(of('k')).toEqual(['n', 'a']);
    expect(of('m')).toEqual(['a']);
  });
});

describe('answers', () => {
  const slots = partySlots(initiatives, { id: 'k', kind: 'municipality' });
  const last = lastValues([value('i1', 'k', 'planned'), value('i2', 'k', 'inProgress')]);

  it('"ingen ændringer" confirms every field and touches none', () => {
    const answer = noChangesAnswer(slots, last, '2025-03-01');
    expect(answer.fieldsTouched).toBe(0);
    expect(answer.noChanges).toBe(true);
    expect(answer.entries.map((e) => [e.initiativeId, e.degree, e.recordedOn, e.changed])).toEqual([
      ['i1', 'planned', '2025-03-01', false],
      ['i2', 'inProgress', '2025-03-01', false],
    ]);
  });

  it('a change set counts changed degrees only', () => {
    const result = changeAnswer(
      slots,
      last,
      [
        { initiativeId: 'i1', degree: 'full' },
        { initiativeId: 'i2', degree: 'inProgress', comment: 'uændret' },
      ],
      SCALE,
      '2025-03-01',
    );
    if (!result.ok) throw new Error('refused');
    expect(result.answer.fieldsTouched).toBe(1);
    expect(result.answer.entries.find((e) => e.initiativeId === 'i1')?.changed).toBe(true);
    expect(result.answer.entries.find((e) => e.initiativeId === 'i2')?.comment).toBe('uændret');
  });

  it('refuses an unknown degree, a field not on the form and a field given twice', () => {
    const refuse = (changes: { initiativeId: string; degree: string }[]) => {
      const r = changeAnswer(slots, last, changes, SCALE, '2025-03-01');
      return r.ok ? null : r.refusal.code;
    };
    expect(refuse([{ initiativeId: 'i1', degree: 'nope' }])).toBe('unknownDegree');
    expect(refuse([{ initiativeId: 'i3', degree: 'full' }])).toBe('initiativeNotInForm');
    expect(
      refuse([
        { initiativeId: 'i1', degree: 'full' },
        { initiativeId: 'i1', degree: 'planned' },
      ]),
    ).toBe('duplicateInitiative');
  });

  it('closing carries the last values of parties that did not answer', () => {
    const all = roundSlots(initiatives, [
      { id: 'k', kind: 'municipality' },
      { id: 'm', kind: 'municipality' },
    ]);
    const prior = lastValues([...last.values(), value('i1', 'm', 'full')]);
    const carried = carriedEntries(all, new Set(['k']), prior);
    expect(carried).toEqual([{ ...value('i1', 'm', 'full'), changed: false, carried: true }]);
  });
});

describe('rollups', () => {
  it('averages scored degrees and leaves out unscored ones', () => {
    const r = rollup(['notRelevant', 'full', 'notStarted', 'partly'], SCALE);
    expect(r).toMatchObject({ average: 56.7, counted: 3, total: 4 });
    expect(r.distribution).toMatchObject({ notRelevant: 1, full: 1, notStarted: 1, partly: 1 });
    expect(rollup(['notRelevant'], SCALE).average).toBeNull();
  });

  it('groups progress per goal and per cluster', () => {
    const values = [
      value('i1', 'k', 'full'),
      value('i2', 'k', 'notStarted'),
      value('i1', 'm', 'partly'),
    ];
    const p = progressOf(
      values,
      SCALE,
      new Map([
        ['i1', 'g1'],
        ['i2', 'g2'],
      ]),
      new Map([
        ['k', ['c1']],
        ['m', ['c2']],
      ]),
    );
    expect(p.region.average).toBe(56.7);
    expect(p.goals.get('g1')?.average).toBe(85);
    expect(p.clusters.get('c1')?.average).toBe(50);
    expect(p.clusters.get('c2')?.average).toBe(70);
  });
});

describe('properties', () => {
  const parties = ['a', 'b', 'c'];
  const inits: RoundInitiative[] = ['x', 'y', 'z', 'w'].map((id) => ({
    id,
    level: 'municipality',
    participatingPartyIds: [],
  }));
  const degree = fc.constantFrom(...KEYS);
  const priorArb = fc.array(
    fc.record({
      initiativeId: fc.constantFrom('x', 'y', 'z', 'w'),
      subjectId: fc.constantFrom(...parties),
      degree,
    }),
    { maxLength: 12 },
  );
  const changesArb = fc.uniqueArray(
    fc.record({ initiativeId: fc.constantFrom('x', 'y', 'z', 'w'), degree }),
    { selector: (c) => c.initiativeId, maxLength: 4 },
  );

  it('the burden is the number of changed fields', () => {
    fc.assert(
      fc.property(priorArb, changesArb, (prior, changes) => {
        const last = lastValues(prior.map((p) => value(p.initiativeId, p.subjectId, p.degree)));
        const slots = partySlots(inits, { id: 'a', kind: 'municipality' });
        const r = changeAnswer(slots, last, changes, SCALE, '2025-06-01');
        if (!r.ok) return false;
        const expected = changes.filter(
          (c) => last.get(slotKey(c.initiativeId, 'a'))?.degree !== c.degree,
        ).length;
        return (
          r.answer.fieldsTouched === expected &&
          r.answer.entries.filter((e) => e.changed).length === expected &&
          burden([r.answer]) === expected
        );
      }),
    );
  });

  it('"ingen ændringer" from everyone leaves the heatmap equal to the previous round', () => {
    fc.assert(
      fc.property(priorArb, fc.subarray(parties), (prior, answering) => {
        const last = lastValues(prior.map((p) => value(p.initiativeId, p.subjectId, p.degree)));
        const slots = roundSlots(
          inits,
          parties.map((id) => ({ id, kind: 'municipality' })),
        );
        const answered = answering.flatMap(
          (id) =>
            noChangesAnswer(
              slots.filter((s) => s.subjectId === id),
              last,
              '2025-06-01',
            ).entries,
        );
        const closed = [...answered, ...carriedEntries(slots, new Set(answering), last)];
        const ids = inits.map((i) => i.id);
        const before = heatmapCells(parties, ids, [...last.values()]);
        const after = heatmapCells(parties, ids, closed);
        const applied = applyEntries(last, closed);
        return (
          JSON.stringify(before) === JSON.stringify(after) &&
          [...applied.values()].every(
            (v) => last.get(slotKey(v.initiativeId, v.subjectId))?.degree === v.degree,
          )
        );
      }),
    );
  });
});
