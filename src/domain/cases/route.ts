/**
 * The case route state machine: a case is raised, placed on agendas, recommended and decided
 * forum by forum, and the final decision flows back to where it was raised. Every function is
 * pure and returns a {@link CaseResult}; a refused user action is a typed error, never a throw.
 *
 * Per step: planned → onAgenda → (recommended →) decided, or → returned (sent back) / skipped /
 * withdrawn. Only the current step (the first pending one) can be recommended or decided;
 * later steps may be placed on an agenda ahead of time.
 */
import type { IsoDate } from '../../shared/dates';
import type { CaseFlag, CaseType } from '../../shared/cases.enums';
import {
  commonGuard,
  currentStepIndex,
  fail,
  FINAL_DECISION,
  findStep,
  isPendingStatus,
  ok,
  patchStep,
  NO_RETURN,
  requireText,
  withEvents,
} from './case-helpers';
import { returnIfDone } from './trail';
import type { Case, CaseResult, CaseStep, TransitionContext } from './types';

/** What a new case is made of. */
export interface NewCaseInput extends TransitionContext {
  id: string;
  title: string;
  summary: string;
  type: CaseType;
  flags?: readonly CaseFlag[];
  clusterId?: string | null;
  raisedInForumId: string;
  /** The fora it will travel, in order, normally starting with the raising forum. */
  route: readonly string[];
}

/** Raises a case with a planned step per forum of the route. */
export function createCase(input: NewCaseInput): CaseResult {
  const invalid = requireText(input.title, 'title');
  if (invalid) return invalid;
  if (input.route.length === 0) return fail('case.emptyRoute');
  const duplicate = input.route.findIndex((f, i) => i > 0 && input.route[i - 1] === f);
  if (duplicate > 0)
    return fail('case.duplicateAdjacentForum', { forumId: input.route[duplicate] ?? '' });
  const steps = input.route.map<CaseStep>((forumId, i) => ({
    id: `${input.id}-${i + 1}`,
    forumId,
    status: 'planned',
    origin: 'route',
    meetingId: null,
    recommendation: null,
    decisionText: null,
    decidedOn: null,
    ...NO_RETURN,
  }));
  const c: Case = {
    id: input.id,
    title: input.title.trim(),
    summary: input.summary.trim(),
    type: input.type,
    flags: [...new Set(input.flags ?? [])],
    clusterId: input.clusterId ?? null,
    raisedInForumId: input.raisedInForumId,
    returnToForumId: input.raisedInForumId,
    raisedOn: input.on,
    steps,
    events: [],
  };
  return ok(
    withEvents(c, input, [{ kind: 'raised', forumId: input.raisedInForumId, text: c.title }]),
  );
}

/**
 * Places a pending step (or an open return step, as an orientation item) on a meeting of its
 * forum, or moves it to another meeting. Any pending step may be placed, so the secretariat can plan the whole route ahead. A step that already
 * has its recommendation keeps it (and its status) when it moves: the recommendation goes with
 * the case to the meeting that will treat it. A move is recorded as `movedOnAgenda`.
 */
export function placeOnAgenda(
  c: Case,
  input: TransitionContext & { stepId: string; meetingId: string },
): CaseResult {
  const refused = commonGuard(c, input);
  if (refused) return refused;
  const found = findStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  const openReturn = step.status === 'toNote';
  if (!isPendingStatus(step.status) && !openReturn) {
    return fail('case.invalidTransition', { stepId: step.id, from: step.status, to: 'onAgenda' });
  }
  if (step.meetingId === input.meetingId) return ok(c);
  const moved = step.meetingId !== null;
  // An open return step stays `toNote` on the agenda: it is noted at the meeting (issue 12).
  const status = openReturn ? 'toNote' : step.status === 'recommended' ? 'recommended' : 'onAgenda';
  const placed = patchStep(c, index, { status, meetingId: input.meetingId });
  return ok(
    withEvents(placed, input, [
      {
        kind: moved ? 'movedOnAgenda' : 'placedOnAgenda',
        stepId: step.id,
        forumId: step.forumId,
        meetingId: input.meetingId,
      },
    ]),
  );
}

/** Finds the current step and checks it is `stepId` and was treated at a meeting. */
function currentTreated(
  c: Case,
  stepId: string,
  to: string,
): { index: number; step: CaseStep } | CaseResult {
  const found = findStep(c, stepId);
  if ('ok' in found) return found;
  if (found.index !== currentStepIndex(c)) return fail('case.notCurrentStep', { stepId });
  if (found.step.status !== 'onAgenda' && found.step.status !== 'recommended') {
    return fail('case.invalidTransition', { stepId, from: found.step.status, to });
  }
  return found;
}

/** Records (or revises) the current step's recommendation (indstilling) to the next forum. */
export function recordRecommendation(
  c: Case,
  input: TransitionContext & { stepId: string; text: string },
): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.text, 'recommendation');
  if (refused) return refused;
  const found = currentTreated(c, input.stepId, 'recommended');
  if ('ok' in found) return found;
  const { index, step } = found;
  const next = patchStep(c, index, { status: 'recommended', recommendation: input.text.trim() });
  return ok(
    withEvents(next, input, [
      {
        kind: 'recommended',
        stepId: step.id,
        forumId: step.forumId,
        toForumId: c.steps[index + 1]?.forumId ?? null,
        meetingId: step.meetingId,
        text: input.text.trim(),
      },
    ]),
  );
}

/** The decision date of the last decided step before `index`, if any. */
function previousDecisionDate(c: Case, index: number): IsoDate | null {
  return c.steps.slice(0, index).findLast((s) => s.status === 'decided')?.decidedOn ?? null;
}

/**
 * Records the current step's decision; the case moves on to the next pending step. With
 * `final`, the remaining pending steps are skipped (the forum settled the case). When no step
 * is pending after it, the decision flows back to the raising forum as a `returned` event.
 */
export function recordDecision(
  c: Case,
  input: TransitionContext & { stepId: string; text: string; final?: boolean },
): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.text, 'decision');
  if (refused) return refused;
  const found = currentTreated(c, input.stepId, 'decided');
  if ('ok' in found) return found;
  const { index, step } = found;
  const previous = previousDecisionDate(c, index);
  if (previous !== null && input.on < previous)
    return fail('case.dateBeforePrevious', { on: input.on, previous });
  const text = input.text.trim();
  let next = patchStep(c, index, { status: 'decided', decisionText: text, decidedOn: input.on });
  const nextStep = next.steps.slice(index + 1).find((s) => isPendingStatus(s.status));
  next = withEvents(next, input, [
    {
      kind: 'decided',
      stepId: step.id,
      forumId: step.forumId,
      toForumId: input.final ? null : (nextStep?.forumId ?? null),
      meetingId: step.meetingId,
      text,
    },
  ]);
  if (input.final) {
    // The forum settled the case: recorded, so nobody escalates it afterwards.
    next = withEvents(next, input, [
      { kind: 'settled', stepId: step.id, forumId: step.forumId, meetingId: step.meetingId },
    ]);
    next = skipPending(next, input, FINAL_DECISION);
  }
  return ok(returnIfDone(next, input));
}

function skipPending(c: Case, ctx: TransitionContext, reason: string): Case {
  const skipped = c.steps.filter((s) => isPendingStatus(s.status));
  const steps = c.steps.map((s) =>
    isPendingStatus(s.status) ? { ...s, status: 'skipped' as const, decisionText: reason } : s,
  );
  return withEvents(
    { ...c, steps },
    ctx,
    skipped.map((s) => ({
      kind: 'skipped' as const,
      stepId: s.id,
      forumId: s.forumId,
      text: reason,
    })),
  );
}

/**
 * Bypasses a pending step (e.g. a forum that need not see the case). When it was the last
 * pending step, the latest decision flows back as if the route had ended there.
 */
export function skipStep(
  c: Case,
  input: TransitionContext & { stepId: string; reason: string },
): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.reason, 'reason');
  if (refused) return refused;
  const found = findStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  if (!isPendingStatus(step.status)) {
    return fail('case.invalidTransition', { stepId: step.id, from: step.status, to: 'skipped' });
  }
  const next = withEvents(
    patchStep(c, index, { status: 'skipped', decisionText: input.reason.trim() }),
    input,
    [{ kind: 'skipped', stepId: step.id, forumId: step.forumId, text: input.reason.trim() }],
  );
  return ok(returnIfDone(next, input));
}
