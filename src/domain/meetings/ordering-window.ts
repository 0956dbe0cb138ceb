/**
 * The window an ordering rule asks for, and the search for a date that satisfies every rule.
 * One definition serves the check, its explanation and its suggestion, so they cannot disagree:
 * the window of a meeting on day D is `[from, D − minDays]` (both ends inclusive, calendar days),
 * `from` being `D − maxDays`, or without a max the day after the forum's previous meeting
 * before D (unbounded for its first meeting). A dependency meeting in the window satisfies the
 * rule; a suggestion is a working day on which every rule holds, recomputing the window (and
 * the previous own meeting) for that day.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import { nextWorkingDay, type ClosureDay } from './calendar';
import type { OrderingRule } from './ordering';

/** How far past the checked date a suggestion is searched, in calendar days (inclusive). */
export const SUGGESTION_HORIZON_DAYS = 366;

/** The days a suggestion is searched in: `[from, to]`, both inclusive. */
export interface SuggestionSearch {
  from: IsoDate;
  to: IsoDate;
}

/** The search range for a meeting on `date`. */
export function suggestionSearch(date: IsoDate): SuggestionSearch {
  return { from: date, to: addDays(date, SUGGESTION_HORIZON_DAYS) };
}

/** The window `[from, to]` a `dependsOn` meeting must fall in; `from: null` is unbounded. */
export function requiredWindow(
  rule: OrderingRule,
  date: IsoDate,
  previousOwnMeeting: IsoDate | null,
): { from: IsoDate | null; to: IsoDate } {
  const to = addDays(date, -rule.minDaysBetween);
  if (rule.maxDaysBetween != null) return { from: addDays(date, -rule.maxDaysBetween), to };
  return { from: previousOwnMeeting === null ? null : addDays(previousOwnMeeting, 1), to };
}

/**
 * A rule with the calendar it is checked against: the dependency's meeting dates and the
 * forum's own other meeting dates (without the meeting being checked), both sorted.
 */
export interface RuleCalendar {
  rule: OrderingRule;
  dependsOn: readonly IsoDate[];
  own: readonly IsoDate[];
}

/** The forum's latest own meeting strictly before `date`, or null. */
export function previousOwnMeeting(own: readonly IsoDate[], date: IsoDate): IsoDate | null {
  let found: IsoDate | null = null;
  for (const d of own) if (d < date && (found === null || d > found)) found = d;
  return found;
}

/** The rule's window for a meeting on `date`, with the previous own meeting it depends on. */
export interface RuleWindow {
  from: IsoDate | null;
  to: IsoDate;
  /** Set when the window opens after the forum's previous meeting (a rule without max). */
  previousOwn: IsoDate | null;
}

/** The window of `rc.rule` for a meeting on `date`. */
export function windowAt(rc: RuleCalendar, date: IsoDate): RuleWindow {
  const previous = rc.rule.maxDaysBetween == null ? previousOwnMeeting(rc.own, date) : null;
  return { ...requiredWindow(rc.rule, date, previous), previousOwn: previous };
}

const inWindow = (d: IsoDate, w: RuleWindow): boolean =>
  d <= w.to && (w.from === null || d >= w.from);

/** True when a dependency meeting lies in the rule's window for a meeting on `date`. */
export function isSatisfied(rc: RuleCalendar, date: IsoDate): boolean {
  const w = windowAt(rc, date);
  return rc.dependsOn.some((d) => inWindow(d, w));
}

/** The dependency meetings nearest the window: the latest before it and the first after it. */
export function nearestOutside(
  rc: RuleCalendar,
  w: RuleWindow,
): { earlier: IsoDate | null; later: IsoDate | null } {
  let earlier: IsoDate | null = null;
  let later: IsoDate | null = null;
  for (const d of rc.dependsOn) {
    if (w.from !== null && d < w.from && (earlier === null || d > earlier)) earlier = d;
    if (d > w.to && (later === null || d < later)) later = d;
  }
  return { earlier, later };
}

/**
 * The earliest working day in the search range of `date` on which every rule holds, or null.
 * Where the rules hold is a union of day ranges, each starting on `date` or on a dependency
 * meeting plus `minDays`; the first working day from each such start, in order, is tried.
 */
export function suggestDate(
  calendars: readonly RuleCalendar[],
  date: IsoDate,
  closures: readonly ClosureDay[],
): IsoDate | null {
  const search = suggestionSearch(date);
  const starts = new Set<IsoDate>([date]);
  for (const rc of calendars) {
    for (const d of rc.dependsOn) {
      const start = addDays(d, rc.rule.minDaysBetween);
      if (start > date && start <= search.to) starts.add(start);
    }
  }
  for (const start of [...starts].sort()) {
    const candidate = nextWorkingDay(start, closures);
    if (candidate > search.to) break;
    if (calendars.every((rc) => isSatisfied(rc, candidate))) return candidate;
  }
  return null;
}

/** The rules that no working day of the search range satisfies, even taken alone. */
export function unmetRules(
  calendars: readonly RuleCalendar[],
  date: IsoDate,
  closures: readonly ClosureDay[],
): OrderingRule[] {
  return calendars.filter((rc) => suggestDate([rc], date, closures) === null).map((rc) => rc.rule);
}
