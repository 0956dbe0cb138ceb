/**
 * The default follow-up forum of a decision (issue 12, point 5). Seed 004: TSS "forbereder møder
 * i Sundhedssamarbejdsudvalget og sikrer udførelse af og fremdrift i beslutninger truffet i SSU".
 * The organisation says this in two ways: an ordering rule "TSS prepares SSU"
 * (src/domain/meetings/ordering-rules.ts), or a forum reporting to the deciding forum whose
 * must-tasks name the follow-up of its decisions. Without either, the deciding forum follows up
 * its own decisions.
 */
import type { FollowUpBasis } from '../../shared/actions.contract';

/** A forum as the proposal reads it (valid on the decision date). */
export interface FollowUpCandidate {
  entityId: string;
  reportsToForumId: string | null;
  mustTasks: readonly string[];
}

/** An ordering rule as the proposal reads it. */
export interface PreparationLink {
  kind: 'after' | 'preMeeting' | 'prepares';
  /** The forum that is prepared (e.g. SSU). */
  forumId: string;
  /** The forum that prepares it (e.g. TSS). */
  dependsOnForumId: string;
}

/** Words of a must-task about following up decisions ("fremdrift i beslutninger", "opfølgning"). */
const FOLLOW_UP_TASK = /(fremdrift|opfølgning|opfølge|udførelse)/i;

/**
 * The proposed follow-up forum: the forum that `prepares` the deciding forum (first rule wins,
 * so the result is deterministic); else a forum reporting to it whose must-tasks speak of
 * following up; else the deciding forum. Only fora valid on the decision date are proposed.
 */
export function proposeFollowUpForum(
  decidingForumId: string,
  fora: readonly FollowUpCandidate[],
  rules: readonly PreparationLink[],
): { forumId: string; basis: FollowUpBasis } {
  const valid = new Set(fora.map((f) => f.entityId));
  const preparing = rules.find(
    (r) => r.kind === 'prepares' && r.forumId === decidingForumId && valid.has(r.dependsOnForumId),
  );
  if (preparing) return { forumId: preparing.dependsOnForumId, basis: 'prepares' };
  const reporting = fora
    .filter(
      (f) =>
        f.entityId !== decidingForumId &&
        f.reportsToForumId === decidingForumId &&
        f.mustTasks.some((t) => FOLLOW_UP_TASK.test(t)),
    )
    .sort((a, b) => a.entityId.localeCompare(b.entityId))[0];
  if (reporting) return { forumId: reporting.entityId, basis: 'mustTask' };
  return { forumId: decidingForumId, basis: 'self' };
}
