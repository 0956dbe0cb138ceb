import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  correctDanishHolidays,
  countWorkingDays,
  danishPublicHolidays,
  DEFAULT_CLOSURE_DAYS,
  findClosureDay,
  holidayNames,
  isDanishHoliday,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  OPTIONAL_CLOSURE_DAYS,
  previousWorkingDay,
  type ClosureDay,
} from './calendar';

describe('isDanishHoliday', () => {
  it.each([
    ['2023-05-05', true, 'Store Bededag 2023, the last one'],
    ['2024-04-26', false, 'Store Bededag abolished from 2024'],
    ['2025-05-16', false, 'no Store Bededag in 2025'],
    ['2027-03-25', true, 'Skærtorsdag 2027'],
    ['2027-03-26', true, 'Langfredag 2027'],
    ['2027-03-28', true, 'Påskedag 2027'],
    ['2027-03-29', true, 'Anden påskedag 2027'],
    ['2027-05-06', true, 'Kristi Himmelfartsdag 2027'],
    ['2027-05-17', true, 'Anden Pinsedag 2027'],
    ['2026-12-25', true, 'Juledag'],
    ['2026-12-26', true, 'Anden Juledag'],
    ['2027-01-01', true, 'Nytårsdag'],
    ['2026-06-05', false, 'Grundlovsdag is an observance, not a holiday'],
    ['2026-12-24', false, 'Juleaftensdag is an observance, not a holiday'],
    ['2026-05-01', false, '1. maj is an observance'],
    ['2024-02-12', false, 'Fastelavn is an observance'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isDanishHoliday(date)).toBe(expected);
  });

  it('lists 2027 in date order with Danish names', () => {
    expect(danishPublicHolidays(2027).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-01-01 Nytårsdag',
      '2027-03-25 Skærtorsdag',
      '2027-03-26 Langfredag',
      '2027-03-28 Påskedag',
      '2027-03-29 Anden påskedag',
      '2027-05-06 Kristi Himmelfartsdag',
      '2027-05-16 Pinsedag',
      '2027-05-17 Anden Pinsedag',
      '2027-12-25 Juledag',
      '2027-12-26 Anden Juledag',
    ]);
  });
});

describe('holidayNames', () => {
  it('names a holiday in Danish and English, and nothing else', () => {
    expect(holidayNames('2026-04-06')).toEqual({ da: 'Anden påskedag', en: 'Easter Monday' });
    expect(holidayNames('2026-04-07')).toBeNull();
    expect(holidayNames('2026-06-05')).toBeNull();
  });
});

describe('correctDanishHolidays (the explicit date-holidays correction)', () => {
  const raw = [
    { date: '2024-04-26 00:00:00', name: 'Store Bededag', type: 'public', rule: 'easter 26' },
    { date: '2024-06-05 00:00:00', name: 'Grundlovsdag', type: 'observance' },
    { date: '2024-05-01 00:00:00', name: '1. maj', type: 'observance' },
    { date: '2024-03-29 00:00:00', name: 'Langfredag', type: 'public' },
    { date: '2024-02-12 00:00:00', name: 'Fastelavn', type: 'observance' },
  ];

  it.each([
    [2024, ['2024-03-29 Langfredag']],
    [2023, ['2023-05-05 Store Bededag']],
  ])('year %i keeps only public holidays valid that year', (year, expected) => {
    const input =
      year === 2023
        ? [{ date: '2023-05-05 00:00:00', name: 'Store Bededag', type: 'public' }]
        : raw;
    expect(correctDanishHolidays(year, input).map((h) => `${h.date} ${h.name}`)).toEqual(expected);
  });

  it('drops Store Bededag by rule even if the library renames it', () => {
    const renamed = [
      { date: '2030-05-17 00:00:00', name: 'Prayer Day', type: 'public', rule: 'easter 26' },
    ];
    expect(correctDanishHolidays(2030, renamed)).toEqual([]);
  });
});

describe('closure days', () => {
  it.each([
    ['2026-06-05', 'grundlovsdag'],
    ['2026-12-24', 'juleaftensdag'],
    ['2026-12-31', 'nytaarsaftensdag'],
    ['2026-05-01', undefined],
    ['2026-12-23', undefined],
  ])('default table: %s → %s', (date, id) => {
    expect(findClosureDay(date)?.id).toBe(id);
  });

  it('can be extended with server rows, one-off or annual within years', () => {
    const rows: ClosureDay[] = [
      ...DEFAULT_CLOSURE_DAYS,
      ...OPTIONAL_CLOSURE_DAYS,
      { kind: 'date', id: 'move', name: 'Sekretariatet flytter', date: '2026-09-14' },
      {
        kind: 'annual',
        id: 'fri',
        name: 'Fredag efter Kristi Himmelfart',
        month: 5,
        day: 15,
        fromYear: 2026,
        toYear: 2026,
      },
    ];
    expect(findClosureDay('2026-05-01', rows)?.id).toBe('foersteMaj');
    expect(findClosureDay('2026-09-14', rows)?.id).toBe('move');
    expect(findClosureDay('2026-05-15', rows)?.id).toBe('fri');
    expect(findClosureDay('2027-05-15', rows)).toBeUndefined();
  });
});

describe('isWorkingDay / nonWorkingReason', () => {
  it.each([
    ['2026-06-05', 'closure'],
    ['2027-06-05', 'weekend'],
    ['2026-12-24', 'closure'],
    ['2026-12-25', 'holiday'],
    ['2026-12-26', 'weekend'],
    ['2026-12-28', null],
    ['2024-04-26', null],
    ['2023-05-05', 'holiday'],
    ['2027-03-25', 'holiday'],
    ['2026-05-01', null],
  ])('%s → %s', (date, reason) => {
    expect(nonWorkingReason(date)).toBe(reason);
    expect(isWorkingDay(date)).toBe(reason === null);
  });

  it('respects an empty closure list (only weekends and holidays)', () => {
    expect(isWorkingDay('2026-12-24', [])).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-23', 1, '2026-12-28', 'Christmas: 24 closed, 25–27 holidays/weekend'],
    ['2026-12-30', 1, '2027-01-04', 'New Year: 31 closed, 1 Jan holiday, weekend'],
    ['2027-01-04', -1, '2026-12-30', 'backwards over New Year'],
    ['2027-03-24', 1, '2027-03-30', 'Easter 2027'],
    ['2027-03-30', -1, '2027-03-24', 'Easter 2027 backwards'],
    ['2023-05-04', 1, '2023-05-08', 'Store Bededag 2023 is skipped'],
    ['2024-04-25', 1, '2024-04-26', 'Friday 26 April 2024 is a working day'],
    ['2026-03-02', 5, '2026-03-09', 'a plain week'],
    ['2026-03-07', 0, '2026-03-07', 'zero keeps even a Saturday'],
    ['2026-03-07', 1, '2026-03-09', 'from a Saturday'],
    ['2026-03-07', -1, '2026-03-06', 'backwards from a Saturday'],
  ])('%s %+i → %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('rejects a fractional count as a programming error', () => {
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
  });
});

describe('next/previous working day and counting', () => {
  it.each([
    ['2026-12-24', '2026-12-28', '2026-12-23'],
    ['2026-03-04', '2026-03-04', '2026-03-04'],
    ['2027-03-28', '2027-03-30', '2027-03-24'],
  ])('%s → next %s, previous %s', (date, next, prev) => {
    expect(nextWorkingDay(date)).toBe(next);
    expect(previousWorkingDay(date)).toBe(prev);
  });

  it.each([
    ['2026-12-21', '2027-01-03', 6],
    ['2026-03-02', '2026-03-08', 5],
    ['2026-03-08', '2026-03-02', 0],
  ])('%s–%s has %i working days', (from, to, n) => {
    expect(countWorkingDays(from, to)).toBe(n);
  });
});
