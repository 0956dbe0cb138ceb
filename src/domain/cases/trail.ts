/**
 * Decisions travel back down the same trail (issue 12, seed 000: communication goes both ways).
 * When the route ends with a decision, each forum that treated the case on the way up gets the
 * decision as a return step of its own (origin `trail`), in reverse order, ending with the
 * forum decisions return to (the raising forum or its successor after a reform). A return step
 * is to note (til orientering) or to act on (til handling); it is never pending, so the case
 * stays `decided`. The forum notes it (or acts on it), possibly at one of its meetings.
 */
import type { ReturnMode } from '../../shared/cases.enums';
import {
  commonGuard,
  fail,
  findStep,
  isPendingStatus,
  isReturnStep,
  ok,
  patchStep,
  withEvents,
  type NewEvent,
} from './case-helpers';
import type { Case, CaseResult, CaseStep, TransitionContext } from './types';

/** One forum the decision travels back to, and what it is to do with it. */
export interface TrailStop {
  forumId: string;
  mode: ReturnMode;
}

/**
 * The fora the decision of the step at `decidingIndex` travels back to, in order: every forum
 * that decided or recommended the case before it (not skipped, withdrawn or sent-back steps,
 * not return steps), nearest first, each once, and finally `returnToForumId` (to act on). The
 * deciding forum itself gets nothing back.
 */
export function trailStops(c: Case, decidingIndex: number): TrailStop[] {
  const deciding = c.steps[decidingIndex];
  if (!deciding) return [];
  const seen = new Set<string>([deciding.forumId, c.returnToForumId]);
  const stops: TrailStop[] = [];
  for (const s of c.steps.slice(0, decidingIndex).reverse()) {
    if (isReturnStep(s) || (s.status !== 'decided' && s.status !== 'recommended')) continue;
    if (seen.has(s.forumId)) continue;
    seen.add(s.forumId);
    stops.push({ forumId: s.forumId, mode: 'note' });
  }
  if (c.returnToForumId !== deciding.forumId)
    stops.push({ forumId: c.returnToForumId, mode: 'act' });
  return stops;
}

/**
 * When no step is pending any more, the last decision travels back down the trail: a return
 * step (`toNote`) and a `returned` event for each forum of {@link trailStops}. The events name
 * the deciding step (so a decision treated in a closed item stays hidden with it). Nothing
 * happens when the trail of that decision was already laid (e.g. a step added and skipped
 * after the decision).
 */
export function returnIfDone(c: Case, ctx: TransitionContext): Case {
  if (c.steps.some((s) => isPendingStatus(s.status))) return c;
  const decidingIndex = c.steps.findLastIndex((s) => s.status === 'decided');
  const deciding = c.steps[decidingIndex];
  if (!deciding) return c;
  if (c.steps.some((s) => s.returnOf === deciding.id)) return c;
  const stops = trailStops(c, decidingIndex);
  if (stops.length === 0) return c;
  const added = stops.map<CaseStep>((stop, i) => ({
    id: `${c.id}-${c.steps.length + 1 + i}`,
    forumId: stop.forumId,
    status: 'toNote',
    origin: 'trail',
    meetingId: null,
    recommendation: null,
    decisionText: deciding.decisionText,
    decidedOn: deciding.decidedOn,
    returnMode: stop.mode,
    returnOf: deciding.id,
    notedOn: null,
    noteText: null,
  }));
  const events = stops.map<NewEvent>((stop) => ({
    kind: 'returned',
    stepId: deciding.id,
    forumId: deciding.forumId,
    toForumId: stop.forumId,
    meetingId: deciding.meetingId,
    text: deciding.decisionText,
  }));
  return withEvents({ ...c, steps: [...c.steps, ...added] }, ctx, events);
}

/** Finds an open or noted return step; the error result otherwise. */
function findReturnStep(c: Case, stepId: string): { index: number; step: CaseStep } | CaseResult {
  const found = findStep(c, stepId);
  if ('ok' in found) return found;
  if (!isReturnStep(found.step)) return fail('case.notReturnStep', { stepId });
  return found;
}

/**
 * The forum notes the decision that came back to it (or records that it acted on it), with an
 * optional note; at a meeting when the return step is placed on one. Not before the decision.
 */
export function noteReturn(
  c: Case,
  input: TransitionContext & { stepId: string; text?: string | null },
): CaseResult {
  const refused = commonGuard(c, input);
  if (refused) return refused;
  const found = findReturnStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  if (step.status !== 'toNote') return fail('case.returnStepNoted', { stepId: step.id });
  if (step.decidedOn !== null && input.on < step.decidedOn)
    return fail('case.dateBeforePrevious', { on: input.on, previous: step.decidedOn });
  const text = input.text?.trim() ? input.text.trim() : null;
  const next = patchStep(c, index, { status: 'noted', notedOn: input.on, noteText: text });
  return ok(
    withEvents(next, input, [
      {
        kind: 'noted',
        stepId: step.id,
        forumId: step.forumId,
        meetingId: step.meetingId,
        text,
      },
    ]),
  );
}

/** The secretariat changes what an open return step asks of its forum: to note or to act. */
export function setReturnMode(
  c: Case,
  input: TransitionContext & { stepId: string; mode: ReturnMode },
): CaseResult {
  const refused = commonGuard(c, input);
  if (refused) return refused;
  const found = findReturnStep(c, input.stepId);
  if ('ok' in found) return found;
  const { index, step } = found;
  if (step.status !== 'toNote') return fail('case.returnStepNoted', { stepId: step.id });
  if (step.returnMode === input.mode) return ok(c);
  return ok(
    withEvents(patchStep(c, index, { returnMode: input.mode }), input, [
      { kind: 'returnModeChanged', stepId: step.id, forumId: step.forumId, text: input.mode },
    ]),
  );
}

/** The return steps of `forumId` still awaiting its attention. */
export function openReturnSteps(c: Case, forumId?: string): CaseStep[] {
  return c.steps.filter(
    (s) =>
      isReturnStep(s) && s.status === 'toNote' && (forumId === undefined || s.forumId === forumId),
  );
}
