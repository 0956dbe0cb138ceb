import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, costOfFte } from './allocate';
import { keyWeights, type DistributionKey } from './keys';

describe('allocate', () => {
  it.each([
    { total: 100, weights: [1n, 1n, 1n], shares: [34, 33, 33] },
    { total: 2, weights: [1n, 1n, 1n], shares: [1, 1, 0] },
    { total: 10, weights: [3n, 1n], shares: [8, 2] }, // 7.5 and 2.5: the tie goes to the first
    { total: 0, weights: [5n, 7n], shares: [0, 0] },
    { total: 1000, weights: [0n, 1n], shares: [0, 1000] },
    { total: 7, weights: [2n, 5n], shares: [2, 5] },
  ])('divides $total by $weights', ({ total, weights, shares }) => {
    expect(allocate(total, weights)).toEqual(shares);
  });

  it('refuses fractions of an øre, negative weights and an all-zero key', () => {
    expect(() => allocate(1.5, [1n])).toThrow(RangeError);
    expect(() => allocate(10, [-1n, 2n])).toThrow(RangeError);
    expect(() => allocate(10, [0n, 0n])).toThrow(RangeError);
  });

  it('sums exactly and stays within one øre of the exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 40 }),
        (total, raw) => {
          const weights = raw.some((w) => w > 0n) ? raw : [...raw.slice(1), 1n];
          const shares = allocate(total, weights);
          const sum = weights.reduce((a, w) => a + w, 0n);
          expect(shares.reduce((a, s) => a + BigInt(s), 0n)).toBe(BigInt(total));
          shares.forEach((s, i) => {
            // |s − total·w/sum| < 1  ⇔  |s·sum − total·w| < sum
            const diff = BigInt(s) * sum - BigInt(total) * (weights[i] ?? 0n);
            expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
          });
        },
      ),
    );
  });
});

describe('costOfFte', () => {
  it.each([
    { fte: 100, rate: 65_000_000, cost: 65_000_000 },
    { fte: 150, rate: 65_000_000, cost: 97_500_000 },
    { fte: 33, rate: 101, cost: 33 }, // 33.33 øre → 33
    { fte: 50, rate: 1, cost: 1 }, // 0.5 øre → 1 (half up)
    { fte: 0, rate: 65_000_000, cost: 0 },
  ])('$fte hundredths at $rate øre cost $cost', ({ fte, rate, cost }) => {
    expect(costOfFte(fte, rate)).toBe(cost);
  });

  it('refuses fractional hundredths', () => {
    expect(() => costOfFte(1.5, 100)).toThrow(RangeError);
  });
});

describe('keyWeights', () => {
  const members = [{ population: 100 }, { population: 300 }];
  it.each<[DistributionKey, bigint[]]>([
    [{ kind: 'population' }, [100n, 300n]],
    [{ kind: 'equal' }, [1n, 1n]],
    // 50 % population, 50 % equal: 0.5·(1/4) + 0.5·(1/2) = 3/8 and 0.5·(3/4) + 0.5·(1/2) = 5/8.
    [
      { kind: 'mix', populationPercent: 50 },
      [50n * 100n * 2n + 50n * 400n, 50n * 300n * 2n + 50n * 400n],
    ],
  ])('%o', (key, weights) => {
    expect(keyWeights(members, key)).toEqual(weights);
    if (key.kind === 'mix') expect(allocate(800, keyWeights(members, key))).toEqual([300, 500]);
  });

  it('counts a split municipality with its part', () => {
    const split = [
      { population: 600, part: { numerator: 1, denominator: 2 } },
      { population: 300 },
    ];
    expect(allocate(600, keyWeights(split, { kind: 'population' }))).toEqual([300, 300]);
    expect(allocate(300, keyWeights(split, { kind: 'equal' }))).toEqual([100, 200]);
  });
});
