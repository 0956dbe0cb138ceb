import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffAfter, diffBefore, nextVersionNumber, wordDiff } from './versions';

describe('wordDiff', () => {
  it('marks inserted and deleted words', () => {
    expect(wordDiff('Vi støtter forslaget.', 'Vi støtter ikke forslaget.')).toEqual([
      { kind: 'same', text: 'Vi støtter ' },
      { kind: 'inserted', text: 'ikke ' },
      { kind: 'same', text: 'forslaget.' },
    ]);
    expect(wordDiff('a b c', 'a c')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'deleted', text: 'b ' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('gives nothing for two empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
  });

  it('leads from the first text to the second (property)', () => {
    const words = fc.array(
      fc.constantFrom('kommune', 'klynge', 'høring', 'svar', ' ', '\n', 'æøå'),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const segments = wordDiff(before, after);
        expect(diffBefore(segments)).toBe(before);
        expect(diffAfter(segments)).toBe(after);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});

describe('nextVersionNumber', () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[2, 7], 8],
  ])('%j → %i', (stored, next) => {
    expect(nextVersionNumber(stored)).toBe(next);
  });
});
