import { describe, expect, it } from 'vitest';
import type { FinancingSetup } from '../../../shared/financing.contract';
import { EMPTY_FORM, preview, toInput, validFte, validRate } from './financing-form';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const setup: FinancingSetup = {
  collaborationId: '00000000-0000-4000-8000-000000000001',
  collaborationName: 'Test',
  asOf: '2025-06-01',
  clusters: [
    { id: A, name: 'A', hostCode: '101', hostName: 'København', memberCodes: ['101', '147'] },
    { id: B, name: 'B', hostCode: '147', hostName: 'Frederiksberg', memberCodes: ['147'] },
  ],
  municipalities: [
    { code: '101', name: 'København', population: 600_000 },
    { code: '147', name: 'Frederiksberg', population: 100_001 },
  ],
  population: { year: 2020, source: 'DST', kind: 'reference' },
  populationYears: [],
};

describe('the simulator form', () => {
  it.each([
    ['1,5', 150],
    ['', 0],
    ['x', null],
    ['1001', null],
  ])('FTE %j → %j', (text, value) => expect(validFte(text)).toBe(value));

  it.each([
    ['654.321,23', 65_432_123],
    ['', 0],
    ['1,234', null],
    ['100.000.001', null],
  ])('kroner %j → %j øre', (text, value) => expect(validRate(text)).toBe(value));

  it('converts the typed values exactly and previews models that pay their cost', () => {
    const form = {
      ...EMPTY_FORM,
      name: 'S',
      fte: { [A]: '1,5', [B]: '0,33' },
      rate: { [A]: '654.321,23', [B]: '0,01' },
    };
    const { input } = toInput(form, setup, null);
    expect(input?.clusters).toEqual([
      { clusterId: A, fteHundredths: 150, ratePerFte: 65_432_123 },
      { clusterId: B, fteHundredths: 33, ratePerFte: 1 },
    ]);
    const result = preview(setup, input!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.total).toBe(98_148_185);
    for (const m of result.models) expect(m.rows.reduce((a, r) => a + r.pays, 0)).toBe(m.cost);
  });

  it('flags the fields it cannot read', () => {
    const { input, badFte, badRate } = toInput(
      { ...EMPTY_FORM, fte: { [A]: 'to' }, rate: { [B]: '1,234' } },
      setup,
      null,
    );
    expect(input).toBeNull();
    expect([...badFte]).toEqual([A]);
    expect([...badRate]).toEqual([B]);
  });
});
