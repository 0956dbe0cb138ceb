import { describe, expect, it } from 'vitest';
import * as shared from '../../../shared/dates';
import { addDays, isIsoDate, todayInDenmark } from './org-dates';

describe('browser dates agree with the shared helpers', () => {
  it.each(['2024-02-29', '2023-02-29', '2026-13-01', '2026-1-01', 'x', '2026-12-31', '0001-01-01'])(
    'isIsoDate(%s)',
    (value) => expect(isIsoDate(value)).toBe(shared.isIsoDate(value)),
  );

  it.each(['2026-03-28T23:30:00Z', '2026-10-24T22:30:00Z', '2026-12-31T23:00:00Z'])(
    'todayInDenmark at %s',
    (instant) =>
      expect(todayInDenmark(new Date(instant))).toBe(shared.todayInDenmark(new Date(instant))),
  );

  it.each([
    ['2026-03-28', 1],
    ['2024-02-28', 1],
    ['2027-01-01', -1],
    ['2026-10-25', 30],
  ] as const)('addDays(%s, %d)', (date, days) =>
    expect(addDays(date, days)).toBe(shared.addDays(date, days)),
  );
});
