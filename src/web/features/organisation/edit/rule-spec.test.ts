import { describe, expect, it } from 'vitest';
import { countOf, defaultSeverity, fieldsOf, specOf, type RuleFields } from './rule-spec';

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
});
