/** The four financing models as a property over random structures, costs and keys. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistributionKey } from './keys';
import { simulateFinancing, type FinancingInput, type ModelResult } from './models';

const sum = (values: readonly number[]): number => values.reduce((a, v) => a + v, 0);

function expectBalanced(model: ModelResult): void {
  expect(sum(model.rows.map((r) => r.pays))).toBe(model.cost);
  expect(sum(model.rows.map((r) => r.receives)) + model.secretariatReceives).toBe(model.cost);
  for (const r of model.rows) {
    expect(Number.isSafeInteger(r.pays) && r.pays >= 0).toBe(true);
    expect(r.net).toBe(r.receives - r.pays);
  }
}

describe('financing models (property)', () => {
  const keyArb: fc.Arbitrary<DistributionKey> = fc.oneof(
    fc.constant({ kind: 'population' as const }),
    fc.constant({ kind: 'equal' as const }),
    fc.integer({ min: 0, max: 100 }).map((p) => ({ kind: 'mix' as const, populationPercent: p })),
  );
  const inputArb: fc.Arbitrary<FinancingInput> = fc
    .record({
      populations: fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
        minLength: 1,
        maxLength: 30,
      }),
      clusterCount: fc.integer({ min: 1, max: 6 }),
      fte: fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 6, maxLength: 6 }),
      rates: fc.array(fc.integer({ min: 0, max: 200_000_000 }), { minLength: 6, maxLength: 6 }),
      seed: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
      key: keyArb,
      secretariatKey: keyArb,
      model4Mode: fc.constantFrom('secretariatStaff' as const, 'fundsToHosts' as const),
    })
    .map(({ populations, clusterCount, fte, rates, seed, key, secretariatKey, model4Mode }) => {
      const municipalities = populations.map((population, i) => ({
        code: String(100 + i),
        name: `Kommune ${i}`,
        population,
      }));
      const clusters = Array.from({ length: clusterCount }, (_, c) => {
        // Every municipality in one cluster, some in a second (split municipalities).
        const memberCodes = municipalities
          .filter((_, i) => i % clusterCount === c || (seed[i] ?? 0) % 7 === c)
          .map((m) => m.code);
        const members = memberCodes.length ? memberCodes : [municipalities[0]?.code ?? '100'];
        return {
          id: `k${c}`,
          name: `Klynge ${c}`,
          hostCode: members[0] ?? null,
          memberCodes: members,
          fteHundredths: fte[c] ?? 0,
          ratePerFte: rates[c] ?? 0,
        };
      });
      return { municipalities, clusters, key, secretariatKey, model4Mode };
    });

  it('every model sums exactly to its cost for random costs and keys', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = simulateFinancing(input);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        result.models.forEach(expectBalanced);
      }),
      { numRuns: 300 },
    );
  });
});
