import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../shared/dates';
import { pickerDate } from './org-lookup.api';

describe('pickerDate', () => {
  it('offers fora on the chosen day when it is a whole date', () => {
    expect(pickerDate('2027-01-25')).toBe('2027-01-25');
  });

  it('falls back to a day (today in Denmark) for an empty or half-typed date', () => {
    for (const value of ['', null, undefined, '2027-01'])
      expect(isIsoDate(pickerDate(value))).toBe(true);
  });
});
