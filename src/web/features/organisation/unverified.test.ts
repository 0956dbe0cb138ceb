import { describe, expect, it } from 'vitest';
import { hasUnverified, unverifiedEntry, unverifiedFacts, unverifiedGroup } from './unverified';

const unverified = { status: 'unverified' as const, source: 'CSV', note: 'from a 2019 proposal' };

describe('the unverified reference data of a page', () => {
  it('gathers unverified and inferred facts, not verified ones or conflicts', () => {
    const facts = unverifiedFacts({
      members: unverified,
      formula: { status: 'inferred', source: null, note: 'observed pattern' },
      owner: { status: 'verified', source: 'law', note: null },
      membership: { status: 'conflict', source: 'CSV', note: 'differs' },
    });
    expect(facts.map((f) => [f.fact, f.status])).toEqual([
      ['formula', 'inferred'],
      ['members', 'unverified'],
    ]);
    expect(unverifiedFacts({ members: unverified, formula: unverified }, ['formula'])).toHaveLength(
      1,
    );
  });

  it('gives an element flagged as unverified one fact for the whole, unless in conflict', () => {
    expect(
      unverifiedEntry({ key: 'a', name: 'Assens', verified: false, source: 'CSV', note: null }),
    ).toEqual({
      key: 'a',
      name: 'Assens',
      facts: [{ fact: null, status: 'unverified', source: 'CSV', note: null }],
    });
    expect(
      unverifiedEntry({
        key: 'a',
        name: 'Assens',
        verified: false,
        verification: { membership: { status: 'conflict', source: null, note: 'x' } },
      }),
    ).toBeNull();
    expect(unverifiedEntry({ key: 'a', name: 'Assens', verified: true })).toBeNull();
    expect(
      unverifiedEntry({ key: 'a', name: 'Assens', verified: false, flagFact: 'membership' })
        ?.facts[0]?.fact,
    ).toBe('membership');
  });

  it('counts "N af M" over distinct elements: a municipality in two clusters counts once', () => {
    const group = unverifiedGroup('municipalities', [
      { key: 'odense', name: 'Odense', verified: false, source: 'CSV' },
      { key: 'odense', name: 'Odense', verified: false, source: 'CSV' },
      { key: 'assens', name: 'Assens', verified: true },
      { key: 'faaborg', name: 'Faaborg-Midtfyn', verification: { members: unverified } },
    ]);
    expect(group.total).toBe(3);
    expect(group.entries.map((e) => e.key)).toEqual(['odense', 'faaborg']);
    expect(group.entries[0]?.facts).toHaveLength(1);
    expect(hasUnverified([group])).toBe(true);
    expect(hasUnverified([unverifiedGroup('rules', [{ key: 'r', name: 'R' }])])).toBe(false);
  });
});
