/** Which moves a case's steps offer (mirrors the domain's rules; the server decides). Pure. */
import type { CaseStepView, VisibleCase } from '../../../shared/cases.contract';
import { PENDING_STEP_STATUSES } from '../../../shared/cases.enums';

const pending = (s: CaseStepView) =>
  (PENDING_STEP_STATUSES as readonly string[]).includes(s.status);

/** The step the case waits in now (the first pending step), or null. */
export function currentStepOf(c: VisibleCase): CaseStepView | null {
  if (c.status !== 'open') return null;
  return (
    c.steps.find((s) => s.id === c.currentStepId) ??
    [...c.steps].sort((a, b) => a.position - b.position).find(pending) ??
    null
  );
}

/**
 * The step whose decision may be escalated now, as the server says (`escalatableStepId`, the
 * domain's rule: the last decided step no later step acted on, unless that decision settled the
 * case); null when there is none or its step is hidden from the viewer.
 */
export function escalatableStepOf(c: VisibleCase): CaseStepView | null {
  const step = c.steps.find((s) => s.id === c.escalatableStepId);
  return step && !step.redacted ? step : null;
}

/** True for a return step: the decision travelling back down to a forum (issue 12). */
export const isReturnStep = (s: CaseStepView) => s.origin === 'trail';

/** The route up: every step but the return steps, in route order. */
export function routeStepsOf(c: VisibleCase): CaseStepView[] {
  return [...c.steps].filter((s) => !isReturnStep(s)).sort((a, b) => a.position - b.position);
}

/** The return steps (issue 12), in the order the decision travelled down. */
export function returnStepsOf(c: VisibleCase): CaseStepView[] {
  return [...c.steps].filter(isReturnStep).sort((a, b) => a.position - b.position);
}

/** The fora before the step on the route (where a case can be sent back to), nearest first. */
export function earlierForaOf(c: VisibleCase, stepId: string): string[] {
  const ordered = routeStepsOf(c);
  const index = ordered.findIndex((s) => s.id === stepId);
  const before = ordered.slice(0, Math.max(0, index)).map((s) => s.forumId);
  return [...new Set(before.reverse())];
}

/** True when the step can get a recommendation, a decision or be sent back (it is on an agenda). */
export function isTreatable(step: CaseStepView): boolean {
  return step.status === 'onAgenda' || step.status === 'recommended';
}
