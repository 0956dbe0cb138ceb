/**
 * The check both demo calendars' tests make for the browser journey (e2e/meetings.spec.ts): on
 * each day, a KKR meeting on the journey's day D and the follower forum (the SSU, or from the
 * reform Sundhedsråd Fyn) tried on D − 5 must warn and suggest D + 1. Returns the days on which
 * that does not hold, with what was suggested.
 */
import { addDays, type IsoDate } from '../../../shared/dates';
import {
  checkMeeting,
  groupMeetingsByForum,
  isWorkingDay,
  type OrderingRule,
  type ScheduledMeeting,
} from '../../../domain/meetings/index';

export function journeyWarningMisses(input: {
  days: readonly IsoDate[];
  /** The journey's KKR meeting day on a day. */
  kkrDay: (today: IsoDate) => IsoDate;
  /** The demo's meetings on a day (forum ids are template keys). */
  scheduled: (today: IsoDate) => ScheduledMeeting[];
  rules: readonly OrderingRule[];
  followerForumKey: string;
}): string[] {
  const e2eRule: OrderingRule = {
    id: 'e2e',
    kind: 'after',
    forumId: input.followerForumKey,
    dependsOnForumId: 'kkr',
    minDaysBetween: 1,
    maxDaysBetween: 30,
  };
  return input.days.flatMap((today) => {
    const kkr = input.kkrDay(today);
    // Around holidays the journey's own dates are not working days; it cannot pass then.
    if (![kkr, addDays(kkr, 1), addDays(kkr, -5)].every((d) => isWorkingDay(d))) return [];
    const meetings = [...input.scheduled(today), { id: 'e2e-kkr', forumId: 'kkr', date: kkr }];
    const warnings = checkMeeting(
      { forumId: input.followerForumKey, date: addDays(kkr, -5) },
      [...input.rules, e2eRule],
      groupMeetingsByForum(meetings),
    );
    const suggested = warnings[0]?.suggestedDate ?? null;
    return suggested === addDays(kkr, 1) ? [] : [`${today}: ${suggested ?? 'no warning'}`];
  });
}
