/**
 * The pure rules of a task transfer (issue 12 point 4, the South Danish model in seed 002):
 * the assessment must be complete before a decision (every dimension has its text), a precedent
 * needs its reason, the decision day lies on or after the day the transfer was opened, and the
 * status moves underAssessment → decided or withdrawn, nothing else. A repeated identical
 * decision is recognised (`repeat`) so a retry changes nothing.
 */
import type { IsoDate } from '../../shared/dates';
import {
  TRANSFER_DIMENSIONS,
  type Assessment,
  type TransferDimension,
  type TransferKind,
  type TransferStatus,
} from '../../shared/transfers.contract';

/** Why a rule refused; the server words it from `transfers.errors.<code>`. */
export type TransferErrorCode =
  | 'assessmentIncomplete'
  | 'precedentReasonMissing'
  | 'decisionBeforeOpened'
  | 'statusTransition'
  | 'alreadyDecided'
  | 'notEditable';

export interface TransferError {
  code: TransferErrorCode;
  params: Record<string, string | number>;
}

export type TransferResult<T> = { ok: true; value: T } | { ok: false; error: TransferError };

const ok = <T>(value: T): TransferResult<T> => ({ ok: true, value });
const refuse = <T>(
  code: TransferErrorCode,
  params: Record<string, string | number> = {},
): TransferResult<T> => ({ ok: false, error: { code, params } });

const NEXT: Record<TransferStatus, readonly TransferStatus[]> = {
  underAssessment: ['decided', 'withdrawn'],
  decided: [],
  withdrawn: [],
};

/** True when a transfer in `from` may move to `to`. */
export function mayTransition(from: TransferStatus, to: TransferStatus): boolean {
  return NEXT[from].includes(to);
}

/** The dimensions whose text is still empty, in the model's order. */
export function missingDimensions(assessment: Assessment): TransferDimension[] {
  return TRANSFER_DIMENSIONS.filter((d) => assessment[d].text.trim() === '');
}

/** A precedent needs its reason; without the flag the reason is dropped. */
export function checkPrecedent(
  precedent: boolean,
  reason: string | null,
): TransferResult<string | null> {
  const text = reason?.trim() ?? '';
  if (!precedent) return ok(null);
  if (text === '') return refuse('precedentReasonMissing');
  return ok(text);
}

/** What the decision rule reads of the stored transfer. */
export interface TransferState {
  status: TransferStatus;
  kind: TransferKind;
  openedOn: IsoDate;
  assessment: Assessment;
  precedent: boolean;
  precedentReason: string | null;
  decidingForumId: string | null;
  decidedOn: IsoDate | null;
}

export interface DecisionInput {
  kind: TransferKind;
  decidingForumId: string;
  decidedOn: IsoDate;
}

/** The decision's outcome: a new decision, or the same decision again (a retry). */
export type Decision = { repeat: false; decision: DecisionInput } | { repeat: true };

/** Decides a transfer: checks status, completeness, precedent reason and dates. */
export function decide(state: TransferState, input: DecisionInput): TransferResult<Decision> {
  if (state.status === 'decided') {
    const same =
      state.kind === input.kind &&
      state.decidingForumId === input.decidingForumId &&
      state.decidedOn === input.decidedOn;
    return same ? ok({ repeat: true }) : refuse('alreadyDecided', { on: state.decidedOn ?? '' });
  }
  if (!mayTransition(state.status, 'decided')) {
    return refuse('statusTransition', { from: state.status, to: 'decided' });
  }
  const missing = missingDimensions(state.assessment);
  if (missing.length) return refuse('assessmentIncomplete', { dimensions: missing.join(',') });
  const precedent = checkPrecedent(state.precedent, state.precedentReason);
  if (!precedent.ok) return precedent;
  if (input.decidedOn < state.openedOn) {
    return refuse('decisionBeforeOpened', { on: input.decidedOn, opened: state.openedOn });
  }
  return ok({ repeat: false, decision: input });
}

/** Withdraws a transfer still under assessment. */
export function withdraw(status: TransferStatus): TransferResult<'withdrawn'> {
  return mayTransition(status, 'withdrawn')
    ? ok('withdrawn')
    : refuse('statusTransition', { from: status, to: 'withdrawn' });
}

/** Only a transfer under assessment may be edited. */
export function assertEditable(status: TransferStatus): TransferResult<true> {
  return status === 'underAssessment' ? ok(true) : refuse('notEditable', { status });
}

/** The knowledge bank's outcome of a transfer: its kind once decided, null when withdrawn. */
export function knowledgeOutcome(
  status: TransferStatus,
  kind: TransferKind,
): 'underAssessment' | 'agreed' | 'planned' | null {
  if (status === 'decided') return kind;
  if (status === 'underAssessment') return 'underAssessment';
  return null;
}
