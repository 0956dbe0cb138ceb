import { describe, expect, it } from 'vitest';
import { checkNoOverlap, planEnd, planVersionedChange, sameValue } from './versioning';

interface ForumVersion {
  id: string;
  entityId: string;
  validFrom: string;
  validTo: string | null;
  name: string;
  mustTasks: string[];
}

const v = (id: string, validFrom: string, validTo: string | null, name = 'SSU'): ForumVersion => ({
  id,
  entityId: 'forum:ssu',
  validFrom,
  validTo,
  name,
  mustTasks: ['Sundhedsaftale'],
});

/** 2022-07-01 … 2024-12-31 "SSU", then a planned version from 2025 "SSU Syd" to 2026-12-31. */
const history = [
  v('v1', '2022-07-01', '2024-12-31'),
  v('v2', '2025-01-01', '2026-12-31', 'SSU Syd'),
];

describe('planVersionedChange', () => {
  it.each([
    {
      name: 'change inside a version splits it and keeps the old end',
      from: '2023-03-01',
      attrs: { name: 'Sundhedssamarbejdsudvalget' },
      expected: {
        kind: 'split',
        close: { id: 'v1', validTo: '2023-02-28' },
        insert: {
          entityId: 'forum:ssu',
          validFrom: '2023-03-01',
          validTo: '2024-12-31',
          name: 'Sundhedssamarbejdsudvalget',
          mustTasks: ['Sundhedsaftale'],
        },
      },
    },
    {
      name: 'change on the first day of a version corrects it in place',
      from: '2025-01-01',
      attrs: { name: 'SSU Syddanmark' },
      expected: { kind: 'updateInPlace', id: 'v2', attrs: { name: 'SSU Syddanmark' } },
    },
    {
      name: 'change on the last day of a version splits off a one-day version',
      from: '2024-12-31',
      attrs: { name: 'X' },
      expected: {
        kind: 'split',
        close: { id: 'v1', validTo: '2024-12-30' },
        insert: { validFrom: '2024-12-31', validTo: '2024-12-31', name: 'X' },
      },
    },
    {
      name: 'a change to the same values is nothing',
      from: '2023-03-01',
      attrs: { name: 'SSU', mustTasks: ['Sundhedsaftale'] },
      expected: { kind: 'none' },
    },
    {
      name: 'a change after the end is rejected',
      from: '2027-01-01',
      attrs: { name: 'Sundhedsråd' },
      expected: { kind: 'rejected', reason: 'notValidOnDate' },
    },
    {
      name: 'a change before the start is rejected',
      from: '2022-06-30',
      attrs: { name: 'X' },
      expected: { kind: 'rejected', reason: 'notValidOnDate' },
    },
  ])('$name', ({ from, attrs, expected }) => {
    const plan = planVersionedChange(history, from, attrs);
    if (expected.kind === 'split' && plan.kind === 'split') {
      expect(plan.close).toEqual(expected.close);
      expect(plan.insert).toMatchObject(expected.insert ?? {});
      expect(plan.insert).not.toHaveProperty('id');
    } else {
      expect(plan).toEqual(expected);
    }
  });

  it('leaves future versions untouched: the insert ends where the split version ended', () => {
    const plan = planVersionedChange(history, '2024-06-01', { name: 'Y' });
    expect(plan).toMatchObject({
      kind: 'split',
      insert: { validTo: '2024-12-31', entityId: 'forum:ssu' },
    });
  });

  it('splits an open-ended version into an open-ended one', () => {
    const plan = planVersionedChange([v('v1', '2022-07-01', null)], '2024-01-01', { name: 'Z' });
    expect(plan).toMatchObject({
      kind: 'split',
      close: { validTo: '2023-12-31' },
      insert: { validTo: null },
    });
  });

  it('uses a custom equality', () => {
    const caseInsensitive = (cur: ForumVersion, attrs: Partial<ForumVersion>) =>
      cur.name.toLowerCase() === attrs.name?.toLowerCase();
    expect(planVersionedChange(history, '2023-03-01', { name: 'ssu' }, caseInsensitive)).toEqual({
      kind: 'none',
    });
  });
});

describe('planEnd', () => {
  it.each([
    {
      name: 'inside a version closes it and drops later ones',
      lastDay: '2024-06-30',
      expected: { kind: 'end', close: { id: 'v1', validTo: '2024-06-30' }, remove: ['v2'] },
    },
    {
      name: 'on the last day of a version only drops later ones',
      lastDay: '2024-12-31',
      expected: { kind: 'end', close: null, remove: ['v2'] },
    },
    {
      name: 'inside the last version closes it',
      lastDay: '2026-06-30',
      expected: { kind: 'end', close: { id: 'v2', validTo: '2026-06-30' }, remove: [] },
    },
    {
      name: 'on or after the current end is nothing',
      lastDay: '2026-12-31',
      expected: { kind: 'none' },
    },
    { name: 'after the end is nothing', lastDay: '2030-01-01', expected: { kind: 'none' } },
    {
      name: 'before the start is rejected',
      lastDay: '2022-06-30',
      expected: { kind: 'rejected', reason: 'endsBeforeStart' },
    },
  ])('$name', ({ lastDay, expected }) => {
    expect(planEnd(history, lastDay)).toEqual(expected);
  });

  it('ends an open-ended entity and has nothing to end for no versions', () => {
    expect(planEnd([v('v1', '2022-07-01', null)], '2026-12-31')).toEqual({
      kind: 'end',
      close: { id: 'v1', validTo: '2026-12-31' },
      remove: [],
    });
    expect(planEnd([], '2026-12-31')).toEqual({ kind: 'none' });
  });
});

describe('checkNoOverlap', () => {
  it.each([
    { name: 'adjacent versions', versions: history, expected: [] },
    {
      name: 'sharing one day',
      versions: [v('a', '2022-07-01', '2025-01-01'), v('b', '2025-01-01', null)],
      expected: [{ kind: 'overlap', ids: ['a', 'b'] }],
    },
    {
      name: 'open end overlapping a later version',
      versions: [v('a', '2022-07-01', null), v('b', '2030-01-01', null)],
      expected: [{ kind: 'overlap', ids: ['a', 'b'] }],
    },
    {
      name: 'period ending before it starts',
      versions: [v('a', '2024-01-01', '2023-12-31')],
      expected: [{ kind: 'invalidPeriod', id: 'a' }],
    },
  ])('$name', ({ versions, expected }) => {
    expect(checkNoOverlap(versions)).toEqual(expected);
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    [null, null, true],
    [null, undefined, false],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [{ min: 4, max: 5 }, { min: 4, max: 5 }, true],
    [{ min: 4, max: 5 }, { min: 4, max: null }, false],
    [[], {}, false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
