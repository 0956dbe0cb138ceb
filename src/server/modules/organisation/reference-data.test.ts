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

  it('has the 17 health councils of 2027: 98 municipalities each once, 4 regions, two conflicts', () => {
    const councils = reference.healthCouncils;
    expect(councils).toHaveLength(17);
    const codes = councils.flatMap((c) => c.members.map((m) => m.code));
    expect(codes).toHaveLength(98);
    expect(new Set(codes)).toEqual(new Set(reference.municipalities.keys()));
    const perRegion = (region: string) => councils.filter((c) => c.region === region).length;
    expect(
      Object.fromEntries(
        ['Østdanmark', 'Midtjylland', 'Syddanmark', 'Nordjylland'].map((r) => [r, perRegion(r)]),
      ),
    ).toEqual({ Østdanmark: 6, Midtjylland: 5, Syddanmark: 4, Nordjylland: 2 });
    expect(new Set(councils.map((c) => c.region)).size).toBe(4);
    const conflicts = councils.flatMap((c) =>
      c.members.filter((m) => m.conflict).map((m) => [c.name, m.code, m.name]),
    );
    expect(conflicts).toEqual([
      ['Sundhedsråd Fyn', '410', 'Middelfart'],
      ['Sundhedsråd Lillebælt', '530', 'Billund'],
    ]);
    const billund = councils.flatMap((c) => c.members).find((m) => m.code === '530');
    expect(billund?.status).toBe(
      'CONFLICT: same file seats Billund member on Sundhedsråd Sydvestjylland',
    );
  });

  it('normalises the health council CSV’s names to the official municipality names', () => {
    const members = reference.healthCouncils.flatMap((c) => c.members);
    for (const m of members) expect(reference.municipalities.get(m.code)?.name).toBe(m.name);
    expect(
      members.filter((m) => m.name !== m.sourceName).map((m) => [m.sourceName, m.name]),
    ).toEqual([
      ['Vesthimmerland', 'Vesthimmerlands'],
      ['Nordfyn', 'Nordfyns'],
    ]);
    // Each 2027 region is made of whole 2022 regions: Østdanmark = Hovedstaden + Sjælland.
    const regionsOf = (region: string) =>
      new Set(
        reference.healthCouncils
          .filter((c) => c.region === region)
          .flatMap((c) => c.members.map((m) => reference.municipalities.get(m.code)?.region)),
      );
    expect(regionsOf('Østdanmark')).toEqual(new Set(['Hovedstaden', 'Sjælland']));
    expect(regionsOf('Syddanmark')).toEqual(new Set(['Syddanmark']));
  });
});
