/**
 * Bringing history in (issue 12 point 6): the pure check of a case recorded with its real past
 * dates, before anything is written. The dates must be in order (raised on or before each
 * meeting, the meetings ascending along the route, nothing after `today`), each forum must
 * exist in the collaboration on its day (the organisation as of that day), the ordering rules
 * between fora must hold among the recorded meetings and against the existing ones, and
 * decisions are made at held (past) meetings only. Finally the case's own route rules are run
 * through the cases domain (createCase, placeOnAgenda, recordRecommendation, recordDecision,
 * skipStep) with the very dates the server will use, so a record that passes here is accepted
 * by the server's transitions too.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { HistoryCase, HistoryStep } from '../../shared/history.contract';
import type { MeetingStatus } from '../../shared/meetings.enums';
import {
  createCase,
  placeOnAgenda,
  recordDecision,
  recordRecommendation,
  skipStep,
  type Case,
  type CaseResult,
} from '../cases/index';
import {
  checkCalendar,
  nonWorkingReason,
  type ClosureDay,
  type OrderingRule,
  type ScheduledMeeting,
} from '../meetings/index';
import type { HistoryIssue } from './codes';

/** An existing meeting a step refers to. */
export interface ExistingMeetingFacts {
  id: string;
  forumId: string;
  date: IsoDate;
  status: MeetingStatus;
  /** Its agenda can still take items (not yet published). */
  agendaOpen: boolean;
}

/** What the check needs to know about the stored world; loaded by the caller. */
export interface HistoryContext {
  /** The day the record is made: no recorded date may lie after it. */
  today: IsoDate;
  collaborationId: string;
  /**
   * The collaboration of each forum valid on each day the record names (see
   * {@link forumDaysOf}), keyed by {@link forumDayKey}; a missing key: not there that day.
   */
  foraOn: ReadonlyMap<string, string>;
  /** The existing meetings the steps refer to, by id. */
  meetings: ReadonlyMap<string, ExistingMeetingFacts>;
  /** The ordering rules touching the route's fora. */
  rules: readonly OrderingRule[];
  /** Active (not cancelled) meetings of every forum those rules involve. */
  scheduled: readonly ScheduledMeeting[];
  closures: readonly ClosureDay[];
}

/** A step's meeting as it will be: an existing one, or one to create. */
export interface PlannedMeeting {
  /** 1-based step number. */
  step: number;
  forumId: string;
  date: IsoDate;
  existingId: string | null;
}

/** The outcome: problems block the record; warnings are shown and do not. */
export interface CheckedHistory {
  problems: HistoryIssue[];
  warnings: HistoryIssue[];
  meetings: PlannedMeeting[];
  /** The case as the cases domain records it (with a placeholder id), when no problems. */
  simulated: Case | null;
}

/** Key of a forum on a day in {@link HistoryContext.foraOn}. */
export function forumDayKey(forumId: string, date: IsoDate): string {
  return `${forumId}@${date}`;
}

/** The day of a step's meeting, or null (none, or an unknown existing meeting). */
function meetingDate(step: HistoryStep, meetings: HistoryContext['meetings']): IsoDate | null {
  if (!step.meeting) return null;
  if ('existingMeetingId' in step.meeting)
    return meetings.get(step.meeting.existingMeetingId)?.date ?? null;
  return step.meeting.date;
}

/** The (forum, day) pairs whose existence the caller must look up for {@link HistoryContext}. */
export function forumDaysOf(
  record: Pick<HistoryCase, 'raisedInForumId' | 'raisedOn' | 'steps'>,
  meetings: HistoryContext['meetings'],
): { forumId: string; date: IsoDate }[] {
  const pairs = [{ forumId: record.raisedInForumId, date: record.raisedOn }];
  for (const step of record.steps) {
    // The route is laid when the case is raised (every forum then), and each forum meets later.
    pairs.push({ forumId: step.forumId, date: record.raisedOn });
    const date = step.skipped ? null : meetingDate(step, meetings);
    if (date !== null) pairs.push({ forumId: step.forumId, date });
  }
  return pairs;
}

/**
 * The day a step is placed on its meeting's agenda (and its recommendation made): two weeks
 * before the meeting, but not before the case's latest change.
 */
export function placedOn(latest: IsoDate, meeting: IsoDate): IsoDate {
  const wanted = addDays(meeting, -14);
  return wanted > latest ? wanted : latest;
}

/** The latest day of the case's trail. */
export function latestOn(c: Case): IsoDate {
  return c.events.reduce((max, e) => (e.on > max ? e.on : max), c.raisedOn);
}

const issue = (code: HistoryIssue['code'], params: HistoryIssue['params']): HistoryIssue => ({
  code,
  params,
});

/** Dates: nothing ahead of today; meetings on or after the raising day and ascending. */
function checkDates(record: HistoryCase, ctx: HistoryContext, planned: PlannedMeeting[]) {
  const problems: HistoryIssue[] = [];
  if (record.raisedOn > ctx.today)
    problems.push(issue('history.raisedInFuture', { date: record.raisedOn, today: ctx.today }));
  /** The latest meeting so far along the route. */
  let previous: PlannedMeeting | null = null;
  for (const m of planned) {
    if (m.date > ctx.today)
      problems.push(issue('history.meetingInFuture', { step: m.step, date: m.date }));
    if (m.date < record.raisedOn) {
      problems.push(
        issue('history.meetingBeforeRaised', {
          step: m.step,
          date: m.date,
          raisedOn: record.raisedOn,
        }),
      );
    }
    if (previous && m.date < previous.date) {
      problems.push(
        issue('history.meetingsOutOfOrder', {
          step: m.step,
          date: m.date,
          previousStep: previous.step,
          previousDate: previous.date,
        }),
      );
    }
    if (!previous || m.date > previous.date) previous = m;
  }
  return problems;
}

/**
 * Fora exist in the collaboration on their days: every forum of the route on the day the case
 * was raised (the route is laid then, as when a case is raised today), and on its meeting day.
 */
function checkFora(record: HistoryCase, ctx: HistoryContext, planned: PlannedMeeting[]) {
  const problems: HistoryIssue[] = [];
  const there = (forumId: string, date: IsoDate) =>
    ctx.foraOn.get(forumDayKey(forumId, date)) === ctx.collaborationId;
  if (!there(record.raisedInForumId, record.raisedOn)) {
    problems.push(
      issue('history.raisedForumMissing', {
        forumId: record.raisedInForumId,
        date: record.raisedOn,
      }),
    );
  }
  record.steps.forEach((step, i) => {
    const met = planned.find((m) => m.step === i + 1)?.date;
    const dates = met === undefined ? [record.raisedOn] : [record.raisedOn, met];
    const date = dates.find((d) => !there(step.forumId, d));
    if (date !== undefined) {
      problems.push(issue('history.forumMissing', { step: i + 1, forumId: step.forumId, date }));
    }
  });
  return problems;
}

/** The shape of each step: what it carries, and where a decision is missing or too much. */
function checkSteps(record: HistoryCase, ctx: HistoryContext): HistoryIssue[] {
  const problems: HistoryIssue[] = [];
  const last = record.steps.length;
  let settled = false;
  record.steps.forEach((step, i) => {
    const n = i + 1;
    if (settled) problems.push(issue('history.stepAfterFinal', { step: n }));
    if (step.skipped) {
      if (step.meeting || step.decision || step.recommendation)
        problems.push(issue('history.skippedWithContent', { step: n }));
      return;
    }
    if (step.meeting && 'existingMeetingId' in step.meeting) {
      const id = step.meeting.existingMeetingId;
      const m = ctx.meetings.get(id);
      if (!m) problems.push(issue('history.meetingNotFound', { step: n, meetingId: id }));
      else if (m.forumId !== step.forumId)
        problems.push(issue('history.meetingOtherForum', { step: n, date: m.date }));
      else if (m.status === 'cancelled')
        problems.push(issue('history.meetingCancelled', { step: n, date: m.date }));
      else if (!m.agendaOpen)
        problems.push(issue('history.agendaNotOpen', { step: n, date: m.date }));
    }
    if (!step.meeting && (step.decision || step.recommendation))
      problems.push(issue('history.decisionWithoutMeeting', { step: n }));
    if (step.meeting && !step.decision)
      problems.push(issue('history.decisionMissing', { step: n }));
    if (!step.meeting && !step.decision && n < last)
      problems.push(issue('history.stepUndecided', { step: n }));
    if (step.decision?.final) settled = true;
  });
  return problems;
}

/**
 * The ordering rules between fora over the calendar with the new meetings: every breach of a
 * new meeting, and every breach the new meetings newly cause for an existing one, is a problem.
 * A new meeting on a non-working day is a warning only (it did take place).
 */
function checkOrdering(ctx: HistoryContext, planned: PlannedMeeting[]) {
  const problems: HistoryIssue[] = [];
  const warnings: HistoryIssue[] = [];
  const fresh = planned.filter((m) => m.existingId === null);
  const added = fresh.map((m) => ({ id: `step:${m.step}`, forumId: m.forumId, date: m.date }));
  const key = (w: { meetingId: string; ruleId: string | null; code: string }) =>
    `${w.meetingId}|${w.ruleId ?? ''}|${w.code}`;
  const before = new Set(checkCalendar(ctx.scheduled, ctx.rules, ctx.closures).map(key));
  const after = checkCalendar([...ctx.scheduled, ...added], ctx.rules, ctx.closures);
  for (const w of after) {
    if (w.ruleId === null || before.has(key(w))) continue;
    const ours = w.meetingId.startsWith('step:') ? Number(w.meetingId.slice(5)) : null;
    const params = {
      rule: w.code,
      forumId: String(w.params.forumId ?? ''),
      dependsOnForumId: String(w.params.dependsOnForumId ?? ''),
      date: String(w.params.date ?? ''),
    };
    problems.push(
      ours === null
        ? issue('history.orderingBreaksExisting', params)
        : issue('history.orderingRule', { step: ours, ...params }),
    );
  }
  for (const m of fresh) {
    const reason = nonWorkingReason(m.date, ctx.closures);
    if (reason !== null)
      warnings.push(issue('history.nonWorkingDay', { step: m.step, date: m.date, reason }));
  }
  return { problems, warnings };
}

/** Runs the record through the cases domain with the dates the server will use. */
export function simulateCase(
  record: HistoryCase,
  planned: readonly PlannedMeeting[],
  caseId = 'history',
): { case: Case } | { step: number; error: Extract<CaseResult, { ok: false }>['error'] } {
  const created = createCase({
    id: caseId,
    title: record.title,
    summary: record.summary,
    type: record.type,
    flags: record.flags,
    raisedInForumId: record.raisedInForumId,
    route: record.steps.map((s) => s.forumId),
    on: record.raisedOn,
  });
  if (!created.ok) return { step: 0, error: created.error };
  let c = created.case;
  for (const [i, step] of record.steps.entries()) {
    const stepId = c.steps[i]?.id ?? '';
    const meeting = planned.find((m) => m.step === i + 1);
    const changes: ((x: Case) => CaseResult)[] = [];
    if (step.skipped) {
      const reason = step.skipped.reason;
      changes.push((x) => skipStep(x, { stepId, reason, on: latestOn(x) }));
    } else if (meeting) {
      const meetingId = meeting.existingId ?? `meeting:${i + 1}`;
      changes.push((x) =>
        placeOnAgenda(x, { stepId, meetingId, on: placedOn(latestOn(x), meeting.date) }),
      );
      const text = step.recommendation;
      if (text !== undefined)
        changes.push((x) => recordRecommendation(x, { stepId, text, on: latestOn(x) }));
      const decision = step.decision;
      if (decision !== undefined)
        changes.push((x) => recordDecision(x, { stepId, ...decision, on: meeting.date }));
    }
    for (const change of changes) {
      const result = change(c);
      if (!result.ok) return { step: i + 1, error: result.error };
      c = result.case;
    }
  }
  return { case: c };
}

/** The step meetings of a record, in route order (steps without a known meeting left out). */
export function plannedMeetings(record: HistoryCase, ctx: HistoryContext): PlannedMeeting[] {
  return record.steps.flatMap((step, i) => {
    const date = meetingDate(step, ctx.meetings);
    if (!step.meeting || date === null || step.skipped) return [];
    const existingId = 'existingMeetingId' in step.meeting ? step.meeting.existingMeetingId : null;
    return [{ step: i + 1, forumId: step.forumId, date, existingId }];
  });
}

/** Checks a historical case record; see the module comment for the rules. */
export function checkHistoricalCase(record: HistoryCase, ctx: HistoryContext): CheckedHistory {
  const planned = plannedMeetings(record, ctx);
  const ordering = checkOrdering(ctx, planned);
  const problems = [
    ...checkDates(record, ctx, planned),
    ...checkFora(record, ctx, planned),
    ...checkSteps(record, ctx),
    ...ordering.problems,
  ];
  if (problems.length > 0)
    return { problems, warnings: ordering.warnings, meetings: planned, simulated: null };
  const simulated = simulateCase(record, planned);
  if ('error' in simulated) {
    const { step, error } = simulated;
    problems.push(issue('history.caseRule', { step, rule: error.code, ...error.params }));
    return { problems, warnings: ordering.warnings, meetings: planned, simulated: null };
  }
  return { problems, warnings: ordering.warnings, meetings: planned, simulated: simulated.case };
}
