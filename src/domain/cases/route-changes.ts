/**
 * Changes to a case's route: adding a forum, the chair's escalation (seed 001), sending a case
 * back down, withdrawal, and carrying open steps over to a successor forum after a
 * reorganisation. Steps are never removed, so the route stays the history of the case.
 */
import {
  adjacentDuplicate,
  commonGuard,
  currentStepIndex,
  fail,
  findStep,
  isPendingStatus,
  isReturnStep,
  newStep,
  ok,
  requireText,
  withEvents,
  FINAL_DECISION,
} from './case-helpers';
import type { Case, CaseResult, CaseStep, TransitionContext } from './types';

/** Inserts `added` at `index`. */
function insertSteps(c: Case, index: number, added: readonly CaseStep[]): Case {
  return { ...c, steps: [...c.steps.slice(0, index), ...added, ...c.steps.slice(index)] };
}

/** Index after the last step that is no longer pending: nothing may be inserted before it. */
function firstOpenIndex(c: Case): number {
  const lastDone = c.steps.findLastIndex((s) => !isPendingStatus(s.status) && !isReturnStep(s));
  return lastDone + 1;
}

/**
 * Adds a planned step for `forumId`, at the end or right after `afterStepId`. It cannot go
 * before a step that is already done, nor next to a step of the same forum. Adding to a
 * decided case reopens it.
 */
export function addStep(
  c: Case,
  input: TransitionContext & { forumId: string; afterStepId?: string },
): CaseResult {
  const refused = commonGuard(c, input);
  if (refused) return refused;
  let index = c.steps.length;
  if (input.afterStepId !== undefined) {
    const found = findStep(c, input.afterStepId);
    if ('ok' in found) return found;
    index = found.index + 1;
  }
  if (index < firstOpenIndex(c))
    return fail('case.insertBeforeDone', { afterStepId: input.afterStepId ?? '' });
  if (adjacentDuplicate(c.steps, index, input.forumId)) {
    return fail('case.duplicateAdjacentForum', { forumId: input.forumId });
  }
  const step = newStep(c, input.forumId, 'added');
  return ok(
    withEvents(insertSteps(c, index, [step]), input, [
      { kind: 'stepAdded', stepId: step.id, forumId: input.forumId },
    ]),
  );
}

/**
 * The step whose decision a chair may escalate now, or null: the last decided step that no later
 * step has decided or sent back, unless that decision was final (the forum settled the case: a
 * `settled` event, and the rest of the route skipped) or the case is closed.
 */
export function escalatableStepId(c: Case): string | null {
  if (c.steps.some((s) => s.status === 'withdrawn')) return null;
  for (let i = c.steps.length - 1; i >= 0; i -= 1) {
    const step = c.steps[i];
    if (step?.status === 'returned') return null;
    if (step?.status !== 'decided') continue;
    const settled =
      c.events.some((e) => e.kind === 'settled' && e.stepId === step.id) ||
      c.steps.slice(i + 1).some((s) => s.status === 'skipped' && s.decisionText === FINAL_DECISION);
    return settled ? null : step.id;
  }
  return null;
}

/**
 * The chair's escalation (seed 001): a theme group's decision judged principled goes on to the
 * steering group for approval. Allowed on a decided step that no later step has acted on; a
 * planned step for `toForumId` is inserted right after it and the case is flagged principled.
 */
export function escalate(
  c: Case,
  input: TransitionContext & { stepId: string; toForumId: string; reason: string },
): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.reason, 'reason');
  if (refused) return refused;
  const found = findStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  if (escalatableStepId(c) !== step.id) return fail('case.notEscalatable', { stepId: step.id });
  if (adjacentDuplicate(c.steps, index + 1, input.toForumId)) {
    return fail('case.duplicateAdjacentForum', { forumId: input.toForumId });
  }
  const added = newStep(c, input.toForumId, 'escalation');
  const flags = c.flags.includes('principled') ? c.flags : [...c.flags, 'principled' as const];
  const next = { ...insertSteps(c, index + 1, [added]), flags };
  return ok(
    withEvents(next, input, [
      {
        kind: 'escalated',
        stepId: added.id,
        forumId: step.forumId,
        toForumId: input.toForumId,
        text: input.reason.trim(),
      },
    ]),
  );
}

/**
 * The current forum sends the case back down without deciding (e.g. for further work in the
 * cluster). Its step becomes `returned`; a new step for the earlier forum (default: the
 * nearest earlier decided step's forum) and a new step for this forum are inserted after it.
 */
export function sendBack(
  c: Case,
  input: TransitionContext & { stepId: string; reason: string; toForumId?: string },
): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.reason, 'reason');
  if (refused) return refused;
  const found = findStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  if (index !== currentStepIndex(c)) return fail('case.notCurrentStep', { stepId: step.id });
  if (step.status !== 'onAgenda' && step.status !== 'recommended') {
    return fail('case.invalidTransition', { stepId: step.id, from: step.status, to: 'returned' });
  }
  const earlier = c.steps
    .slice(0, index)
    .filter((s) => s.status === 'decided' && s.forumId !== step.forumId);
  const target = input.toForumId ?? earlier.at(-1)?.forumId;
  if (target === undefined || !earlier.some((s) => s.forumId === target)) {
    return fail('case.noEarlierStep', { stepId: step.id });
  }
  const reason = input.reason.trim();
  const returned = {
    ...c,
    steps: c.steps.map((s, i) =>
      i === index ? { ...s, status: 'returned' as const, decisionText: reason } : s,
    ),
  };
  const again = [newStep(c, target, 'sentBack'), newStep(c, step.forumId, 'sentBack', 1)];
  return ok(
    withEvents(insertSteps(returned, index + 1, again), input, [
      {
        kind: 'sentBack',
        stepId: step.id,
        forumId: step.forumId,
        toForumId: target,
        meetingId: step.meetingId,
        text: reason,
      },
    ]),
  );
}

/**
 * Withdraws the case: every pending step becomes `withdrawn` and the case is closed. The
 * raising forum is told (a downward event), so the withdrawal shows where the case began.
 */
export function withdraw(c: Case, input: TransitionContext & { reason: string }): CaseResult {
  const refused = commonGuard(c, input) ?? requireText(input.reason, 'reason');
  if (refused) return refused;
  const current = c.steps[currentStepIndex(c)];
  if (!current) return fail('case.notWithdrawable', { caseId: c.id });
  const reason = input.reason.trim();
  const steps = c.steps.map((s) =>
    isPendingStatus(s.status) ? { ...s, status: 'withdrawn' as const, decisionText: reason } : s,
  );
  return ok(
    withEvents({ ...c, steps }, input, [
      {
        kind: 'withdrawn',
        stepId: current.id,
        forumId: current.forumId,
        toForumId: c.returnToForumId,
        text: reason,
      },
    ]),
  );
}

/**
 * Merges runs of adjacent pending steps in the same forum (a reorganisation mapped two fora to
 * one successor) by skipping all but one. The survivor is the step placed on a meeting, so the
 * placement on the successor's meeting (and its agenda item) is kept; without a placement it is
 * the first. Two steps placed on different meetings are both kept: nothing is dropped.
 */
function mergeAdjacent(steps: readonly CaseStep[]): CaseStep[] {
  const out = [...steps];
  let i = 0;
  while (i < out.length) {
    const first = out[i] as CaseStep;
    let end = i + 1;
    while (
      isPendingStatus(first.status) &&
      end < out.length &&
      out[end]!.forumId === first.forumId &&
      isPendingStatus(out[end]!.status)
    )
      end += 1;
    const run = out.slice(i, end);
    const meetings = new Set(run.map((s) => s.meetingId).filter((m) => m !== null));
    if (run.length > 1 && meetings.size <= 1) {
      const survivor = run.find((s) => s.meetingId !== null) ?? first;
      for (let j = i; j < end; j += 1) {
        if (out[j] !== survivor) {
          out[j] = { ...(out[j] as CaseStep), status: 'skipped', decisionText: 'carryOver' };
        }
      }
    }
    i = end;
  }
  return out;
}

/**
 * Reorganisation (e.g. the 2027 reform): pending steps (and open return steps) of `fromForumId` move to its successor
 * `toForumId`, keeping their meeting (meetings after the reform date are carried over too), and
 * decisions now flow back to the successor if the case was raised in the old forum. Adjacent
 * pending steps that end up in the same forum are merged (`mergeAdjacent`: the placed one stays).
 */
export function carryOver(
  c: Case,
  input: TransitionContext & {
    fromForumId: string;
    toForumId: string;
    /**
     * Pending steps that stay with the old forum: those placed on one of its meetings before the
     * reorganisation (the meeting is held by the old forum, which still exists on its day).
     */
    staying?: ReadonlySet<string>;
  },
): CaseResult {
  const refused = commonGuard(c, input);
  if (refused) return refused;
  // Open return steps move like pending ones: the successor gets the decision to note.
  const carries = (s: Case['steps'][number]) =>
    (isPendingStatus(s.status) || s.status === 'toNote') &&
    s.forumId === input.fromForumId &&
    !input.staying?.has(s.id);
  const moves = c.steps.filter(carries);
  // The decision returns to the successor only when the case has work after the change.
  const movesReturn =
    c.returnToForumId === input.fromForumId &&
    (c.steps.some((s) => isPendingStatus(s.status) && !input.staying?.has(s.id)) ||
      moves.some(isReturnStep));
  if (moves.length === 0 && !movesReturn)
    return fail('case.nothingToCarryOver', { forumId: input.fromForumId });
  const moved = c.steps.map((s) => (carries(s) ? { ...s, forumId: input.toForumId } : s));
  const merged = mergeAdjacent(moved);
  const skipped = merged.filter((s, i) => s.status === 'skipped' && moved[i]?.status !== 'skipped');
  const next = {
    ...c,
    steps: merged,
    returnToForumId: movesReturn ? input.toForumId : c.returnToForumId,
  };
  return ok(
    withEvents(next, input, [
      { kind: 'carriedOver', forumId: input.fromForumId, toForumId: input.toForumId },
      ...skipped.map((s) => ({
        kind: 'skipped' as const,
        stepId: s.id,
        forumId: s.forumId,
        text: 'carryOver',
      })),
    ]),
  );
}
