import { describe, expect, it } from 'vitest';
import { addDays, compareDates, isIsoDate, isValidOn, overlaps, todayInDenmark } from './dates';

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('treats both ends of a period as inclusive', () => {
    const period = { validFrom: '2022-07-01', validTo: '2026-12-31' };
    expect(isValidOn(period, '2022-06-30')).toBe(false);
    expect(isValidOn(period, '2022-07-01')).toBe(true);
    expect(isValidOn(period, '2026-12-31')).toBe(true);
    expect(isValidOn(period, '2027-01-01')).toBe(false);
    expect(isValidOn({ validFrom: '2022-07-01', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('detects overlapping periods', () => {
    expect(
      overlaps(
        { validFrom: '2020-01-01', validTo: '2020-12-31' },
        { validFrom: '2020-12-31', validTo: null },
      ),
    ).toBe(true);
    expect(
      overlaps(
        { validFrom: '2020-01-01', validTo: '2020-12-30' },
        { validFrom: '2020-12-31', validTo: null },
      ),
    ).toBe(false);
  });

  it('validates ISO dates against the calendar', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('29-02-2028')).toBe(false);
  });

  it('reads today in Copenhagen, not UTC', () => {
    expect(todayInDenmark(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('sorts open ends last', () => {
    expect(['2027-01-01', null, '2020-01-01'].sort(compareDates)).toEqual([
      '2020-01-01',
      '2027-01-01',
      null,
    ]);
  });
});
