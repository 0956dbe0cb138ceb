import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRow, encodeRow, readRow, rowReader, ROW_NONE } from './round-rows';

const keys = ['notRelevant', 'notStarted', 'planned', 'inProgress', 'partly', 'full'];

describe('round rows', () => {
  it('encodes a party’s degrees in the round’s order, - for nothing recorded', () => {
    const row = encodeRow(
      ['a', 'b', 'c'],
      keys,
      new Map([
        ['c', 'full'],
        ['a', 'notRelevant'],
      ]),
    );
    expect(row).toBe('0-5');
    expect(decodeRow(row, keys)).toEqual(['notRelevant', null, 'full']);
  });

  it('reads a subset in today’s order and remaps a reordered or grown scale', () => {
    const reader = rowReader(['a', 'b', 'c'], ['c', 'a', 'x'], keys, [
      'full',
      'extra',
      ...keys.slice(0, 5),
    ]);
    // full: 5 → 0, notRelevant: 0 → 2; x was not in the round.
    expect(readRow('0-5', reader)).toBe(`02${ROW_NONE}`);
    expect(readRow('0-5', rowReader(['a', 'b', 'c'], ['a', 'b', 'c'], keys, keys))).toBe('0-5');
  });

  it('round-trips any row on any scale order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(keys, { minLength: 2 }),
        fc.array(fc.option(fc.nat(9), { nil: undefined }), { maxLength: 30 }),
        fc.shuffledSubarray(keys, { minLength: 6 }),
        (scale, picks, later) => {
          const order = picks.map((_, i) => `i${i}`);
          const degrees = new Map<string, string>();
          picks.forEach((p, i) => {
            if (p !== undefined && p < scale.length) degrees.set(`i${i}`, scale[p] as string);
          });
          const row = encodeRow(order, scale, degrees);
          expect(decodeRow(row, scale)).toEqual(order.map((id) => degrees.get(id) ?? null));
          // Read on a reordered scale: every cell decodes to the same key.
          const shown = readRow(row, rowReader(order, order, scale, later));
          expect(decodeRow(shown, later)).toEqual(order.map((id) => degrees.get(id) ?? null));
        },
      ),
    );
  });
});
