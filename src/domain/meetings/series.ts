/**
 * Proposes a forum's meeting dates for a period: as many as its cadence asks for, spread
 * evenly, on a chosen weekday and time, never on a weekend, holiday or closure day.
 */
import { z } from 'zod';
import { addDays, IsoDateSchema, type IsoDate } from '../../shared/dates';
import {
  MeetingWeekdaySchema,
  type MeetingWeekday,
  type SeriesAdjustment,
  type SeriesErrorCode,
} from '../../shared/meetings.enums';
import {
  DEFAULT_CLOSURE_DAYS,
  isoWeekday,
  nextWorkingDay,
  nonWorkingReason,
  type ClosureDay,
} from './calendar';
import { daysBetween, TIME_OF_DAY, zonedDateTime } from './day-math';

/** Meetings a year, as on the forum (`cadence { min, max }` in the organisation model). */
export interface Cadence {
  min: number;
  max: number;
}

/** What to generate. */
export interface SeriesInput {
  /** First day of the period (inclusive). */
  from: IsoDate;
  /** Last day of the period (inclusive). */
  to: IsoDate;
  cadence: Cadence;
  /** Meetings a year to aim for, within the cadence; default `cadence.max` so one can be cancelled. */
  perYear?: number;
  weekday: MeetingWeekday;
  /** Start time `HH:mm`, Danish wall-clock time. */
  time: string;
  /** Default {@link DEFAULT_CLOSURE_DAYS}. */
  closures?: readonly ClosureDay[];
  /** Months (1–12) to keep free, e.g. `[7]` for the summer holiday. */
  avoidMonths?: readonly number[];
  /** Dates already booked for the forum; they count towards the target and are never reused. */
  existing?: readonly IsoDate[];
}

/** Zod schema for {@link SeriesInput} (closures are supplied by the server, not the client). */
export const SeriesInputSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  cadence: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }),
  perYear: z.number().int().min(0).optional(),
  weekday: MeetingWeekdaySchema,
  time: z.string().regex(TIME_OF_DAY),
  avoidMonths: z.array(z.number().int().min(1).max(12)).optional(),
  existing: z.array(IsoDateSchema).optional(),
});

/** One move of a proposal away from a day, and why (for explanations that name the day). */
export interface SeriesMove {
  reason: SeriesAdjustment;
  /** The day the proposal moved away from (the requested weekday, or the day already taken). */
  from: IsoDate;
}

/** One proposed meeting. */
export interface ProposedMeeting {
  date: IsoDate;
  /** ISO 8601 start with the Danish offset of that day. */
  startsAt: string;
  /** The evenly spread ideal day the proposal stands for. */
  idealDate: IsoDate;
  /** Why `date` is not the requested weekday nearest `idealDate` (empty when it is). */
  adjustments: SeriesAdjustment[];
  /** The moves behind `adjustments`, first move first (one per reason), ending at `date`. */
  moves: SeriesMove[];
}

/** The outcome; a refused request carries an i18n code, never an exception. */
export type SeriesResult =
  | {
      ok: true;
      proposals: ProposedMeeting[];
      /** Meetings the period should hold in all. */
      targetCount: number;
      /** Of these, slots already covered by `existing`. */
      coveredByExisting: number;
      /** Slots no allowed day could be found for (e.g. every month avoided). */
      unplaced: number;
    }
  | { ok: false; error: { code: SeriesErrorCode; params: Record<string, string | number> } };

const DAYS_PER_YEAR = 365.25;

/**
 * Proposes meeting dates. Deterministic: the period is cut into `targetCount` equal slots
 * (`perYear` pro rata), each slot's ideal is its midpoint, existing meetings cover the slot
 * nearest them, and each open slot gets the requested weekday nearest its ideal (outside
 * avoided months and not already taken), moved to the next working day if it is not one.
 */
export function generateSeries(input: SeriesInput): SeriesResult {
  const invalid = validate(input);
  if (invalid) return { ok: false, error: invalid };
  const periodDays = daysBetween(input.from, input.to) + 1;
  const perYear = input.perYear ?? input.cadence.max;
  const targetCount = Math.round((perYear * periodDays) / DAYS_PER_YEAR);
  const ideals = Array.from({ length: targetCount }, (_, i) =>
    addDays(input.from, Math.floor(((2 * i + 1) * periodDays) / (2 * targetCount))),
  );
  const existing = [...(input.existing ?? [])]
    .filter((d) => d >= input.from && d <= input.to)
    .sort();
  const covered = coverSlots(ideals, existing);
  const taken = new Set(input.existing ?? []);
  const proposals: ProposedMeeting[] = [];
  ideals.forEach((ideal, slot) => {
    if (covered.has(slot)) return;
    const placed = placeSlot(ideal, input, taken);
    if (!placed) return;
    taken.add(placed.date);
    proposals.push({
      ...placed,
      idealDate: ideal,
      startsAt: zonedDateTime(placed.date, input.time),
    });
  });
  proposals.sort((a, b) => (a.date < b.date ? -1 : 1));
  const unplaced = targetCount - covered.size - proposals.length;
  return { ok: true, proposals, targetCount, coveredByExisting: covered.size, unplaced };
}

function validate(
  input: SeriesInput,
): { code: SeriesErrorCode; params: Record<string, string | number> } | null {
  const { from, to, cadence } = input;
  if (!IsoDateSchema.safeParse(from).success || !IsoDateSchema.safeParse(to).success || from > to) {
    return { code: 'series.invalidPeriod', params: { from, to } };
  }
  const { min, max } = cadence;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    return { code: 'series.invalidCadence', params: { min, max } };
  }
  const perYear = input.perYear ?? max;
  if (!Number.isInteger(perYear) || perYear < min || perYear > max) {
    return { code: 'series.countOutsideCadence', params: { perYear, min, max } };
  }
  if (!TIME_OF_DAY.test(input.time))
    return { code: 'series.invalidTime', params: { time: input.time } };
  return null;
}

/** Each existing meeting (in date order) covers the free slot whose ideal is nearest. */
function coverSlots(ideals: readonly IsoDate[], existing: readonly IsoDate[]): Set<number> {
  const covered = new Set<number>();
  for (const date of existing) {
    let best = -1;
    let bestDistance = Infinity;
    ideals.forEach((ideal, slot) => {
      const distance = Math.abs(daysBetween(ideal, date));
      if (!covered.has(slot) && distance < bestDistance) {
        best = slot;
        bestDistance = distance;
      }
    });
    if (best < 0) break;
    covered.add(best);
  }
  return covered;
}

/** The requested weekdays in the period, nearest `ideal` first (earlier on a tie). */
function weekdaysByDistance(ideal: IsoDate, input: SeriesInput): IsoDate[] {
  const offset = (input.weekday - isoWeekday(input.from) + 7) % 7;
  const days: IsoDate[] = [];
  for (let d = addDays(input.from, offset); d <= input.to; d = addDays(d, 7)) days.push(d);
  const distance = (d: IsoDate): number => Math.abs(daysBetween(ideal, d));
  return days.sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1));
}

function placeSlot(
  ideal: IsoDate,
  input: SeriesInput,
  taken: ReadonlySet<IsoDate>,
): { date: IsoDate; adjustments: SeriesAdjustment[]; moves: SeriesMove[] } | null {
  const closures = input.closures ?? DEFAULT_CLOSURE_DAYS;
  const avoid = new Set(input.avoidMonths ?? []);
  const moves = new Map<SeriesAdjustment, SeriesMove>();
  const moved = (reason: SeriesAdjustment, from: IsoDate) => {
    if (!moves.has(reason)) moves.set(reason, { reason, from });
  };
  for (const candidate of weekdaysByDistance(ideal, input)) {
    const date = nextWorkingDay(candidate, closures);
    const avoidedMonth = [candidate, date].find((d) => avoid.has(Number(d.slice(5, 7))));
    if (avoidedMonth) {
      moved('avoidedMonth', avoidedMonth);
    } else if (date > input.to) {
      continue;
    } else if (taken.has(date)) {
      moved('taken', date);
    } else {
      const reason = nonWorkingReason(candidate, closures);
      if (reason) moved(reason, candidate);
      return { date, adjustments: [...moves.keys()], moves: [...moves.values()] };
    }
  }
  return null;
}
