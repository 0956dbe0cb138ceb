/**
 * The Danish working-day calendar: weekends, public holidays (from date-holidays, corrected)
 * and closure days (a local table, extended by the server from its own rows).
 *
 * Why corrected: date-holidays is right on the statutory holidays but (RELIABILITY-AND-ECOSYSTEM,
 * calendar) returns Grundlovsdag, 1. maj and Juleaftensdag as `observance`, lacks
 * Nytårsaftensdag, and older versions kept Store Bededag after its abolition in 2024. We take
 * only `public` entries, drop Store Bededag from 2024, and add office closures from a table.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { addDays, IsoDateSchema, ZONE, type IsoDate } from '../../shared/dates';
import type { NonWorkingReason } from '../../shared/meetings.enums';

/** A public holiday. */
export interface DanishHoliday {
  date: IsoDate;
  /** Danish name, e.g. `Langfredag`. */
  name: string;
}

/** The slice of a date-holidays entry the correction reads. */
export interface RawHoliday {
  /** `YYYY-MM-DD hh:mm:ss`, local to Denmark. */
  date: string;
  name: string;
  type: string;
  rule?: string;
}

/** Store Bededag was abolished by law from 2024 (lov nr. 154 af 28. februar 2023). */
export const STORE_BEDEDAG_LAST_YEAR = 2023;

/**
 * Turns date-holidays' entries for `year` into Denmark's public holidays. Explicit and tested
 * because the library's observance handling is not what an office calendar needs:
 * `observance` entries (Fastelavn, Mors Dag, 1. maj, Grundlovsdag, Juleaftensdag) are dropped
 * here, and the ones that close offices come back through {@link DEFAULT_CLOSURE_DAYS}.
 */
export function correctDanishHolidays(year: number, raw: readonly RawHoliday[]): DanishHoliday[] {
  return raw
    .filter((h) => h.type === 'public')
    .filter((h) => !(year > STORE_BEDEDAG_LAST_YEAR && isStoreBededag(h)))
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function isStoreBededag(h: RawHoliday): boolean {
  return h.name === 'Store Bededag' || (h.rule ?? '').startsWith('easter 26');
}

let library: Holidays | null = null;
const holidaysByYear = new Map<number, DanishHoliday[]>();

/** Denmark's public holidays in `year`, sorted by date (memoised per year). */
export function danishPublicHolidays(year: number): readonly DanishHoliday[] {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  library ??= new Holidays('DK', { languages: ['da'], timezone: ZONE });
  const holidays = correctDanishHolidays(year, library.getHolidays(year) as RawHoliday[]);
  holidaysByYear.set(year, holidays);
  return holidays;
}

let englishLibrary: Holidays | null = null;
const englishByYear = new Map<number, DanishHoliday[]>();

/** The public holiday on `date` by name in Danish and English, or null when it is none. */
export function holidayNames(date: IsoDate): { da: string; en: string } | null {
  const year = Number(date.slice(0, 4));
  const da = danishPublicHolidays(year).find((h) => h.date === date);
  if (!da) return null;
  let english = englishByYear.get(year);
  if (!english) {
    englishLibrary ??= new Holidays('DK', { languages: ['en'], timezone: ZONE });
    english = correctDanishHolidays(year, englishLibrary.getHolidays(year) as RawHoliday[]);
    englishByYear.set(year, english);
  }
  return { da: da.name, en: english.find((h) => h.date === date)?.name ?? da.name };
}

/** True when `date` is a Danish public holiday (Sundays that are holidays included). */
export function isDanishHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return danishPublicHolidays(year).some((h) => h.date === date);
}

/**
 * A day on which the offices behind the fora are closed although it is no public holiday.
 * `annual` repeats every year (optionally within `fromYear`–`toYear`); `date` is one day.
 */
export type ClosureDay =
  | {
      kind: 'annual';
      id: string;
      name: string;
      month: number;
      day: number;
      fromYear?: number;
      toYear?: number;
    }
  | { kind: 'date'; id: string; name: string; date: IsoDate };

/** Zod schema for a closure day, for the server's closure table and the API. */
export const ClosureDaySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('annual'),
    id: z.string().min(1),
    name: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    fromYear: z.number().int().optional(),
    toYear: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('date'),
    id: z.string().min(1),
    name: z.string().min(1),
    date: IsoDateSchema,
  }),
]);

/**
 * Closure days on by default. Decision (RELIABILITY-AND-ECOSYSTEM, calendar): Grundlovsdag,
 * Juleaftensdag and Nytårsaftensdag close public offices under the collective agreements, so
 * no meeting or deadline falls on them. Pass `[...DEFAULT_CLOSURE_DAYS, ...rows]` to extend.
 */
export const DEFAULT_CLOSURE_DAYS: readonly ClosureDay[] = [
  { kind: 'annual', id: 'grundlovsdag', name: 'Grundlovsdag', month: 6, day: 5 },
  { kind: 'annual', id: 'juleaftensdag', name: 'Juleaftensdag', month: 12, day: 24 },
  { kind: 'annual', id: 'nytaarsaftensdag', name: 'Nytårsaftensdag', month: 12, day: 31 },
];

/**
 * Known closures that are off by default. 1. maj is no holiday and most offices stay open
 * (many agreements give only the afternoon off), so a collaboration opts in per row.
 */
export const OPTIONAL_CLOSURE_DAYS: readonly ClosureDay[] = [
  { kind: 'annual', id: 'foersteMaj', name: '1. maj', month: 5, day: 1 },
];

/** The closure day covering `date`, or undefined. */
export function findClosureDay(
  date: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): ClosureDay | undefined {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return closures.find((c) =>
    c.kind === 'date'
      ? c.date === date
      : c.month === month &&
        c.day === day &&
        (c.fromYear === undefined || year >= c.fromYear) &&
        (c.toYear === undefined || year <= c.toYear),
  );
}

/** ISO weekday of a date in Denmark: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: ZONE }).weekday;
}

/** Why `date` is not a working day, or null when it is one. Weekend wins over holiday. */
export function nonWorkingReason(
  date: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): NonWorkingReason | null {
  if (isoWeekday(date) >= 6) return 'weekend';
  if (isDanishHoliday(date)) return 'holiday';
  if (findClosureDay(date, closures)) return 'closure';
  return null;
}

/** True on Monday–Friday that is neither a public holiday nor a closure day. */
export function isWorkingDay(
  date: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): boolean {
  return nonWorkingReason(date, closures) === null;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(
  date: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): IsoDate {
  let d = date;
  while (!isWorkingDay(d, closures)) d = addDays(d, 1);
  return d;
}

/** `date` itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(
  date: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): IsoDate {
  let d = date;
  while (!isWorkingDay(d, closures)) d = addDays(d, -1);
  return d;
}

/**
 * Moves `n` working days from `date`; negative `n` goes backwards. The start day is never
 * counted, so `addWorkingDays(meeting, -5)` is the fifth working day before the meeting, and
 * `n = 0` returns `date` unchanged even on a non-working day.
 * @throws RangeError when `n` is not an integer (a programming error, not a user error).
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d, closures)) left -= 1;
  }
  return d;
}

/** Working days in the inclusive range `from`–`to` (0 when `to` is before `from`). */
export function countWorkingDays(
  from: IsoDate,
  to: IsoDate,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): number {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, closures)) count += 1;
  return count;
}
