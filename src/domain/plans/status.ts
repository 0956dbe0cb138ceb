/**
 * A plan's status: draft → adopted (by a decision in the owning forum's minutes) → ended. No
 * other transition; an adopted plan cannot go back to draft, an ended plan stays ended.
 */
import type { IsoDate } from '../../shared/dates';
import type { PlanStatus } from '../../shared/plans.enums';
import { ok, refuse, type PlanResult } from './errors';

const NEXT: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['adopted'],
  adopted: ['ended'],
  ended: [],
};

/** True when a plan in `from` may move to `to`. */
export function mayTransition(from: PlanStatus, to: PlanStatus): boolean {
  return NEXT[from].includes(to);
}

/** What adopting needs: the decision (an agenda item with a recorded decision) and its day. */
export interface AdoptionDecision {
  agendaItemId: string;
  /** The decision text as recorded in the minutes; empty or null = no decision. */
  decisionText: string | null;
  /** The meeting's day. */
  on: IsoDate;
}

/** The plan's status change on adoption, or the refusal. */
export function adopt(
  status: PlanStatus,
  decision: AdoptionDecision,
): PlanResult<{ status: 'adopted'; adoptedOn: IsoDate; adoptedAgendaItemId: string }> {
  if (!mayTransition(status, 'adopted')) {
    return refuse('statusTransition', { from: status, to: 'adopted' });
  }
  if (!decision.decisionText || decision.decisionText.trim() === '') {
    return refuse('adoptionDecisionMissing');
  }
  return ok({
    status: 'adopted',
    adoptedOn: decision.on,
    adoptedAgendaItemId: decision.agendaItemId,
  });
}

/** The plan's status change on ending, or the refusal. */
export function end(
  plan: { status: PlanStatus; periodFrom: IsoDate },
  on: IsoDate,
): PlanResult<{ status: 'ended'; endedOn: IsoDate }> {
  if (!mayTransition(plan.status, 'ended')) {
    return refuse('statusTransition', { from: plan.status, to: 'ended' });
  }
  if (on < plan.periodFrom) return refuse('endBeforeStart', { on, from: plan.periodFrom });
  return ok({ status: 'ended', endedOn: on });
}

/** A period must not end before it starts. */
export function checkPeriod(from: IsoDate, to: IsoDate | null): PlanResult<true> {
  return to !== null && to < from ? refuse('periodOrder', { from, to }) : ok(true);
}
