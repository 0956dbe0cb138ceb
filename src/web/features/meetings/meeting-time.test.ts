import { describe, expect, it } from 'vitest';
import {
  endsAfterStarts,
  groupByWeek,
  isoWeek,
  localDateTime,
  splitInstant,
  weekKey,
  weekdayOf,
} from './meeting-time';

describe('meeting times', () => {
  it('splits an instant into the Danish date and time, across summer and winter time', () => {
    expect(splitInstant('2026-12-10T13:00:00Z')).toEqual({ date: '2026-12-10', time: '14:00' });
    expect(splitInstant('2026-06-05T12:00:00Z')).toEqual({ date: '2026-06-05', time: '14:00' });
    expect(splitInstant('2026-12-10T23:30:00Z')).toEqual({ date: '2026-12-11', time: '00:30' });
    expect(splitInstant('2026-12-10T14:00:00+01:00')).toEqual({
      date: '2026-12-10',
      time: '14:00',
    });
  });

  it('joins a date and a time into a local time', () => {
    expect(localDateTime('2026-12-10', '09:30')).toBe('2026-12-10T09:30');
  });

  it('numbers weeks the ISO way (week 1 holds the first Thursday)', () => {
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(weekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-12-10')).toBe(50);
    expect(weekdayOf('2026-12-10')).toBe(4);
  });

  it('groups items by week in the given order', () => {
    const dates = ['2026-12-07', '2026-12-10', '2026-12-14', '2027-01-01'];
    const groups = groupByWeek(dates, (d) => d);
    expect(groups.map((g) => [g.week, g.items.length])).toEqual([
      [50, 2],
      [51, 1],
      [53, 1],
    ]);
  });

  it('compares times of day', () => {
    expect(endsAfterStarts('10:00', '12:00')).toBe(true);
    expect(endsAfterStarts('10:00', '10:00')).toBe(false);
  });
});
