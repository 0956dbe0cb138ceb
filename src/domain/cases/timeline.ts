/**
 * Read models of a case: its timeline in both directions and what flowed back to a forum.
 */
import type { CaseEventKind } from '../../shared/cases.enums';
import { caseStatus } from './case-helpers';
import type { Case, CaseEvent } from './types';

/** Which way an event moves the case: up the route, back down, or neither. */
export type CaseDirection = 'up' | 'down' | 'none';

/** A timeline entry: the event and its direction. */
export type TimelineEntry = CaseEvent & { direction: CaseDirection };

const DOWN: readonly CaseEventKind[] = ['returned', 'sentBack', 'withdrawn'];
const UP: readonly CaseEventKind[] = ['decided', 'escalated', 'recommended'];

function directionOf(e: CaseEvent): CaseDirection {
  if (DOWN.includes(e.kind)) return 'down';
  if (UP.includes(e.kind) && e.toForumId !== null) return 'up';
  return 'none';
}

/**
 * Every event of the case in order, both ways: by date, then by recording order (events
 * entered late still land on their date). `up` marks moves to the next forum, `down` marks
 * decisions flowing back, cases sent back, and withdrawal notices to the raising forum.
 */
export function timeline(c: Case): TimelineEntry[] {
  return [...c.events]
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.seq - b.seq))
    .map((e) => ({ ...e, direction: directionOf(e) }));
}

/**
 * The downward events addressed to `forumId` (final decisions returned, cases sent back,
 * withdrawals), in timeline order: what a cluster sees of a case it raised.
 */
export function returnedTo(c: Case, forumId: string): TimelineEntry[] {
  return timeline(c).filter((e) => e.direction === 'down' && e.toForumId === forumId);
}

/**
 * The decisions that have come back to `forumId` for the case page: everything flowing down to
 * it ({@link returnedTo}) and, when the route ended in `forumId` itself (it decided the case,
 * so nothing had to travel back), that final decision. A decided case therefore always shows
 * the decision that settled it.
 */
export function decisionsBack(c: Case, forumId: string): TimelineEntry[] {
  const entries = timeline(c);
  const last = c.steps.findLast((s) => s.status === 'decided');
  const settledHere = caseStatus(c) === 'decided' && last !== undefined && last.forumId === forumId;
  return entries.filter(
    (e) =>
      (e.direction === 'down' && e.toForumId === forumId) ||
      (settledHere && e.kind === 'decided' && e.stepId === last.id),
  );
}
