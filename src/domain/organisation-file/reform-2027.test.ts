import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOrgFile } from './parse';
import { parseReferenceData } from './reference';
import { observedCouncilSeats, reform2027OrgFile } from './reform-2027';
import {
  councilAreaKey,
  councilForumKey,
  observedSeats,
  reform2027TemplateName,
  slugOf,
} from './reform-2027-facts';
import { reform2027Yaml } from './reform-2027-yaml';

const MUNICIPALITIES = `code,name,region,population,population_year,source
101,København,Hovedstaden,632340,2020,x
253,Greve,Sjælland,50558,2020,x
410,Middelfart,Syddanmark,38853,2020,x
461,Odense,Syddanmark,204895,2020,x
480,Nordfyns,Syddanmark,29665,2020,x
540,Sønderborg,Syddanmark,74220,2020,x
`;
const CLUSTERS = `cluster,region,acute_hospitals,municipality_codes,source,verified
Sundhedsklynge Byen,Hovedstaden,Bispebjerg,101,x,yes
`;
const COUNCILS = `council;region;municipality;status
Sundhedsråd Hovedstaden;Østdanmark;København;source-listed
Sundhedsråd Østsjælland og Øerne;Østdanmark;Greve;source-listed
Sundhedsråd Fyn;Syddanmark;Odense;source-listed
Sundhedsråd Fyn;Syddanmark;Middelfart;CONFLICT: same file seats Middelfart member on Sundhedsråd Lillebælt
Sundhedsråd Fyn;Syddanmark;Nordfyn;source-listed
Sundhedsråd Sønderjylland;Syddanmark;Sønderborg;source-listed
`;
const REFERENCE = parseReferenceData(MUNICIPALITIES, CLUSTERS, COUNCILS);

describe('the 2027 keys', () => {
  it('derives area and forum keys from the council names', () => {
    expect(councilForumKey('Sundhedsråd Fyn')).toBe('sundhedsraad-fyn');
    expect(councilForumKey('Sundhedsråd Lillebælt')).toBe('sundhedsraad-lillebaelt');
    expect(councilForumKey('Sundhedsråd Sønderjylland')).toBe('sundhedsraad-sonderjylland');
    expect(councilAreaKey('Sundhedsråd Østsjælland og Øerne')).toBe('ostsjaelland-og-oerne');
    expect(councilAreaKey('Sundhedsråd Midt- og Vestsjælland')).toBe('midt-og-vestsjaelland');
    expect(slugOf('Københavns Omegn Nord')).toBe('kobenhavns-omegn-nord');
    expect(reform2027TemplateName()).toBe('denmark-2027');
    expect(reform2027TemplateName('Østdanmark')).toBe('ostdanmark-2027');
  });
});

describe('the observed seat pattern', () => {
  it('gives 1 seat, 2 above 75,000 and 3 above 300,000 inhabitants', () => {
    expect([74_220, 74_830, 75_000, 79_073, 217_075, 300_000, 349_983].map(observedSeats)).toEqual([
      1, 1, 1, 2, 2, 2, 3,
    ]);
  });

  it('counts a council’s municipal seats and one more regional seat', () => {
    const fyn = REFERENCE.healthCouncils.find((c) => c.name === 'Sundhedsråd Fyn')!;
    expect(observedCouncilSeats(REFERENCE, fyn)).toEqual({ municipal: 4, regional: 5 });
  });
});

describe('reform2027OrgFile', () => {
  it('writes a region’s collaboration with its region, areas, councils and KKR', () => {
    const file = reform2027OrgFile(REFERENCE, 'Syddanmark');
    expect(file.collaboration).toMatchObject({
      key: 'syddanmark-2027',
      name: 'Sundhedssamarbejdet i Syddanmark fra 2027',
      validFrom: '2027-01-01',
    });
    expect(file.parties).toContainEqual(
      expect.objectContaining({ key: 'region', kind: 'region', councilSize: 31 }),
    );
    expect(file.parties?.filter((p) => p.kind === 'municipality').map((p) => p.code)).toEqual([
      '410',
      '461',
      '480',
      '540',
    ]);
    expect(file.clusters?.map((c) => [c.key, c.kind])).toEqual([
      ['fyn', 'healthCouncilArea'],
      ['sonderjylland', 'healthCouncilArea'],
    ]);
    const middelfart = file.clusters?.[0]?.members?.find((m) => m.municipality === '410');
    expect(middelfart).toMatchObject({
      verified: false,
      verification: {
        membership: {
          status: 'conflict',
          note: 'CONFLICT: same file seats Middelfart member on Sundhedsråd Lillebælt',
        },
      },
    });
    expect(file.clusters?.[0]?.members?.[0]).toMatchObject({
      verified: false,
      verification: { membership: { status: 'unverified' } },
    });
    expect(file.fora?.map((f) => f.key)).toEqual([
      'kkr',
      'sundhedsraad-fyn',
      'sundhedsraad-sonderjylland',
    ]);
    const fyn = file.fora?.[1];
    expect(fyn).toMatchObject({ level: 'healthCouncil', owner: 'region', cluster: 'fyn' });
    expect(fyn?.rules?.map((r) => [r.kind, r.severity])).toEqual([
      ['seatsPerMunicipality', 'warning'],
      ['seatCountRelation', 'warning'],
    ]);
  });

  it('gives Østdanmark its predecessors and two KKR, and all of Denmark region keys', () => {
    const east = reform2027OrgFile(REFERENCE, 'Østdanmark');
    expect(east.parties?.find((p) => p.kind === 'region')).toMatchObject({
      key: 'region',
      councilSize: 47,
      predecessors: [
        { collaboration: 'capital-2022', party: 'region' },
        { collaboration: 'zealand-2022', party: 'region' },
      ],
    });
    expect(east.fora?.slice(0, 2).map((f) => [f.key, f.name])).toEqual([
      ['kkr-hovedstaden', 'KKR Hovedstaden'],
      ['kkr-sjaelland', 'KKR Sjælland'],
    ]);
    const all = reform2027OrgFile(REFERENCE);
    expect(all.collaboration.key).toBe('denmark-2027');
    const regions = all.parties?.filter((p) => p.kind === 'region');
    expect(regions?.map((p) => [p.key, 'predecessors' in p])).toEqual([
      ['region-syddanmark', false],
      ['region-ostdanmark', false],
    ]);
  });

  it('writes YAML that reads back as the same data, with names beside the codes', () => {
    const text = reform2027Yaml(REFERENCE, 'Syddanmark');
    expect(text).toMatch(/^# Organisation as code/);
    expect(text).toContain('templates generate-2027 --region Syddanmark');
    expect(text).toContain(
      '- { municipality: "480", verified: false, verification: *fyn-membership } # Nordfyns',
    );
    expect(parse(text)).toEqual(
      JSON.parse(JSON.stringify(reform2027OrgFile(REFERENCE, 'Syddanmark'))),
    );
  });
});

describe('municipalities of a 2027 region', () => {
  const file = (region: string) =>
    [
      'collaboration: { key: x, name: X, regionName: ' + region + ', validFrom: 2027-01-01 }',
      'parties:',
      '  - { kind: municipality, code: "101" }',
      '  - { kind: municipality, code: "253" }',
    ].join('\n');
  const regionWarnings = (region: string) =>
    parseOrgFile(file(region), REFERENCE).warnings.filter((w) => w.message.includes('ligger i'));

  it('accepts Hovedstaden and Sjælland in Østdanmark and every region in Danmark', () => {
    expect(regionWarnings('Østdanmark')).toEqual([]);
    expect(regionWarnings('Danmark')).toEqual([]);
    expect(regionWarnings('Syddanmark').map((w) => w.message)).toEqual([
      'København (101) ligger i Region Hovedstaden, ikke i Syddanmark',
      'Greve (253) ligger i Region Sjælland, ikke i Syddanmark',
    ]);
  });
});
