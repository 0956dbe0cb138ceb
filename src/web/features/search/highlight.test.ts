import { describe, expect, it } from 'vitest';
import { matchRanges, splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('marks the given ranges and keeps the rest as text', () => {
    expect(splitHighlights('Fælles indsats i sundhedsklyngerne', [{ start: 17, end: 34 }])).toEqual(
      [
        { text: 'Fælles indsats i ', mark: false },
        { text: 'sundhedsklyngerne', mark: true },
      ],
    );
  });

  it('merges overlapping ranges and ignores ranges outside the text', () => {
    expect(
      splitHighlights('abcdef', [
        { start: 3, end: 5 },
        { start: 1, end: 4 },
        { start: 9, end: 12 },
        { start: 2, end: 2 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bcde', mark: true },
      { text: 'f', mark: false },
    ]);
  });

  it('gives the plain text when nothing is marked', () => {
    expect(splitHighlights('SSU', [])).toEqual([{ text: 'SSU', mark: false }]);
    expect(splitHighlights('', [])).toEqual([{ text: '', mark: false }]);
  });
});

describe('matchRanges', () => {
  it('finds every word of the query in any case, with Danish letters', () => {
    expect(matchRanges('Ærø Kommune og ærø-færgen', 'ÆRØ')).toEqual([
      { start: 0, end: 3 },
      { start: 15, end: 18 },
    ]);
    expect(matchRanges('Sundhedsklynge Fyn', 'klynge fyn')).toEqual([
      { start: 8, end: 14 },
      { start: 15, end: 18 },
    ]);
  });

  it('ignores one-letter words', () => {
    expect(matchRanges('a b c', 'a')).toEqual([]);
  });
});
