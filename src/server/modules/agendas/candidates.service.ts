/**
 * The "add a case" offer of an agenda (issue 11): the cases waiting in the meeting's forum, one
 * page paged in SQL by the case list, each with what can be done from here (the pure rule in
 * src/domain/agendas/placement.ts): place it, move it from another agenda still being
 * prepared, or nothing (it is on a published agenda, or already here). After the waiting cases
 * come the forum's decisions that came back to it and still await it (issue 12: return steps,
 * offered as information items); the two lists are paged as one.
 */
import { placementOffer, type PlacementOffer } from '../../../domain/agendas/index';
import type { AgendaCandidates } from '../../../shared/agendas.contract';
import { listCases, openReturnStepsForViewer, type CaseDeps, type Viewer } from '../cases/index';
import { placementsOfSteps } from './agendas.repo';
import { requireMeeting } from './agendas.view';

/** The waiting cases of the meeting's forum with their placement offers. */
export async function agendaCandidates(
  deps: CaseDeps,
  viewer: Viewer,
  meetingId: string,
  page: { limit: number; offset: number },
): Promise<AgendaCandidates> {
  const meeting = await requireMeeting(deps, meetingId);
  const list = await listCases(deps, viewer, {
    currentForumId: meeting.forumId,
    status: 'open',
    ...page,
  });
  const waitingSteps = list.items
    .filter((c) => c.currentStepId !== null)
    .map((c) => ({
      caseId: c.id,
      stepId: c.currentStepId as string,
      title: c.title,
      confidential: c.confidential,
      kind: 'waiting' as const,
    }));
  // The return steps continue the page where the waiting cases end.
  const room = page.limit - list.items.length;
  const returns = await openReturnStepsForViewer(deps, viewer, meeting.forumId, {
    limit: Math.max(room, 1),
    offset: Math.max(0, page.offset - list.total),
  });
  const returnSteps = room > 0 ? returns.rows.map((r) => ({ ...r, kind: 'return' as const })) : [];
  const candidates = [...waitingSteps, ...returnSteps];
  const placements = await placementsOfSteps(
    deps.db,
    candidates.map((c) => c.stepId),
  );
  const otherIds = [...placements.values()]
    .map((p) => p.meetingId)
    .filter((id) => id !== meetingId);
  const others = new Map(
    (await deps.meetings.meetings(deps.db, [...new Set(otherIds)])).map((m) => [m.id, m]),
  );
  return {
    total: list.total + returns.total,
    items: candidates.map((c) => {
      const placement = placements.get(c.stepId) ?? null;
      // A waiting step is pending and a return step still to note, so the offer is never `done`.
      const offer = placementOffer(
        meetingId,
        c.kind === 'return' ? 'toNote' : 'planned',
        placement,
      ) as Exclude<PlacementOffer, 'done'>;
      const other = placement ? others.get(placement.meetingId) : undefined;
      return {
        ...c,
        offer,
        onMeeting:
          other && placement
            ? {
                id: other.id,
                title: other.title,
                date: other.date,
                agendaStatus: placement.agendaStatus,
              }
            : null,
      };
    }),
  };
}
