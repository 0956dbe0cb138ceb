/**
 * Record- and field-level checks before a case changes (ASVS 8.2.2/8.2.3): a confidential case
 * may only be changed by someone who may see it, and a step treated in a closed item only by a
 * member of that forum on the meeting date. Forum and meeting references must exist.
 */
import {
  decisionRefusal,
  hiddenStepIds,
  mayViewCase,
  statusWhenMinutesWritten,
  type CaseVisibility,
} from '../../../domain/agendas/index';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { loadCase, type LoadedCase } from './cases.repo';
import { caseVisibilityContext } from './cases.view';
import type { CaseDeps, CaseForum, CaseMeeting } from './ports';
import { appError } from './texts';
import type { Viewer } from './viewer';
import { notFound } from '../../platform/errors';

/** Loads a case for a change and checks the viewer may see it (and the step, when given). */
export async function loadForChange(
  deps: CaseDeps,
  viewer: Viewer,
  caseId: string,
  stepId?: string,
): Promise<LoadedCase> {
  const loaded = await loadCase(deps.db, caseId);
  if (!loaded) throw notFound({ da: 'Sagen', en: 'The case' });
  const ctx = await caseVisibilityContext(deps, viewer, [loaded]);
  const visibility = ctx.visibility.get(caseId) as CaseVisibility;
  if (!mayViewCase(visibility, ctx.clearance, ctx.today)) {
    throw appError('forbidden', 'cases', 'errors.confidentialNotCleared');
  }
  if (stepId !== undefined && hiddenStepIds(visibility, ctx.clearance, ctx.today).has(stepId)) {
    throw appError('forbidden', 'agendas', 'errors.agenda.closedNotCleared');
  }
  return loaded;
}

/**
 * The forum valid on `on` in the collaboration, or 422; a known forum that has ended (or not yet
 * started) says so, with its last day and successors.
 */
export async function requireForum(
  db: Db,
  deps: Pick<CaseDeps, 'org'>,
  forumId: string,
  collaborationId: string,
  on: IsoDate = todayInDenmark(),
): Promise<CaseForum> {
  const forum = await deps.org.findForum(db, forumId, on);
  if (!forum && deps.org.forumNotValid) {
    const known = await deps.org.forumNames(db, [forumId]);
    if (known.has(forumId)) throw await deps.org.forumNotValid(db, forumId, on);
  }
  if (!forum || forum.collaborationId !== collaborationId) {
    throw appError('unprocessable', 'cases', 'errors.forumNotFound', { forumId });
  }
  return forum;
}

/**
 * Refuses a decision (or minutes) for a meeting that is not held on `today` (issue 11: the rule
 * in src/domain/agendas/meeting-held.ts), worded for the case page (`cases`) or the minutes
 * (`agendas`): 409 with the meeting's day.
 */
export function assertMeetingHeld(
  meeting: CaseMeeting,
  today: IsoDate,
  ns: 'cases' | 'agendas',
): void {
  const refusal = decisionRefusal(meeting, today);
  if (refusal === null) return;
  const key = ns === 'cases' ? `errors.case.${refusal}` : `errors.minutes.${refusal}`;
  throw appError('conflict', ns, key, { date: meeting.date, meetingId: meeting.id });
}

/** Marks a held meeting `held` when minutes are written for it (inside the caller's transaction). */
export async function markHeldIfDue(
  tx: Db,
  deps: CaseDeps,
  meeting: CaseMeeting,
  today: IsoDate,
): Promise<void> {
  const next = statusWhenMinutesWritten(meeting, today);
  if (next !== null) await deps.meetings.setStatus(tx, meeting.id, next);
}
