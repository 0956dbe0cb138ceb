/**
 * Calendar dates and validity periods. Dates are ISO strings (`YYYY-MM-DD`) in the Danish
 * calendar; both ends of a validity period are inclusive ("til og med").
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** The time zone every Danish date and meeting time is read in. */
export const ZONE = 'Europe/Copenhagen';

/** An ISO calendar date, e.g. `2027-01-01`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Zod schema for an ISO calendar date that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'Datoen skal skrives som ÅÅÅÅ-MM-DD')
  .refine((s) => DateTime.fromISO(s).isValid, 'Datoen findes ikke i kalenderen');

/** A validity period; `validTo: null` means open-ended. */
export interface Validity {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** True when `value` is a well-formed, existing ISO date. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Adds (or with a negative number subtracts) whole days. Plain UTC arithmetic on the calendar
 * date (no time zone is involved); a string that is not `YYYY-MM-DD` goes through Luxon as
 * before.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (ISO_DATE.test(date)) {
    const ms = Date.parse(`${date}T00:00:00Z`);
    if (!Number.isNaN(ms)) return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
  }
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as IsoDate;
}

/** Denmark's UTC offset in minutes per UTC hour (offsets change on whole UTC hours only). */
const offsetByHour = new Map<number, number>();

/**
 * Denmark's UTC offset (minutes) at an instant. Reading it through Luxon costs an `Intl` lookup
 * every time, which dominated lists of meetings; the offset only changes at the start of a UTC
 * hour (the switch to and from summer time is at 01:00 UTC), so it is looked up once per hour.
 */
export function danishOffsetMinutes(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = DateTime.fromMillis(hour * HOUR_MS, { zone: ZONE }).offset;
    if (offsetByHour.size > 200_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The Danish calendar date of an instant. */
export function danishDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  return new Date(ms + danishOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** ISO 8601 with the Danish offset of that instant, e.g. `2027-03-04T14:00:00+01:00`. */
export function danishIsoOf(instant: Date): string {
  const ms = instant.getTime();
  const offset = danishOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000).toISOString();
  const clock = ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${clock}${sign}${hh}:${mm}`;
}

/** Today's date in Denmark. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return danishDateOf(now);
}

/** True when the period covers day `d`. */
export function isValidOn(period: Validity, d: IsoDate): boolean {
  return period.validFrom <= d && (period.validTo === null || period.validTo >= d);
}

/** True when two periods share at least one day. */
export function overlaps(a: Validity, b: Validity): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** The rows valid on day `d`. */
export function validOn<T extends Validity>(rows: readonly T[], d: IsoDate): T[] {
  return rows.filter((row) => isValidOn(row, d));
}

/** Compares ISO dates (or null = open end, which sorts last). */
export function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
