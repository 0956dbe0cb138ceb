import { describe, expect, it } from 'vitest';
import { loadReferenceData } from './reference-data';

describe('the shipped reference data (reference/)', () => {
  const reference = loadReferenceData();

  it('has the 98 municipalities with 2020 populations, by region', () => {
    const all = [...reference.municipalities.values()];
    expect(all).toHaveLength(98);
    const byRegion = Object.fromEntries(
      ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'].map((r) => [
        r,
        all.filter((m) => m.region === r).length,
      ]),
    );
    expect(byRegion).toEqual({
      Hovedstaden: 29,
      Sjælland: 17,
      Syddanmark: 22,
      Midtjylland: 19,
      Nordjylland: 11,
    });
    expect(reference.municipalities.get('101')).toMatchObject({
      name: 'København',
      population: 632340,
      populationYear: 2020,
    });
    expect(all.reduce((sum, m) => sum + m.population, 0)).toBe(5_822_679);
  });

  it('has the 22 clusters with their flags: København split, Rudersdal unverified', () => {
    expect(reference.clusters).toHaveLength(22);
    const withKbh = reference.clusters.filter((c) => c.municipalityCodes.includes('101'));
    expect(withKbh.map((c) => c.name)).toEqual(['Sundhedsklynge Byen', 'Sundhedsklynge Syd']);
    const rudersdal = reference.clusters.filter((c) => c.municipalityCodes.includes('230'));
    expect(rudersdal.map((c) => [c.name, c.verified])).toEqual([['Sundhedsklynge Nord', false]]);
    expect(rudersdal[0]?.verifiedNote).toContain('Rudersdal (230) conflicting');
  });
});
