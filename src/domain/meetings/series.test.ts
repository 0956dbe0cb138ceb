import { describe, expect, it } from 'vitest';
import { generateSeries, SeriesInputSchema, type SeriesInput } from './series';

/** Steering group (seed 001): 4–5 meetings a year, here on Thursdays at 14.00. */
const steeringGroup2026: SeriesInput = {
  from: '2026-01-01',
  to: '2026-12-31',
  cadence: { min: 4, max: 5 },
  weekday: 4,
  time: '14:00',
};

function dates(input: SeriesInput): string[] {
  const result = generateSeries(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.proposals.map((p) => p.date);
}

describe('generateSeries', () => {
  it.each<[string, Partial<SeriesInput>, string[]]>([
    [
      'cadence max spread over the year',
      {},
      ['2026-02-05', '2026-04-23', '2026-07-02', '2026-09-10', '2026-11-26'],
    ],
    [
      'perYear = cadence min',
      { perYear: 4 },
      ['2026-02-12', '2026-05-15', '2026-08-20', '2026-11-19'],
    ],
    [
      'July avoided: the summer slot moves to June',
      { avoidMonths: [7] },
      ['2026-02-05', '2026-04-23', '2026-06-25', '2026-09-10', '2026-11-26'],
    ],
    [
      'an existing meeting covers the nearest slot',
      { existing: ['2026-04-28'] },
      ['2026-02-05', '2026-07-02', '2026-09-10', '2026-11-26'],
    ],
    [
      'an existing date is never proposed again',
      { existing: ['2026-02-05'] },
      ['2026-04-23', '2026-07-02', '2026-09-10', '2026-11-26'],
    ],
    [
      'half a year pro rata (184 days × 5 / 365.25 ≈ 3)',
      { from: '2026-07-01' },
      ['2026-07-30', '2026-10-01', '2026-12-03'],
    ],
    [
      'two years, with Kristi Himmelfartsdag moved to Friday',
      { to: '2027-12-31', perYear: 4 },
      [
        '2026-02-12',
        '2026-05-15',
        '2026-08-20',
        '2026-11-19',
        '2027-02-18',
        '2027-05-20',
        '2027-08-19',
        '2027-11-18',
      ],
    ],
  ])('%s', (_label, patch, expected) => {
    expect(dates({ ...steeringGroup2026, ...patch })).toEqual(expected);
  });

  it.each([
    [
      'Kristi Himmelfartsdag (Thursday) → Friday',
      '2026-05-10',
      '2026-05-19',
      '2026-05-15',
      ['holiday'],
    ],
    [
      'Grundlovsdag 2025 (Thursday, closure) → Friday',
      '2025-06-01',
      '2025-06-10',
      '2025-06-06',
      ['closure'],
    ],
    [
      'Juleaftensdag 2026 (Thursday) → Monday 28 December',
      '2026-12-20',
      '2026-12-29',
      '2026-12-28',
      ['closure'],
    ],
  ])('%s', (_label, from, to, date, adjustments) => {
    const result = generateSeries({
      from,
      to,
      cadence: { min: 12, max: 36 },
      perYear: 36,
      weekday: 4,
      time: '09:30',
    });
    expect(result.ok && result.proposals.map((p) => [p.date, p.adjustments])).toEqual([
      [date, adjustments],
    ]);
  });

  it('records each move with the day it moved away from', () => {
    const easter = generateSeries({
      from: '2026-03-30',
      to: '2026-04-12',
      cadence: { min: 1, max: 26 },
      perYear: 26,
      weekday: 1,
      time: '13:00',
    });
    expect(easter.ok && easter.proposals.map((p) => [p.date, p.moves])).toEqual([
      ['2026-04-07', [{ reason: 'holiday', from: '2026-04-06' }]],
    ]);
    const summer = generateSeries({ ...steeringGroup2026, avoidMonths: [7] });
    const moved = summer.ok ? summer.proposals.find((p) => p.adjustments.length > 0) : undefined;
    expect(moved?.moves).toEqual([{ reason: 'avoidedMonth', from: '2026-07-02' }]);
  });

  it('reports the counts and stays deterministic', () => {
    const a = generateSeries({ ...steeringGroup2026, existing: ['2026-04-28', '2025-12-01'] });
    const b = generateSeries({ ...steeringGroup2026, existing: ['2026-04-28', '2025-12-01'] });
    expect(a).toEqual(b);
    expect(a.ok && [a.targetCount, a.coveredByExisting, a.unplaced, a.proposals.length]).toEqual([
      5, 1, 0, 4,
    ]);
  });

  it('gives start instants with the Danish offset of the day (winter/summer time)', () => {
    const result = generateSeries(steeringGroup2026);
    expect(result.ok && result.proposals.map((p) => p.startsAt).slice(0, 2)).toEqual([
      '2026-02-05T14:00:00+01:00',
      '2026-04-23T14:00:00+02:00',
    ]);
  });

  it('leaves slots unplaced when no allowed day exists', () => {
    const result = generateSeries({
      ...steeringGroup2026,
      avoidMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(result.ok && [result.proposals.length, result.unplaced]).toEqual([0, 5]);
  });

  it.each<[string, Partial<SeriesInput>, string]>([
    ['period reversed', { from: '2027-01-01' }, 'series.invalidPeriod'],
    ['impossible date', { to: '2026-02-30' }, 'series.invalidPeriod'],
    ['min above max', { cadence: { min: 6, max: 5 } }, 'series.invalidCadence'],
    ['negative cadence', { cadence: { min: -1, max: 5 } }, 'series.invalidCadence'],
    ['perYear above max', { perYear: 6 }, 'series.countOutsideCadence'],
    ['bad time', { time: '25:00' }, 'series.invalidTime'],
  ])('refuses %s', (_label, patch, code) => {
    const result = generateSeries({ ...steeringGroup2026, ...patch });
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('has a zod schema for the API', () => {
    expect(SeriesInputSchema.safeParse(steeringGroup2026).success).toBe(true);
    expect(SeriesInputSchema.safeParse({ ...steeringGroup2026, weekday: 6 }).success).toBe(false);
  });
});
