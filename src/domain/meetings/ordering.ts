/**
 * Ordering rules between fora, declared as data (seed 004): SSU meets after KKR so KKR can give
 * a joint municipal mandate; municipal pre-meetings come before SSU; TSS prepares SSU; the
 * officials' committee is the pre-meeting for TSS. Checks return warnings, never errors: a
 * secretariat may knowingly break a rule.
 */
import { z } from 'zod';
import { addDays, type IsoDate } from '../../shared/dates';
import {
  OrderingRuleKindSchema,
  type OrderingRuleKind,
  type OrderingWarningCode,
} from '../../shared/meetings.enums';
import {
  DEFAULT_CLOSURE_DAYS,
  nextWorkingDay,
  nonWorkingReason,
  type ClosureDay,
} from './calendar';

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

interface RuleContext {
  rule: OrderingRule;
  dependsOn: readonly IsoDate[];
  previousOwn: IsoDate | null;
}

function isSatisfied(ctx: RuleContext, date: IsoDate): boolean {
  const { from, to } = requiredWindow(ctx.rule, date, ctx.previousOwn);
  return ctx.dependsOn.some((d) => d <= to && (from === null || d >= from));
}

function ruleContexts(
  meeting: MeetingToCheck,
  rules: readonly OrderingRule[],
  meetingsByForum: MeetingsByForum,
): RuleContext[] {
  const own = (meetingsByForum[meeting.forumId] ?? []).filter((m) => m.id !== meeting.id);
  const earlier = own.map((m) => m.date).filter((d) => d < meeting.date);
  const previousOwn = earlier.length > 0 ? earlier.reduce((a, b) => (a > b ? a : b)) : null;
  return rules
    .filter((r) => r.forumId === meeting.forumId && r.dependsOnForumId !== r.forumId)
    .map((rule) => ({
      rule,
      previousOwn,
      dependsOn: (meetingsByForum[rule.dependsOnForumId] ?? []).map((m) => m.date).sort(),
    }));
}

/** Earliest working day ≥ `date` on which every rule holds (null when none is in sight). */
function suggest(
  contexts: readonly RuleContext[],
  date: IsoDate,
  closures: readonly ClosureDay[],
): IsoDate | null {
  const starts = new Set<IsoDate>([date]);
  for (const ctx of contexts) {
    for (const d of ctx.dependsOn) {
      const start = addDays(d, ctx.rule.minDaysBetween);
      if (start > date) starts.add(start);
    }
  }
  for (const start of [...starts].sort()) {
    const candidate = nextWorkingDay(start, closures);
    if (contexts.every((ctx) => isSatisfied(ctx, candidate))) return candidate;
  }
  return null;
}

function warningFor(ctx: RuleContext, date: IsoDate): Omit<OrderingWarning, 'suggestedDate'> {
  const { rule } = ctx;
  const { from, to } = requiredWindow(rule, date, ctx.previousOwn);
  const params: Record<string, string | number> = {
    forumId: rule.forumId,
    dependsOnForumId: rule.dependsOnForumId,
    date,
    minDays: rule.minDaysBetween,
    windowTo: to,
  };
  if (rule.maxDaysBetween != null) params.maxDays = rule.maxDaysBetween;
  if (from !== null) params.windowFrom = from;
  const tooLate = ctx.dependsOn.find((d) => d > to && (from === null || d >= from));
  if (tooLate !== undefined) params.dependsOnDate = tooLate;
  const code: OrderingWarningCode =
    rule.kind === 'after'
      ? tooLate !== undefined
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
 * earliest working day on or after `meeting.date` that satisfies every rule (e.g. SSU planned
 * before the KKR meeting it depends on → the first working day ≥ KKR date + minDays).
 */
export function checkMeeting(
  meeting: MeetingToCheck,
  rules: readonly OrderingRule[],
  meetingsByForum: MeetingsByForum,
  closures: readonly ClosureDay[] = DEFAULT_CLOSURE_DAYS,
): OrderingWarning[] {
  const contexts = ruleContexts(meeting, rules, meetingsByForum);
  const broken = contexts.filter((ctx) => !isSatisfied(ctx, meeting.date));
  const reason = nonWorkingReason(meeting.date, closures);
  if (broken.length === 0 && reason === null) return [];
  const suggestedDate = suggest(contexts, meeting.date, closures);
  const warnings: OrderingWarning[] = broken.map((ctx) => ({
    ...warningFor(ctx, meeting.date),
    suggestedDate,
  }));
  if (reason !== null) {
    warnings.push({
      ruleId: null,
      code: 'calendar.nonWorkingDay',
      params: { forumId: meeting.forumId, date: meeting.date, reason },
      suggestedDate,
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
