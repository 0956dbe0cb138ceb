/**
 * Agenda deadlines computed backwards along a preparation chain, so that a case raised in a
 * cluster knows which meeting it must be on at every step and the latest day it can be
 * submitted (e.g. cluster administrative forum → officials' committee → TSS → SSU).
 */
import { addDays, type IsoDate } from '../../shared/dates';
import {
  addWorkingDays,
  DEFAULT_CLOSURE_DAYS,
  previousWorkingDay,
  type ClosureDay,
} from './calendar';
import { minDate } from './day-math';
import type { MeetingsByForum, OrderingRule } from './ordering';
import { preparationRule } from './ordering-rules';

/** Working days before a meeting that its agenda closes, when a forum has no setting. */
export const DEFAULT_AGENDA_DEADLINE_WORKING_DAYS = 10;

/** What a deadline plan is computed from. */
export interface DeadlineInput {
  /** The meeting the case aims for, e.g. SSU on a date. */
  target: { forumId: string; date: IsoDate; meetingId?: string };
  /**
   * Fora from the lowest (where the case starts) up to the target's forum, e.g. from
   * `findPreparationChain` or a case route. The target's forum is appended when missing.
   */
  chain: readonly string[];
  /** Per forum id: working days before a meeting that its agenda closes. */
  agendaDeadlineWorkingDays: Readonly<Record<string, number>>;
  /** Used for fora missing above; default {@link DEFAULT_AGENDA_DEADLINE_WORKING_DAYS}. */
  defaultAgendaDeadlineWorkingDays?: number;
  /** Ordering rules; the `preMeeting`/`prepares` rule of each link narrows its window. */
  rules: readonly OrderingRule[];
  /** Known meetings per forum. */
  meetingsByForum: MeetingsByForum;
  closures?: readonly ClosureDay[];
  /** When given, steps whose agenda deadline is before it are marked `isPast`. */
  today?: IsoDate;
}

/** One step of the plan: the meeting a case must be on in one forum, and its deadline. */
export interface DeadlineStep {
  forumId: string;
  /** The latest known meeting that still reaches the next step, or null when none is known. */
  meetingId: string | null;
  meetingDate: IsoDate | null;
  /** The latest working day a meeting of this forum can be held and still be in time. */
  latestMeetingDate: IsoDate;
  /** The earliest day that counts (the rule's max days), null when unbounded. */
  earliestMeetingDate: IsoDate | null;
  /**
   * Last day to submit the case to this forum: the agenda deadline of `meetingDate`, or, when
   * no meeting is known, of a meeting held on `latestMeetingDate` (an upper bound).
   */
  agendaDeadline: IsoDate;
  /** The ordering rule of the link to the next step, if one is declared. */
  ruleId: string | null;
  /** True when `today` is after `agendaDeadline`. */
  isPast: boolean;
}

/** A deadline plan, lowest forum first and the target last. */
export interface DeadlinePlan {
  steps: DeadlineStep[];
  /** The first step's agenda deadline: the latest day the case can be raised and still make it. */
  latestSubmissionDate: IsoDate;
  /** True when every step has a known meeting. */
  complete: boolean;
}

/**
 * Walks the chain backwards from the target meeting. At each link `lower → upper` the lower
 * meeting must fall on or before the upper's agenda deadline and at least the rule's
 * `minDaysBetween` before the upper meeting (and, with `maxDaysBetween`, not earlier than that);
 * the latest such known meeting is chosen, because it gives the case the most time.
 */
export function computeAgendaDeadlines(input: DeadlineInput): DeadlinePlan {
  const closures = input.closures ?? DEFAULT_CLOSURE_DAYS;
  const chain =
    input.chain.at(-1) === input.target.forumId
      ? [...input.chain]
      : [...input.chain, input.target.forumId];
  const workingDays = (forumId: string): number =>
    input.agendaDeadlineWorkingDays[forumId] ??
    input.defaultAgendaDeadlineWorkingDays ??
    DEFAULT_AGENDA_DEADLINE_WORKING_DAYS;
  const isPast = (deadline: IsoDate): boolean =>
    input.today !== undefined && input.today > deadline;

  const targetDeadline = addWorkingDays(
    input.target.date,
    -workingDays(input.target.forumId),
    closures,
  );
  const targetMeeting = (input.meetingsByForum[input.target.forumId] ?? []).find(
    (m) =>
      m.id === input.target.meetingId ||
      (input.target.meetingId === undefined && m.date === input.target.date),
  );
  const steps: DeadlineStep[] = [
    {
      forumId: input.target.forumId,
      meetingId: input.target.meetingId ?? targetMeeting?.id ?? null,
      meetingDate: input.target.date,
      latestMeetingDate: input.target.date,
      earliestMeetingDate: null,
      agendaDeadline: targetDeadline,
      ruleId: null,
      isPast: isPast(targetDeadline),
    },
  ];
  for (let i = chain.length - 2; i >= 0; i -= 1) {
    const upper = steps[0]!;
    const step = lowerStep(chain[i]!, upper, input, closures);
    const deadline = addWorkingDays(
      step.meetingDate ?? step.latestMeetingDate,
      -workingDays(step.forumId),
      closures,
    );
    steps.unshift({ ...step, agendaDeadline: deadline, isPast: isPast(deadline) });
  }
  return {
    steps,
    latestSubmissionDate: steps[0]!.agendaDeadline,
    complete: steps.every((s) => s.meetingDate !== null),
  };
}

function lowerStep(
  forumId: string,
  upper: DeadlineStep,
  input: DeadlineInput,
  closures: readonly ClosureDay[],
): Omit<DeadlineStep, 'agendaDeadline' | 'isPast'> {
  const upperDate = upper.meetingDate ?? upper.latestMeetingDate;
  const rule = preparationRule(forumId, upper.forumId, input.rules);
  const bound = minDate(upper.agendaDeadline, addDays(upperDate, -(rule?.minDaysBetween ?? 0)));
  const earliest = rule?.maxDaysBetween != null ? addDays(upperDate, -rule.maxDaysBetween) : null;
  const candidates = (input.meetingsByForum[forumId] ?? []).filter(
    (m) => m.date <= bound && (earliest === null || m.date >= earliest),
  );
  const meeting = candidates.reduce<{ id: string; date: IsoDate } | null>(
    (best, m) => (best === null || m.date > best.date ? m : best),
    null,
  );
  return {
    forumId,
    meetingId: meeting?.id ?? null,
    meetingDate: meeting?.date ?? null,
    latestMeetingDate: previousWorkingDay(bound, closures),
    earliestMeetingDate: earliest,
    ruleId: rule?.id ?? null,
  };
}

/**
 * The first meeting of the target forum, on or after `today`, that a case starting at
 * `chain[0]` today can still reach with every step on a known meeting; null when none can.
 */
export function findEarliestReachableTarget(
  input: Omit<DeadlineInput, 'target' | 'today'> & { targetForumId: string; today: IsoDate },
): DeadlinePlan | null {
  const targets = (input.meetingsByForum[input.targetForumId] ?? [])
    .filter((m) => m.date >= input.today)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const t of targets) {
    const plan = computeAgendaDeadlines({
      ...input,
      target: { forumId: input.targetForumId, date: t.date, meetingId: t.id },
    });
    if (plan.complete && plan.latestSubmissionDate >= input.today) return plan;
  }
  return null;
}
