import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  danishDateOf,
  danishIsoOf,
  isIsoDate,
  isValidOn,
  overlaps,
  todayInDenmark,
  ZONE,
} from './dates';

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

describe('Danish instants without Luxon on the hot path', () => {
  // From 1900 to 2100: every offset Denmark has had in that span, summer time switches included.
  const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });

  it('gives the same calendar date and ISO text as Luxon', () => {
    fc.assert(
      fc.property(instants, fc.boolean(), (ms, whole) => {
        const instant = new Date(whole ? ms - (ms % 1000) : ms);
        const luxon = DateTime.fromJSDate(instant).setZone(ZONE);
        expect(danishDateOf(instant)).toBe(luxon.toISODate());
        expect(danishIsoOf(instant)).toBe(luxon.toISO({ suppressMilliseconds: true }));
      }),
      { numRuns: 2000 },
    );
  });

  it('is right on both sides of the switches to and from summer time', () => {
    for (const iso of [
      '2027-03-28T00:59:59Z',
      '2027-03-28T01:00:00Z',
      '2027-10-31T00:59:59Z',
      '2027-10-31T01:00:00Z',
    ]) {
      const instant = new Date(iso);
      expect(danishIsoOf(instant)).toBe(
        DateTime.fromJSDate(instant).setZone(ZONE).toISO({ suppressMilliseconds: true }),
      );
    }
    expect(danishIsoOf(new Date('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00:00+02:00');
  });

  it('adds days like Luxon over any span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (ms, days) => {
          const date = new Date(ms).toISOString().slice(0, 10);
          expect(addDays(date, days)).toBe(
            DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate(),
          );
        },
      ),
    );
  });
});
