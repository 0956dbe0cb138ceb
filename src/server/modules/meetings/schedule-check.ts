/**
 * The pure part of the scheduling check: the calendar before and after a change, the warnings
 * of the changed meetings, and the warnings the change newly causes for meetings of fora that
 * depend on the changed ones.
 */
import type { IsoDate } from '../../../shared/dates';
import {
  checkMeeting,
  groupMeetingsByForum,
  type ClosureDay,
  type MeetingsByForum,
  type OrderingRule,
  type OrderingWarning,
  type ScheduledMeeting,
} from '../../../domain/meetings/index';

/** A meeting being created (no id) or moved (with id). */
export interface ScheduleChange {
  meetingId?: string;
  forumId: string;
  date: IsoDate;
}

/** A warning and the meeting it is about (null for a meeting being created). */
export interface FoundWarning {
  meetingId: string | null;
  warning: OrderingWarning;
}

interface Calendars {
  ids: string[];
  movedIds: Set<string>;
  after: ScheduledMeeting[];
  beforeByForum: MeetingsByForum;
  afterByForum: MeetingsByForum;
}

function calendars(
  before: readonly ScheduledMeeting[],
  changes: readonly ScheduleChange[],
): Calendars {
  const movedIds = new Set(changes.flatMap((c) => (c.meetingId ? [c.meetingId] : [])));
  const ids = changes.map((c, i) => c.meetingId ?? `new:${i}`);
  const after = [
    ...before.filter((m) => !movedIds.has(m.id)),
    ...changes.map((c, i) => ({ id: ids[i] as string, forumId: c.forumId, date: c.date })),
  ];
  return {
    ids,
    movedIds,
    after,
    beforeByForum: groupMeetingsByForum(before),
    afterByForum: groupMeetingsByForum(after),
  };
}

/** The first day a change touches: the earliest new or old date. */
function firstTouchedDay(
  before: readonly ScheduledMeeting[],
  changes: readonly ScheduleChange[],
  moved: ReadonlySet<string>,
): IsoDate {
  const dates = [
    ...changes.map((c) => c.date),
    ...before.filter((m) => moved.has(m.id)).map((m) => m.date),
  ];
  return dates.sort()[0] ?? '';
}

const keyOf = (meetingId: string, w: OrderingWarning): string =>
  `${meetingId}|${w.ruleId ?? ''}|${w.code}`;

/**
 * Warnings for a set of changes against the calendar `before` (active meetings of every forum
 * the rules involve): the changed meetings' own warnings first, then rule warnings that are new
 * for meetings of dependent fora on or after the first day the change touches.
 */
export function scheduleWarnings(
  before: readonly ScheduledMeeting[],
  changes: readonly ScheduleChange[],
  rules: readonly OrderingRule[],
  closures: readonly ClosureDay[],
): FoundWarning[] {
  const cal = calendars(before, changes);
  const found: FoundWarning[] = changes.flatMap((c, i) =>
    checkMeeting(
      { id: cal.ids[i] as string, forumId: c.forumId, date: c.date },
      rules,
      cal.afterByForum,
      closures,
    ).map((warning) => ({ meetingId: c.meetingId ?? null, warning })),
  );
  const changedForums = new Set(changes.map((c) => c.forumId));
  const dependentForums = new Set(
    rules.filter((r) => changedForums.has(r.dependsOnForumId)).map((r) => r.forumId),
  );
  const from = firstTouchedDay(before, changes, cal.movedIds);
  const dependents = cal.after.filter(
    (m) =>
      dependentForums.has(m.forumId) &&
      !cal.movedIds.has(m.id) &&
      !m.id.startsWith('new:') &&
      m.date >= from,
  );
  for (const m of dependents) {
    const known = new Set(
      checkMeeting(m, rules, cal.beforeByForum, closures).map((w) => keyOf(m.id, w)),
    );
    for (const warning of checkMeeting(m, rules, cal.afterByForum, closures)) {
      if (warning.ruleId !== null && !known.has(keyOf(m.id, warning)))
        found.push({ meetingId: m.id, warning });
    }
  }
  return found;
}
