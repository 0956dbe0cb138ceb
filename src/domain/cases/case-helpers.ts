/**
 * Building blocks of the case transitions: result constructors, step lookup, event appending
 * and the common preconditions. Exported for the transition files; `currentStep`,
 * `isPendingStatus` and `caseStatus` are also public.
 */
import {
  PENDING_STEP_STATUSES,
  type CaseStatus,
  type StepOrigin,
  type StepStatus,
} from '../../shared/cases.enums';
import type { CaseErrorCode } from '../../shared/cases.enums';
import type { Case, CaseEvent, CaseResult, CaseStep, TransitionContext } from './types';

/** The reason recorded on the steps a final decision skips. */
export const FINAL_DECISION = 'final decision';

/** An accepted transition. */
export const ok = (c: Case): CaseResult => ({ ok: true, case: c });

/** A refused transition with its i18n code. */
export const fail = (
  code: CaseErrorCode,
  params: Record<string, string | number> = {},
): CaseResult => ({
  ok: false,
  error: { code, params },
});

/** True for `planned`, `onAgenda` and `recommended`: the step still awaits its forum. */
export function isPendingStatus(status: StepStatus): boolean {
  return (PENDING_STEP_STATUSES as readonly StepStatus[]).includes(status);
}

/** Index of the current step (the first pending one), or -1 when none is pending. */
export function currentStepIndex(c: Case): number {
  return c.steps.findIndex((s) => isPendingStatus(s.status));
}

/** The step the case is at now: the first pending step, or undefined when none is pending. */
export function currentStep(c: Case): CaseStep | undefined {
  return c.steps[currentStepIndex(c)];
}

/**
 * The case's status, derived from its steps: `closed` when withdrawn (or every step skipped),
 * `open` while a step is pending, else `decided`.
 */
export function caseStatus(c: Case): CaseStatus {
  if (c.steps.some((s) => s.status === 'withdrawn')) return 'closed';
  if (c.steps.some((s) => isPendingStatus(s.status))) return 'open';
  return c.steps.some((s) => s.status === 'decided') ? 'decided' : 'closed';
}

/** A fresh planned step; ids are `<caseId>-<n>`, unique because steps are never removed. */
export function newStep(c: Case, forumId: string, origin: StepOrigin, offset = 0): CaseStep {
  return {
    id: `${c.id}-${c.steps.length + 1 + offset}`,
    forumId,
    status: 'planned',
    origin,
    meetingId: null,
    recommendation: null,
    decisionText: null,
    decidedOn: null,
    ...NO_RETURN,
  };
}

/** The return-step fields of a step that is not a return step. */
export const NO_RETURN = {
  returnMode: null,
  returnOf: null,
  notedOn: null,
  noteText: null,
} as const satisfies Pick<CaseStep, 'returnMode' | 'returnOf' | 'notedOn' | 'noteText'>;

/** True for a return step: the decision travelling back down to a forum (issue 12). */
export function isReturnStep(step: Pick<CaseStep, 'origin'>): boolean {
  return step.origin === 'trail';
}

/** The event fields a transition supplies; the rest default to null. */
export type NewEvent = Pick<CaseEvent, 'kind' | 'forumId'> &
  Partial<Omit<CaseEvent, 'seq' | 'on' | 'actorId'>>;

/** Appends events with the next sequence numbers and the context's date and actor. */
export function withEvents(c: Case, ctx: TransitionContext, events: readonly NewEvent[]): Case {
  const appended = events.map<CaseEvent>((e, i) => ({
    seq: c.events.length + 1 + i,
    kind: e.kind,
    on: ctx.on,
    stepId: e.stepId ?? null,
    forumId: e.forumId,
    toForumId: e.toForumId ?? null,
    meetingId: e.meetingId ?? null,
    text: e.text ?? null,
    actorId: ctx.actorId ?? null,
  }));
  return { ...c, events: [...c.events, ...appended] };
}

/** Replaces the step at `index` with a patched copy. */
export function patchStep(c: Case, index: number, patch: Partial<CaseStep>): Case {
  return { ...c, steps: c.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** Preconditions every transition shares: the case is not closed, the date not before it was raised. */
export function commonGuard(c: Case, ctx: TransitionContext): CaseResult | null {
  if (caseStatus(c) === 'closed') return fail('case.closed', { caseId: c.id });
  if (ctx.on < c.raisedOn)
    return fail('case.dateBeforePrevious', { on: ctx.on, previous: c.raisedOn });
  return null;
}

/** Looks up a step; the error result when it does not exist. */
export function findStep(c: Case, stepId: string): { index: number; step: CaseStep } | CaseResult {
  const index = c.steps.findIndex((s) => s.id === stepId);
  const step = c.steps[index];
  return step ? { index, step } : fail('case.stepNotFound', { stepId });
}

/** Refuses a text that is empty after trimming. */
export function requireText(text: string, field: string): CaseResult | null {
  return text.trim() === '' ? fail('case.emptyText', { field }) : null;
}

/**
 * True when a step for `forumId` inserted at `index` would stand next to a step of the same
 * forum on the route (return steps are not part of the route up, so they are passed over).
 */
export function adjacentDuplicate(
  steps: readonly CaseStep[],
  index: number,
  forumId: string,
): boolean {
  const before = steps.slice(0, index).findLast((s) => !isReturnStep(s));
  const after = steps.slice(index).find((s) => !isReturnStep(s));
  return before?.forumId === forumId || after?.forumId === forumId;
}
