/**
 * Small date helpers the meetings module needs beyond src/shared/dates.ts. Calendar dates are
 * whole days; times are wall-clock times in Europe/Copenhagen.
 */
import { DateTime } from 'luxon';
import { ZONE, type IsoDate } from '../../shared/dates';

const MS_PER_DAY = 86_400_000;

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const from = DateTime.fromISO(a, { zone: 'utc' }).toMillis();
  const to = DateTime.fromISO(b, { zone: 'utc' }).toMillis();
  return Math.round((to - from) / MS_PER_DAY);
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** A wall-clock time `HH:mm` (24-hour). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant `date` at `time` in Denmark as ISO 8601 with offset, e.g.
 * `2026-03-26T14:00:00+01:00`; the offset follows summer time.
 */
export function zonedDateTime(date: IsoDate, time: string): string {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return dt.toISO({ suppressMilliseconds: true }) ?? `${date}T${time}`;
}
