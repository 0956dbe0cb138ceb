/**
 * A consultation's internal deadlines, computed backwards from its external deadline along the
 * fora that must see the response before it is sent (drafting forum first, e.g. cluster forum →
 * officials' committee). The last forum must meet before the external deadline; every forum
 * before it must meet in time for the next one's agenda. Where a forum has a known meeting, its
 * agenda deadline is that forum's internal deadline; where none is known, the latest day a
 * meeting could be held gives an upper bound. The agenda-deadline walk is the meetings domain's
 * (`computeAgendaDeadlines`): working days, Danish holidays, closure days, ordering rules.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import {
  computeAgendaDeadlines,
  DEFAULT_CLOSURE_DAYS,
  previousWorkingDay,
  type ClosureDay,
  type DeadlineStep,
  type MeetingsByForum,
  type OrderingRule,
} from '../meetings/index';

/** What a consultation's deadline plan is computed from. */
export interface ConsultationDeadlineInput {
  /** The day the response must reach the sender. */
  externalDeadline: IsoDate;
  /** The drafting forum first, then the fora that must see the response, in order. */
  fora: readonly string[];
  /** Per forum id: working days before a meeting that its agenda closes. */
  agendaDeadlineWorkingDays: Readonly<Record<string, number>>;
  rules?: readonly OrderingRule[];
  meetingsByForum: MeetingsByForum;
  closures?: readonly ClosureDay[];
  /**
   * Meetings before this day are left out (the day the consultation is planned): a meeting
   * that has already been held cannot treat the draft.
   */
  from?: IsoDate;
}

/** One forum's internal deadline. */
export interface ConsultationDeadlineStep {
  forumId: string;
  /** The meeting the draft must be on, or null when no meeting is known in time. */
  meetingId: string | null;
  meetingDate: IsoDate | null;
  /** The latest day a meeting of the forum can be held and still be in time. */
  latestMeetingDate: IsoDate;
  /** The internal deadline: the last day the draft can go on this forum's agenda. */
  deadline: IsoDate;
}

/** The plan: the fora in order, the contribution deadline and the external deadline. */
export interface ConsultationDeadlines {
  steps: ConsultationDeadlineStep[];
  /** The first internal deadline: contributions from the parties close at the end of it. */
  contributionDeadline: IsoDate;
  externalDeadline: IsoDate;
  /** True when every forum has a known meeting in time. */
  complete: boolean;
}

/** Why a plan cannot be made. */
export type ConsultationDeadlineError = 'noFora' | 'repeatedForum';

/** Checks the fora of a plan: at least one, none twice. */
export function checkConsultationFora(fora: readonly string[]): ConsultationDeadlineError | null {
  if (fora.length === 0) return 'noFora';
  return new Set(fora).size === fora.length ? null : 'repeatedForum';
}

/**
 * The internal deadlines (see the file comment). The last forum's target is its latest known
 * meeting before the external deadline; without one, the working day before the deadline.
 */
export function computeConsultationDeadlines(
  input: ConsultationDeadlineInput,
): ConsultationDeadlines {
  const problem = checkConsultationFora(input.fora);
  if (problem) throw new Error(`consultation deadlines: ${problem}`);
  const closures = input.closures ?? DEFAULT_CLOSURE_DAYS;
  const from = input.from;
  const meetingsByForum: MeetingsByForum =
    from === undefined
      ? input.meetingsByForum
      : Object.fromEntries(
          Object.entries(input.meetingsByForum).map(([f, list]) => [
            f,
            list.filter((m) => m.date >= from),
          ]),
        );
  const lastForum = input.fora.at(-1) as string;
  const latest = previousWorkingDay(addDays(input.externalDeadline, -1), closures);
  const meeting = (meetingsByForum[lastForum] ?? [])
    .filter((m) => m.date <= latest)
    .reduce<{ id: string; date: IsoDate } | null>(
      (best, m) => (best === null || m.date > best.date ? m : best),
      null,
    );
  const plan = computeAgendaDeadlines({
    target: meeting
      ? { forumId: lastForum, date: meeting.date, meetingId: meeting.id }
      : { forumId: lastForum, date: latest },
    chain: input.fora,
    agendaDeadlineWorkingDays: input.agendaDeadlineWorkingDays,
    rules: input.rules ?? [],
    meetingsByForum,
    closures,
  });
  const steps = plan.steps.map((s: DeadlineStep, i): ConsultationDeadlineStep => {
    const isTarget = i === plan.steps.length - 1;
    const known = isTarget ? meeting !== null : s.meetingDate !== null;
    return {
      forumId: s.forumId,
      meetingId: known ? (isTarget ? (meeting?.id ?? null) : s.meetingId) : null,
      meetingDate: known ? s.meetingDate : null,
      latestMeetingDate: s.latestMeetingDate,
      deadline: s.agendaDeadline,
    };
  });
  return {
    steps,
    contributionDeadline: steps[0]!.deadline,
    externalDeadline: input.externalDeadline,
    complete: steps.every((s) => s.meetingId !== null),
  };
}

/** True while a contribution may still be added or changed on `on` (the deadline inclusive). */
export function contributionOpen(contributionDeadline: IsoDate, on: IsoDate): boolean {
  return on <= contributionDeadline;
}
