/**
 * The one way a stored case changes: load it (row locked) → domain transition → persist the
 * difference, inside the caller's transaction. The agendas module uses the same function, so a
 * decision recorded on an agenda item is the case's decision (one trail, both ways).
 */
import type { Case, CaseResult } from '../../../domain/cases/index';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors';
import { loadCase, persistCase, setStepClosedRow, type LoadedCase } from './cases.repo';
import { caseDomainError } from './texts';

/** The case before and after a transition. */
export interface Transitioned {
  before: LoadedCase;
  after: Case;
}

const CASE = { da: 'Sagen', en: 'The case' };

/** Loads the case with its row locked, or 404. */
export async function lockCase(tx: Db, caseId: string): Promise<LoadedCase> {
  const loaded = await loadCase(tx, caseId, true);
  if (!loaded) throw notFound(CASE);
  return loaded;
}

/**
 * Applies a domain transition to a case inside `tx` and persists it. A refusal becomes a
 * problem+json error (the transaction rolls back, nothing is written).
 */
export async function applyTransition(
  tx: Db,
  loaded: LoadedCase,
  transition: (c: Case) => CaseResult,
): Promise<Transitioned> {
  const result = transition(loaded.case);
  if (!result.ok) throw caseDomainError(result.error);
  await persistCase(tx, loaded.case, result.case, loaded.row.version);
  // A decision treated in a closed item comes back down closed too (issue 12).
  const known = new Set(loaded.case.steps.map((s) => s.id));
  for (const s of result.case.steps) {
    if (!known.has(s.id) && s.returnOf !== null && loaded.closedSteps.has(s.returnOf))
      await setStepClosedRow(tx, s.id, true);
  }
  return { before: loaded, after: result.case };
}

/** The step of a loaded case, or 404. */
export function stepOf(loaded: LoadedCase, stepId: string): Case['steps'][number] {
  const step = loaded.case.steps.find((s) => s.id === stepId);
  if (!step) throw caseDomainError({ code: 'case.stepNotFound', params: { stepId } });
  return step;
}

/** The events a transition added, for the audit row. */
export function addedEvents(t: Transitioned): Case['events'] {
  return t.after.events.slice(t.before.case.events.length);
}

/**
 * The date of a change made now: today, or the case's latest event date when that lies ahead
 * (a decision dated its meeting day), so the timeline keeps the order things happened in.
 */
export function defaultOn(c: Case): IsoDate {
  const latest = c.events.reduce((max, e) => (e.on > max ? e.on : max), c.raisedOn);
  return notBefore(todayInDenmark(), latest);
}

/** The later of two dates (the domain refuses transitions dated before the case was raised). */
export function notBefore(on: IsoDate, earliest: IsoDate): IsoDate {
  return on < earliest ? earliest : on;
}
