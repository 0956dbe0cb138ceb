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

/** Adds (or with a negative number subtracts) whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as IsoDate;
}

/** Today's date in Denmark. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return DateTime.fromJSDate(now).setZone(ZONE).toISODate() as IsoDate;
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
