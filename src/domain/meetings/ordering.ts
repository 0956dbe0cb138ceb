/**
 * Ordering rules between fora, declared as data (seed 004): SSU meets after KKR so KKR can give
 * a joint municipal mandate; municipal pre-meetings come before SSU; TSS prepares SSU; the
 * officials' committee is the pre-meeting for TSS. Checks return warnings, never errors: a
 * secretariat may knowingly break a rule.
 */
import { z } from 'zod';
import type { IsoDate } from '../../shared/dates';
import {
  OrderingRuleKindSchema,
  type OrderingRuleKind,
  type OrderingWarningCode,
} from '../../shared/meetings.enums';
import { DEFAULT_CLOSURE_DAYS, nonWorkingReason, type ClosureDay } from './calendar';
import {
  isSatisfied,
  nearestOutside,
  suggestDate,
  suggestionSearch,
  unmetRules,
  windowAt,
  type RuleCalendar,
} from './ordering-window';

export { requiredWindow, SUGGESTION_HORIZON_DAYS } from './ordering-window';

/**
 * A rule: each meeting of `forumId` (the dependent, e.g. SSU) needs a meeting of
 * `dependsOnForumId` (e.g. KKR, TSS) held between `maxDaysBetween` and `minDaysBetween` days
 * before it. Without `maxDaysBetween` the window opens the day after the dependent forum's
 * previous meeting ("since our last meeting"), or is unbounded for its first meeting. The kinds
 * share this check and differ in meaning, message and use: `preMeeting`/`prepares` form the
 * preparation chain that agenda deadlines walk down.
 */
export interface OrderingRule {
  id: string;
  kind: OrderingRuleKind;
  forumId: string;
  dependsOnForumId: string;
  minDaysBetween: number;
  maxDaysBetween?: number | null;
}

/** Zod schema for an ordering rule. */
export const OrderingRuleSchema = z
  .object({
    id: z.string().min(1),
    kind: OrderingRuleKindSchema,
    forumId: z.string().min(1),
    dependsOnForumId: z.string().min(1),
    minDaysBetween: z.number().int().min(0),
    maxDaysBetween: z.number().int().min(0).nullable().optional(),
  })
  .refine((r) => r.maxDaysBetween == null || r.maxDaysBetween >= r.minDaysBetween, {
    message: 'maxDaysBetween must be at least minDaysBetween',
    path: ['maxDaysBetween'],
  })
  .refine((r) => r.forumId !== r.dependsOnForumId, {
    message: 'a forum cannot depend on itself',
    path: ['dependsOnForumId'],
  });

/** A dated meeting of a forum (cancelled meetings are left out by the caller). */
export interface ScheduledMeeting {
  id: string;
  forumId: string;
  date: IsoDate;
}

/** Meetings per forum id. */
export type MeetingsByForum = Readonly<Record<string, readonly { id: string; date: IsoDate }[]>>;

/** A scheduling warning; `code` is an i18n key, `params` its interpolation values. */
export interface OrderingWarning {
  /** The broken rule, or null for a calendar warning (non-working day). */
  ruleId: string | null;
  code: OrderingWarningCode;
  params: Record<string, string | number>;
  /** Earliest working day on or after the checked date satisfying every rule, if any is known. */
  suggestedDate: IsoDate | null;
  /** Set exactly when `suggestedDate` is null: why no date was suggested. */
  noSuggestion: NoSuggestion | null;
}

/**
 * Why no date was suggested: the days searched (inclusive) and the rules that no working day
 * there meets even on its own (empty: each rule can be met, but not all on one working day).
 */
export interface NoSuggestion {
  searchFrom: IsoDate;
  searchTo: IsoDate;
  unmetRuleIds: string[];
}

/** The meeting to check; give `id` when an existing meeting is being moved. */
export interface MeetingToCheck {
  id?: string;
  forumId: string;
  date: IsoDate;
}

/** Groups meetings by forum id, each list sorted by date. */
export function groupMeetingsByForum(meetings: readonly ScheduledMeeting[]): MeetingsByForum {
  const byForum: Record<string, { id: string; date: IsoDate }[]> = {};
  for (const m of meetings) (byForum[m.forumId] ??= []).push({ id: m.id, date: m.date });
  for (const list of Object.values(byForum)) list.sort((a, b) => (a.date < b.date ? -1 : 1));
  return byForum;
}

/** The rule calendars of a meeting: the rules where its forum is the dependent. */
function ruleCalendars(
  meeting: MeetingToCheck,
  rules: readonly OrderingRule[],
  meetingsByForum: MeetingsByForum,
): RuleCalendar[] {
  const own = (meetingsByForum[meeting.forumId] ?? [])
    .filter((m) => m.id !== meeting.id)
    .map((m) => m.date)
    .sort();
  return rules
    .filter((r) => r.forumId === meeting.forumId && r.dependsOnForumId !== r.forumId)
    .map((rule) => ({
      rule,
      own,
      dependsOn: (meetingsByForum[rule.dependsOnForumId] ?? []).map((m) => m.date).sort(),
    }));
}

function warningFor(
  rc: RuleCalendar,
  date: IsoDate,
): Omit<OrderingWarning, 'suggestedDate' | 'noSuggestion'> {
  const { rule } = rc;
  const window = windowAt(rc, date);
  const params: Record<string, string | number> = {
    forumId: rule.forumId,
    dependsOnForumId: rule.dependsOnForumId,
    date,
    minDays: rule.minDaysBetween,
    windowTo: window.to,
  };
  if (rule.maxDaysBetween != null) params.maxDays = rule.maxDaysBetween;
  if (window.from !== null) params.windowFrom = window.from;
  if (window.previousOwn !== null) params.previousOwnDate = window.previousOwn;
  const { earlier, later } = nearestOutside(rc, window);
  if (later !== null) params.dependsOnDate = later;
  if (earlier !== null) params.dependsOnEarlierDate = earlier;
  const code: OrderingWarningCode =
    rule.kind === 'after'
      ? later !== null
        ? 'ordering.afterTooSoon'
        : 'ordering.afterMissing'
      : rule.kind === 'preMeeting'
        ? 'ordering.preMeetingMissing'
        : 'ordering.preparesMissing';
  return { ruleId: rule.id, code, params };
}

/**
 * Checks one meeting (new or moved) against the rules where its forum is the dependent, and
 * against the working-day calendar. All warnings of one call share one `suggestedDate`: the
 * earliest working day from `meeting.date` to {@link SUGGESTION_HORIZON_DAYS} days later on
 * which every rule holds (e.g. SSU planned before the KKR meeting it depends on → the first
 * working day ≥ KKR date + minDays). Without one, `noSuggestion` says where Samspil looked and
 * which rules no day there meets.
 */
export function checkMeeting(
  meeting: MeetingToCheck,
  rules: readonly OrderingRule[],
  meetingsByForum: MeetingsByForum,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): OrderingWarning[] {
  const calendars = ruleCalendars(meeting, rules, meetingsByForum);
  const broken = calendars.filter((rc) => !isSatisfied(rc, meeting.date));
  const reason = nonWorkingReason(meeting.date, closures);
  if (broken.length === 0 && reason === null) return [];
  const suggestedDate = suggestDate(calendars, meeting.date, closures);
  const search = suggestionSearch(meeting.date);
  const noSuggestion: NoSuggestion | null =
    suggestedDate !== null
      ? null
      : {
          searchFrom: search.from,
          searchTo: search.to,
          unmetRuleIds: unmetRules(calendars, meeting.date, closures).map((r) => r.id),
        };
  const warnings: OrderingWarning[] = broken.map((rc) => ({
    ...warningFor(rc, meeting.date),
    suggestedDate,
    noSuggestion,
  }));
  if (reason !== null) {
    warnings.push({
      ruleId: null,
      code: 'calendar.nonWorkingDay',
      params: { forumId: meeting.forumId, date: meeting.date, reason },
      suggestedDate,
      noSuggestion,
    });
  }
  return warnings;
}

/** A warning about one meeting of a calendar. */
export type CalendarWarning = OrderingWarning & { meetingId: string };

/** Checks every meeting of a calendar; warnings ordered by meeting date, then forum id. */
export function checkCalendar(
  allMeetings: readonly ScheduledMeeting[],
  rules: readonly OrderingRule[],
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): CalendarWarning[] {
  const byForum = groupMeetingsByForum(allMeetings);
  const ordered = [...allMeetings].sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.forumId < b.forumId
          ? -1
          : a.forumId > b.forumId
            ? 1
            : 0,
  );
  return ordered.flatMap((m) =>
    checkMeeting(m, rules, byForum, closures).map((w) => ({ ...w, meetingId: m.id })),
  );
}
