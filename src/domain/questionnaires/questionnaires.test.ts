import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Answers, type Section } from '../../shared/questionnaires.contract';
import {
  answerRefusal,
  compareByParty,
  definitionProblems,
  klBaselineSections,
  stats,
  summarise,
  validateAnswers,
} from './index';

const Q = (x: Record<string, unknown>) => QuestionSchema.parse(x);
const sections: Section[] = [
  {
    id: 's1',
    title: 'Del 1',
    questions: [
      Q({ id: 'one', kind: 'single', text: 'Én', options: ['Ja', 'Nej'], required: true }),
      Q({ id: 'many', kind: 'multiple', text: 'Flere', options: ['A', 'B', 'C'] }),
      Q({ id: 'scale', kind: 'scale', text: 'Skala', min: 1, max: 5 }),
      Q({ id: 'num', kind: 'number', text: 'Tal', min: 0, max: 100, unit: 'pladser' }),
      Q({ id: 'when', kind: 'date', text: 'Dato' }),
      Q({ id: 'free', kind: 'text', text: 'Fritekst' }),
    ],
  },
];

describe('validateAnswers per kind', () => {
  it.each([
    ['one', 'Ja', null],
    ['one', 'Måske', 'notAnOption'],
    ['one', ['Ja'], 'oneOption'],
    ['many', ['A', 'C'], null],
    ['many', ['A', 'A'], 'notAnOption'],
    ['many', 'A', 'notAList'],
    ['scale', 3, null],
    ['scale', 6, 'outOfRange'],
    ['scale', 2.5, 'notAWholeNumber'],
    ['num', 12.5, null],
    ['num', -1, 'outOfRange'],
    ['num', '12', 'notANumber'],
    ['when', '2026-02-29', 'notADate'],
    ['when', '2028-02-29', null],
    ['free', 'tekst', null],
    ['free', 4, 'notText'],
    ['nope', 'x', 'unknownQuestion'],
  ] as const)('%s = %j → %s', (id, value, code) => {
    const { errors } = validateAnswers(sections, { one: 'Ja', [id]: value as never }, true);
    expect(errors.map((e) => e.code)).toEqual(code ? [code] : []);
  });

  it('requires required answers only on submit', () => {
    expect(validateAnswers(sections, {}, false).errors).toEqual([]);
    expect(validateAnswers(sections, { one: '  ' }, true).errors).toEqual([
      { questionId: 'one', code: 'required', params: {} },
    ]);
  });
});

describe('answerRefusal', () => {
  const base = {
    today: '2026-03-01',
    deadline: '2026-03-10',
    linkExpiresOn: '2026-03-24',
    revoked: false,
    submitted: false,
    viaLink: true,
  };
  it.each([
    [{}, null],
    [{ revoked: true, today: '2026-04-01' }, 'revoked'],
    [{ today: '2026-03-25' }, 'expired'],
    [{ today: '2026-03-25', viaLink: false }, 'deadlinePassed'],
    [{ today: '2026-03-11' }, 'deadlinePassed'],
    [{ today: '2026-03-10' }, null],
    [{ submitted: true }, 'alreadySubmitted'],
  ] as const)('%j → %s', (patch, expected) => {
    expect(answerRefusal({ ...base, ...patch })).toBe(expected);
  });
});

describe('summarise', () => {
  it('counts choices and scale, computes number stats, lists text', () => {
    const results = summarise(sections, [
      { one: 'Ja', many: ['A', 'B'], scale: 4, num: 10, free: 'x' },
      { one: 'Ja', many: ['B'], scale: 2, num: 20 },
      { one: 'Nej', num: 40, when: '2026-01-01' },
    ]);
    const by = new Map(results.map((r) => [r.questionId, r]));
    expect(by.get('one')?.counts).toEqual([
      { label: 'Ja', count: 2, percent: 66.7 },
      { label: 'Nej', count: 1, percent: 33.3 },
    ]);
    expect(by.get('many')?.counts.map((c) => c.count)).toEqual([1, 2, 0]);
    expect(by.get('scale')?.counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 0]);
    expect(by.get('num')?.stats).toEqual({ min: 10, max: 40, mean: 23.33, median: 20 });
    expect(by.get('free')?.texts).toEqual(['x']);
    expect(by.get('when')?.texts).toEqual(['2026-01-01']);
  });

  it('median of an even list is the mean of the middle two; stats lie within min/max', () => {
    expect(stats([1, 2, 3, 10])?.median).toBe(2.5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (xs) => {
        const s = stats(xs)!;
        return (
          s.min <= s.median && s.median <= s.max && s.min <= s.mean + 0.01 && s.mean - 0.01 <= s.max
        );
      }),
    );
  });

  it('single-choice counts always add up to the answered count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Ja', 'Nej', null)), (picks) => {
        const [r] = summarise(
          sections,
          picks.map((one) => ({ one })),
        );
        return r!.counts.reduce((a, c) => a + c.count, 0) === r!.answered;
      }),
    );
  });
});

describe('compareByParty', () => {
  it('puts baseline and follow-up side by side per party and marks changes', () => {
    const rows = compareByParty(
      sections,
      new Map<string, Answers>([['p1', { one: 'Ja', num: 3 }]]),
      new Map<string, Answers>([
        ['p1', { one: 'Ja', num: 5 }],
        ['p2', { one: 'Nej' }],
      ]),
    );
    expect(rows.map((r) => r.partyId)).toEqual(['p1', 'p2']);
    const p1 = new Map(rows[0]!.cells.map((c) => [c.questionId, c]));
    expect(p1.get('one')).toEqual({
      questionId: 'one',
      baseline: 'Ja',
      followUp: 'Ja',
      changed: false,
    });
    expect(p1.get('num')).toEqual({
      questionId: 'num',
      baseline: '3',
      followUp: '5',
      changed: true,
    });
  });
});

describe('definitions', () => {
  it('the KL baseline template is a valid definition', () => {
    expect(definitionProblems(klBaselineSections())).toEqual([]);
  });
  it('flags choice questions with fewer than two options and broken scales', () => {
    const bad: Section[] = [
      {
        id: 's',
        title: 'S',
        questions: [
          Q({ id: 'a', kind: 'single', text: 'A', options: ['x'] }),
          Q({ id: 'b', kind: 'scale', text: 'B', min: 5, max: 1 }),
        ],
      },
    ];
    expect(definitionProblems(bad).map((p) => p.code)).toEqual(['notAnOption', 'outOfRange']);
  });
});
