/**
 * The life cycle of a joint funding application: idea → in preparation → submitted → granted or
 * refused. Each step happens on a date that may not precede the previous step's; a grant names
 * the amount granted, which may not exceed the amount applied for (the total budget).
 */
import type { IsoDate } from '../../shared/dates';
import type { ApplicationStatus } from '../../shared/funding.enums';

export { APPLICATION_STATUSES, type ApplicationStatus } from '../../shared/funding.enums';

/** The steps allowed from each status. */
export const NEXT_STATUSES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  idea: ['inPreparation'],
  inPreparation: ['submitted'],
  submitted: ['granted', 'refused'],
  granted: [],
  refused: [],
};

/** The dates an application reached each status (null = not reached). */
export interface StatusDates {
  ideaOn: IsoDate;
  preparationOn: IsoDate | null;
  submittedOn: IsoDate | null;
  decidedOn: IsoDate | null;
}

/** The state the machine works on. */
export interface ApplicationState extends StatusDates {
  status: ApplicationStatus;
  amountAppliedOre: number;
  amountGrantedOre: number | null;
}

/** A requested step. */
export interface StatusStep {
  to: ApplicationStatus;
  on: IsoDate;
  /** Required for `granted`. */
  amountGrantedOre?: number | null;
}

/** Why a step is refused. */
export type StatusProblem =
  | { kind: 'notAllowed'; from: ApplicationStatus; to: ApplicationStatus }
  | { kind: 'beforePrevious'; previousOn: IsoDate }
  | { kind: 'grantedAmountMissing' }
  | { kind: 'grantedExceedsApplied'; amountGrantedOre: number; amountAppliedOre: number };

/** The date of the latest step taken. */
export function lastStepOn(state: StatusDates): IsoDate {
  return state.decidedOn ?? state.submittedOn ?? state.preparationOn ?? state.ideaOn;
}

/** Applies one step: the new state, or why it is refused. */
export function applyStatusStep(
  state: ApplicationState,
  step: StatusStep,
): { ok: true; state: ApplicationState } | { ok: false; problem: StatusProblem } {
  if (!NEXT_STATUSES[state.status].includes(step.to)) {
    return { ok: false, problem: { kind: 'notAllowed', from: state.status, to: step.to } };
  }
  const previousOn = lastStepOn(state);
  if (step.on < previousOn) return { ok: false, problem: { kind: 'beforePrevious', previousOn } };
  const next: ApplicationState = { ...state, status: step.to };
  switch (step.to) {
    case 'inPreparation':
      next.preparationOn = step.on;
      break;
    case 'submitted':
      next.submittedOn = step.on;
      break;
    case 'granted': {
      const granted = step.amountGrantedOre;
      if (granted === undefined || granted === null) {
        return { ok: false, problem: { kind: 'grantedAmountMissing' } };
      }
      if (granted > state.amountAppliedOre) {
        return {
          ok: false,
          problem: {
            kind: 'grantedExceedsApplied',
            amountGrantedOre: granted,
            amountAppliedOre: state.amountAppliedOre,
          },
        };
      }
      next.decidedOn = step.on;
      next.amountGrantedOre = granted;
      break;
    }
    case 'refused':
      next.decidedOn = step.on;
      next.amountGrantedOre = null;
      break;
    default:
      break;
  }
  return { ok: true, state: next };
}

/** Whether the application's content (budget, parties, links) may still change. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'idea' || status === 'inPreparation';
}
