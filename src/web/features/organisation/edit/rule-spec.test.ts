import { describe, expect, it } from 'vitest';
import {
  countOf,
  defaultSeverity,
  extraFieldsOf,
  fieldsOf,
  specOf,
  tiersOf,
  type RuleFields,
} from './rule-spec';

const base: RuleFields = {
  kind: 'seatsOfPartyKind',
  partyKind: 'municipality',
  role: 'chair',
  min: '',
  max: '',
};

describe('composition rule form', () => {
  it('reads counts', () => {
    expect(countOf('')).toBeUndefined();
    expect(countOf(' 5 ')).toBe(5);
    expect(countOf('5.5')).toBeNaN();
    expect(countOf('-1')).toBeNaN();
  });

  it('builds specs with only the fields given', () => {
    expect(specOf({ ...base, min: '5', max: '5' })).toEqual({
      spec: { kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 5, max: 5 },
    });
    expect(specOf({ ...base, min: '2' })).toEqual({
      spec: { kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 2 },
    });
    expect(specOf({ ...base, kind: 'noVacantSeats' })).toEqual({ spec: { kind: 'noVacantSeats' } });
    expect(specOf({ ...base, kind: 'roleHeldByPartyKind', role: 'viceChair' })).toEqual({
      spec: { kind: 'roleHeldByPartyKind', role: 'viceChair', partyKind: 'municipality' },
    });
  });

  it('points at the invalid field', () => {
    expect(specOf({ ...base, min: '6', max: '5' })).toEqual({ invalid: 'max' });
    expect(specOf({ ...base, min: 'x' })).toEqual({ invalid: 'min' });
    expect(specOf({ ...base, kind: 'maxSeatsPerMunicipality', max: '0' })).toEqual({
      invalid: 'max',
    });
  });

  it('asks for the fields each kind needs, and warns on vacancies by default', () => {
    expect(fieldsOf('everyClusterRepresented')).toEqual({
      partyKind: false,
      role: false,
      min: false,
      max: false,
    });
    expect(fieldsOf('maxSeatsPerMunicipality').max).toBe(true);
    expect(defaultSeverity('noVacantSeats')).toBe('warning');
    expect(defaultSeverity('cadenceMet')).toBe('error');
  });

  it('builds the 2027 rule kinds: seats per municipality, a seat relation, political composition, areas', () => {
    expect(
      specOf({ ...base, kind: 'seatsPerMunicipality', seats: '1', tiers: '100.000:2' }),
    ).toEqual({
      spec: {
        kind: 'seatsPerMunicipality',
        seats: 1,
        tiers: [{ populationAbove: 100000, seats: 2 }],
      },
    });
    expect(
      specOf({
        ...base,
        kind: 'seatCountRelation',
        partyKind: 'region',
        otherPartyKind: 'municipality',
        difference: '1',
      }),
    ).toEqual({
      spec: {
        kind: 'seatCountRelation',
        partyKind: 'region',
        otherPartyKind: 'municipality',
        difference: 1,
      },
    });
    expect(specOf({ ...base, kind: 'seatCountRelation', difference: '-2' })).toMatchObject({
      spec: { difference: -2 },
    });
    expect(specOf({ ...base, kind: 'politicalComposition' })).toEqual({
      spec: { kind: 'politicalComposition' },
    });
    expect(
      specOf({ ...base, kind: 'everyClusterRepresented', areaKind: 'healthCouncilArea' }),
    ).toEqual({
      spec: { kind: 'everyClusterRepresented', areaKind: 'healthCouncilArea' },
    });
    expect(specOf({ ...base, kind: 'everyClusterRepresented', areaKind: '' })).toEqual({
      spec: { kind: 'everyClusterRepresented' },
    });
  });

  it('points at invalid 2027 fields', () => {
    expect(specOf({ ...base, kind: 'seatsPerMunicipality', seats: '' })).toEqual({
      invalid: 'seats',
    });
    expect(specOf({ ...base, kind: 'seatsPerMunicipality', seats: '1', tiers: '100000' })).toEqual({
      invalid: 'tiers',
    });
    expect(specOf({ ...base, kind: 'seatCountRelation', difference: 'en' })).toEqual({
      invalid: 'difference',
    });
    expect(tiersOf(' 100000:2 , 200000:3 ')).toEqual([
      { populationAbove: 100000, seats: 2 },
      { populationAbove: 200000, seats: 3 },
    ]);
    expect(extraFieldsOf('seatCountRelation')).toMatchObject({
      otherPartyKind: true,
      difference: true,
    });
    expect(fieldsOf('seatCountRelation').partyKind).toBe(true);
  });
});
