/**
 * When a meeting counts as held, and what that allows: decisions (and the minutes that carry
 * them) can only be recorded for a held meeting. Pure: no I/O; the day is always passed in.
 *
 * The rule: a meeting is held when it is not cancelled and its day has come (the meeting day
 * itself counts, so the minutes can be written during the meeting). A status set by hand does
 * not make a meeting held before its day. Writing minutes for a held meeting whose status still
 * says "agenda published" (or earlier) marks it held.
 */
import type { IsoDate } from '../../shared/dates';
import type { MeetingStatus } from '../../shared/meetings.enums';

/** The meeting facts the rule reads. */
export interface HeldFacts {
  /** The Danish calendar day the meeting starts on. */
  date: IsoDate;
  status: MeetingStatus;
}

/** Why minutes cannot be written for the meeting yet, or null when they can. */
export type NotHeldReason = 'meetingCancelled' | 'meetingNotHeld';

/** Why a decision cannot be recorded for the meeting on `today`; null when it can. */
export function decisionRefusal(meeting: HeldFacts, today: IsoDate): NotHeldReason | null {
  if (meeting.status === 'cancelled') return 'meetingCancelled';
  return meeting.date <= today ? null : 'meetingNotHeld';
}

/** True when the meeting counts as held on `today`. */
export function isMeetingHeld(meeting: HeldFacts, today: IsoDate): boolean {
  return decisionRefusal(meeting, today) === null;
}

const BEFORE_HELD: readonly MeetingStatus[] = ['planned', 'agendaDraft', 'agendaPublished'];

/**
 * The status a held meeting gets when minutes are written for it: `held` while its status still
 * says it lies ahead, else null (already held, minutes approved). Null too when it is not held.
 */
export function statusWhenMinutesWritten(meeting: HeldFacts, today: IsoDate): MeetingStatus | null {
  if (!isMeetingHeld(meeting, today)) return null;
  return BEFORE_HELD.includes(meeting.status) ? 'held' : null;
}
