/**
 * The templates (templates/*.yaml) pass `org check`, and, staffed with fictional persons, behave
 * as their seeds describe: born seats follow the offices and co-chairs, composition rules hold.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isFullMember, type Member } from '../../../domain/organisation/index';
import {
  observedCouncilSeats,
  reform2027Yaml,
  REGIONS_2027,
  reform2027TemplateName,
  type Region2027,
} from '../../../domain/organisation-file/index';
import type { OrgFileInput } from '../../../shared/org-file.contract';
import { checkOrgFileText } from './org-file.import';
import { loadReferenceData } from './reference-data';
import {
  appointments,
  membersOf,
  officeHolders,
  readTemplate,
  TEMPLATES,
  TEMPLATES_2027,
} from './test/org-file-fixtures';

const SOUTH_DENMARK_CODES = [
  '410',
  '420',
  '430',
  '440',
  '450',
  '461',
  '479',
  '480',
  '482',
  '492',
  '510',
  '530',
  '540',
  '550',
  '561',
  '563',
  '573',
  '575',
  '580',
  '607',
  '621',
  '630',
];
const CAPITAL_CODES = [
  '101',
  '147',
  '151',
  '153',
  '155',
  '157',
  '159',
  '161',
  '163',
  '165',
  '167',
  '169',
  '173',
  '175',
  '183',
  '185',
  '187',
  '190',
  '201',
  '210',
  '217',
  '219',
  '223',
  '230',
  '240',
  '250',
  '260',
  '270',
  '400',
];

const persons = (m: readonly Member[]) =>
  m.map((x) => x.personId?.split(':person:')[1] ?? 'vacant').sort();
const full = (m: readonly Member[]) => m.filter(isFullMember);

describe('the templates', () => {
  it.each(TEMPLATES)('%s passes org check on its default day and on its first day', (name) => {
    const text = readTemplate(name);
    const today = checkOrgFileText(text);
    expect(today.errors, JSON.stringify(today.errors, null, 1)).toEqual([]);
    const first = checkOrgFileText(text, { date: today.org?.collaboration.validFrom });
    expect(first.errors).toEqual([]);
  });

  it('south-denmark-2022 has the 22 municipalities and the 4 clusters with their flags', () => {
    const org = checkOrgFileText(readTemplate('south-denmark-2022')).org!;
    expect(org.parties.filter((p) => p.kind === 'municipality').map((p) => p.code)).toEqual(
      SOUTH_DENMARK_CODES,
    );
    expect(org.clusters.map((c) => [c.key, c.verified])).toEqual([
      ['fyn', false],
      ['lillebaelt', false],
      ['sydvestjylland', false],
      ['sonderjylland', true],
    ]);
    expect(org.memberships.filter((m) => !m.verified)).toHaveLength(18);
  });

  it('zealand-2022 has the 17 municipalities and the 4 clusters with their flags', () => {
    const org = checkOrgFileText(readTemplate('zealand-2022')).org!;
    expect(org.parties.filter((p) => p.kind === 'municipality')).toHaveLength(17);
    expect(org.clusters.map((c) => [c.key, c.verified])).toEqual([
      ['koge-roskilde', false],
      ['holbaek', false],
      ['slagelse', false],
      ['nykobing-f', true],
    ]);
    expect(org.memberships).toHaveLength(17);
    expect(org.memberships.filter((m) => !m.verified)).toHaveLength(14);
  });

  it('capital-2022 keeps København split and Rudersdal unverified', () => {
    const org = checkOrgFileText(readTemplate('capital-2022')).org!;
    expect(org.parties.filter((p) => p.kind === 'municipality').map((p) => p.code)).toEqual(
      CAPITAL_CODES,
    );
    const kbh = org.memberships.filter((m) => m.code === '101');
    expect(kbh.map((m) => [m.clusterKey, m.partial])).toEqual([
      ['byen', true],
      ['syd', true],
    ]);
    expect(org.memberships.find((m) => m.code === '230')).toMatchObject({
      clusterKey: 'nord',
      verified: false,
    });
  });
});

describe('south-denmark-2022 staffed with fictional persons (seed 002)', () => {
  const staffing =
    officeHolders(SOUTH_DENMARK_CODES, ['mayor', 'healthDirector', 'municipalDirector']) +
    appointments([
      ['politisk-fyn/municipal-co-chair', 'mayor-461'],
      ['politisk-lillebaelt/municipal-co-chair', 'mayor-630'],
      ['politisk-sydvestjylland/municipal-co-chair', 'mayor-561'],
      ['politisk-sonderjylland/municipal-co-chair', 'mayor-540'],
      ['ssu/kkr-seat', 'mayor-479', '479'],
      ['ssu/vice-chair', 'mayor-461'],
      ['kkr/chair', 'mayor-630'],
      ['forretningsudvalg/municipal-director', 'municipalDirector-510', '510'],
      ['forretningsudvalg/chair', 'healthDirector-561'],
      ['sundhedsdirektorforum/municipal-director', 'municipalDirector-510', '510'],
    ]);
  const result = checkOrgFileText(readTemplate('south-denmark-2022') + staffing, {
    date: '2024-01-01',
    strict: true,
  });
  const members = (forum: string) => membersOf(result.snapshot!, forum, '2024-01-01');

  it('breaks no composition rule', () => {
    expect(result.errors).toEqual([]);
  });

  it('gives the SSU 5 municipal seats: the 4 cluster co-chairs born, 1 from KKR, a municipal vice-chair', () => {
    const ssu = full(members('ssu'));
    expect(ssu.map((m) => m.partyKind)).toEqual(Array(5).fill('municipality'));
    const born = ssu.filter((m) => m.source === 'born' && m.via.kind === 'roleHolders');
    expect(persons(born)).toEqual(['mayor-461', 'mayor-540', 'mayor-561', 'mayor-630']);
    expect(
      ssu
        .filter((m) => m.roles.includes('viceChair'))
        .map((m) => [m.personId?.split(':person:')[1], m.partyKind]),
    ).toEqual([['mayor-461', 'municipality']]);
    const attending = members('ssu').filter((m) => !isFullMember(m));
    expect(persons(attending.filter((m) => m.role === 'attendee'))).toEqual([
      'municipalDirector-461',
    ]);
    expect(persons(attending.filter((m) => m.role === 'optionalAttendee'))).toEqual([
      'healthDirector-461',
      'healthDirector-479',
      'healthDirector-540',
      'healthDirector-561',
      'healthDirector-630',
    ]);
  });

  it('follows the SSU into the executive committee, the health directors forum and the regional forum', () => {
    const fu = full(members('forretningsudvalg'));
    expect(persons(fu)).toEqual([
      'healthDirector-461',
      'healthDirector-479',
      'healthDirector-540',
      'healthDirector-561',
      'healthDirector-630',
      'municipalDirector-510',
    ]);
    expect(persons(fu.filter((m) => m.roles.includes('chair')))).toEqual(['healthDirector-561']);
    expect(
      persons(full(members('sundhedsdirektorforum')).filter((m) => m.roles.includes('chair'))),
    ).toEqual(['healthDirector-561']);
    const coChair = members('samarbejdsforum').filter((m) => m.role === 'coChair');
    expect(persons(coChair)).toEqual(['municipalDirector-461']);
  });

  it('seats the mayors in KKR and their cluster, with the co-chair municipality’s health director attending', () => {
    expect(full(members('kkr'))).toHaveLength(22);
    expect(persons(members('kkr').filter((m) => m.role === 'attendee'))).toEqual([
      'municipalDirector-630',
    ]);
    const fyn = members('politisk-fyn');
    expect(full(fyn)).toHaveLength(9);
    expect(persons(fyn.filter((m) => m.role === 'attendee'))).toEqual(['healthDirector-461']);
    expect(fyn.filter((m) => m.role === 'optionalAttendee')).toHaveLength(9);
    expect(full(members('administrativ-sonderjylland'))).toHaveLength(4);
  });
});

describe('capital-2022 staffed with fictional persons (seed 004)', () => {
  const councillors = Array.from(
    { length: 7 },
    (_, i) =>
      `  - { key: rr-${i + 1}, name: Fiktiv regionsrådsmedlem ${i + 1}, fictional: true, offices: [{ party: region, office: regionalCouncillor }] }`,
  );
  const staffing =
    officeHolders(CAPITAL_CODES, ['mayor', 'healthDirector']) +
    `${councillors.join('\n')}\n` +
    appointments([
      ['politisk-byen/municipal-co-chair', 'mayor-101', '101'],
      ['politisk-syd/municipal-co-chair', 'mayor-167', '167'],
      ['politisk-midt/municipal-co-chair', 'mayor-157', '157'],
      ['politisk-nord/municipal-co-chair', 'mayor-219', '219'],
      ['politisk-bornholm/municipal-co-chair', 'mayor-400', '400'],
      ['ssu/mayors#1', 'mayor-151', '151'],
      ['ssu/mayors#2', 'mayor-217', '217'],
      ['ssu/vice-chair', 'mayor-101'],
      ...Array.from({ length: 7 }, (_, i): [string, string] => [
        `ssu/regional#${i + 1}`,
        `rr-${i + 1}`,
      ]),
    ]);
  const result = checkOrgFileText(readTemplate('capital-2022') + staffing, {
    date: '2024-01-01',
    strict: true,
  });
  const members = (forum: string) => membersOf(result.snapshot!, forum, '2024-01-01');

  it('breaks no composition rule', () => {
    expect(result.errors).toEqual([]);
  });

  it('gives the SSU 7 regional and 7 municipal members, the 5 co-chairs born, a municipal vice-chair', () => {
    const ssu = full(members('ssu'));
    expect(ssu.filter((m) => m.partyKind === 'region')).toHaveLength(7);
    const municipal = ssu.filter((m) => m.partyKind === 'municipality');
    expect(municipal).toHaveLength(7);
    expect(persons(municipal.filter((m) => m.source === 'born'))).toEqual([
      'mayor-101',
      'mayor-157',
      'mayor-167',
      'mayor-219',
      'mayor-400',
    ]);
    expect(persons(ssu.filter((m) => m.roles.includes('viceChair')))).toEqual(['mayor-101']);
    expect(persons(full(members('ssu-formoede')))).toEqual(persons(municipal));
  });

  it('gives the administrative clusters the co-chair municipality’s health director', () => {
    const byen = members('administrativ-byen');
    expect(
      persons(byen.filter((m) => m.seatEntityId.endsWith('co-chair-health-director'))),
    ).toEqual(['healthDirector-101']);
    expect(
      persons(full(members('tss')).filter((m) => m.partyKind === 'municipality')),
    ).toHaveLength(7);
  });
});

describe('the 2027 templates', () => {
  const reference = loadReferenceData();
  const file = (name: string) =>
    parse(readTemplate(name as (typeof TEMPLATES)[number])) as OrgFileInput;
  const regionOf = (name: string): Region2027 | undefined =>
    REGIONS_2027.find((r) => reform2027TemplateName(r) === name);

  it.each(TEMPLATES_2027)(
    'templates/%s.yaml is the generator’s output (run `npm run samspil -- templates generate-2027`)',
    (name) => {
      expect(readTemplate(name)).toBe(reform2027Yaml(reference, regionOf(name)));
    },
  );

  it('denmark-2027 has the 4 regions, 98 municipalities, 17 councils and their areas', () => {
    const all = file('denmark-2027');
    const regions = (all.parties ?? []).flatMap((p) => (p.kind === 'region' ? [p] : []));
    expect(regions.map((p) => [p.key, p.name, p.councilSize])).toEqual([
      ['region-syddanmark', 'Region Syddanmark', 31],
      ['region-ostdanmark', 'Region Østdanmark', 47],
      ['region-midtjylland', 'Region Midtjylland', 31],
      ['region-nordjylland', 'Region Nordjylland', 25],
    ]);
    expect(regions.some((p) => 'predecessors' in p)).toBe(false);
    expect((all.parties ?? []).filter((p) => p.kind === 'municipality')).toHaveLength(98);
    const councils = (all.fora ?? []).filter((f) => f.level === 'healthCouncil');
    expect(councils).toHaveLength(17);
    expect((all.clusters ?? []).filter((c) => c.kind === 'healthCouncilArea')).toHaveLength(17);
    const members = (all.clusters ?? []).flatMap((c) => c.members ?? []);
    expect(new Set(members.map((m) => String(m.municipality))).size).toBe(98);
    const conflicts = members.filter(
      (m) => m.verification?.membership?.status === 'conflict' && m.verified === false,
    );
    expect(conflicts.map((m) => m.municipality)).toEqual(['410', '530']);
    expect((all.fora ?? []).filter((f) => f.name.startsWith('KKR')).map((f) => f.key)).toEqual([
      'kkr-syddanmark',
      'kkr-hovedstaden',
      'kkr-sjaelland',
      'kkr-midtjylland',
      'kkr-nordjylland',
    ]);
  });

  it('syddanmark-2027 has the four South Danish councils under their agreed keys', () => {
    const south = file('syddanmark-2027');
    expect((south.fora ?? []).map((f) => [f.key, f.cluster ?? null, f.owner ?? null])).toEqual([
      ['kkr', null, null],
      ['sundhedsraad-fyn', 'fyn', 'region'],
      ['sundhedsraad-lillebaelt', 'lillebaelt', 'region'],
      ['sundhedsraad-sydvestjylland', 'sydvestjylland', 'region'],
      ['sundhedsraad-sonderjylland', 'sonderjylland', 'region'],
    ]);
  });

  it('ostdanmark-2027 merges the two regions and keeps KKR Hovedstaden and KKR Sjælland', () => {
    const east = file('ostdanmark-2027');
    expect((east.parties ?? []).find((p) => p.kind === 'region')).toMatchObject({
      key: 'region',
      name: 'Region Østdanmark',
      councilSize: 47,
      predecessors: [
        { collaboration: 'capital-2022', party: 'region' },
        { collaboration: 'zealand-2022', party: 'region' },
      ],
    });
    const kkr = (east.fora ?? []).filter((f) => f.key.startsWith('kkr'));
    expect(kkr.map((f) => [f.key, f.name, f.verification?.role?.status])).toEqual([
      ['kkr-hovedstaden', 'KKR Hovedstaden', 'unverified'],
      ['kkr-sjaelland', 'KKR Sjælland', 'unverified'],
    ]);
  });

  it('sizes the councils by the observed pattern as the notes report them (REFORM-2027-NOTES §3)', () => {
    const size = (name: string, without: string[] = []) => {
      const council = reference.healthCouncils.find((c) => c.name === name)!;
      const seats = observedCouncilSeats(reference, {
        ...council,
        members: council.members.filter((m) => !without.includes(m.name)),
      });
      return seats.municipal + seats.regional;
    };
    expect(size('Sundhedsråd Aarhus')).toBe(9);
    expect(size('Sundhedsråd Vendsyssel')).toBe(9);
    expect(size('Sundhedsråd Sønderjylland')).toBe(9);
    expect(size('Sundhedsråd Amager og Vestegnen')).toBe(19);
    expect(size('Sundhedsråd Østsjælland og Øerne')).toBe(21);
    expect(size('Sundhedsråd Midt- og Vestsjælland')).toBe(21);
    // Fyn has 21 only with Middelfart in Lillebælt, as the notes say the seat counts show.
    expect(size('Sundhedsråd Fyn', ['Middelfart'])).toBe(21);
    const sizes = reference.healthCouncils.map((c) => size(c.name));
    expect(Math.min(...sizes)).toBe(9);
  });
});
