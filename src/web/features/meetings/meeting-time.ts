/**
 * Meeting dates and times in the Danish calendar: splitting an API time into date and time of
 * day, joining form fields into the local time the API reads as Danish wall-clock time, ISO
 * week numbers and grouping by week. Pure (luxon only), so it is unit-tested.
 */
import { DateTime } from 'luxon';
import { ZONE, type IsoDate } from '../../../shared/dates';

/** A time as the form shows it: Danish date and time of day (`HH:mm`). */
export interface DateAndTime {
  date: IsoDate;
  time: string;
}

/** The Danish date and time of day of an ISO 8601 instant. */
export function splitInstant(iso: string): DateAndTime {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
  return { date: dt.toISODate() ?? '', time: dt.toFormat('HH:mm') };
}

/** `YYYY-MM-DDTHH:mm`: a local time, which the API reads as Danish wall-clock time. */
export function localDateTime(date: IsoDate, time: string): string {
  return `${date}T${time}`;
}

/** The ISO 8601 week number of a Danish date (Danish weeks start on Monday). */
export function isoWeek(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekNumber;
}

/** The ISO week-year and week, e.g. `2026-W50`, for grouping. */
export function weekKey(date: IsoDate): string {
  const dt = DateTime.fromISO(date, { zone: 'utc' });
  return `${dt.weekYear}-W${String(dt.weekNumber).padStart(2, '0')}`;
}

/** ISO weekday of a date: Monday = 1 … Sunday = 7. */
export function weekdayOf(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}

/** Items grouped by ISO week, in the order given (the list is sorted by time already). */
export function groupByWeek<T>(
  items: readonly T[],
  dateOf: (item: T) => IsoDate,
): { key: string; week: number; items: T[] }[] {
  const groups: { key: string; week: number; items: T[] }[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const key = weekKey(date);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, week: isoWeek(date), items: [item] });
  }
  return groups;
}

/** The last day of the year of `date`. */
export function endOfYear(date: IsoDate): IsoDate {
  return `${date.slice(0, 4)}-12-31`;
}

/** True when `end` (same day) is later than `start`, both `HH:mm`. */
export function endsAfterStarts(start: string, end: string): boolean {
  return end > start;
}
