/**
 * The "add a case" offer of an agenda (issue 11): the cases waiting in the meeting's forum, one
 * page paged in SQL by the case list, each with what can be done from here (the pure rule in
 * src/domain/agendas/placement.ts): place it, move it from another agenda still being
 * prepared, or nothing (it is on a published agenda, or already here).
 */
import { placementOffer, type PlacementOffer } from '../../../domain/agendas/index';
import type { AgendaCandidates } from '../../../shared/agendas.contract';
import { listCases, type CaseDeps, type Viewer } from '../cases/index';
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
  const waiting = list.items.filter((c) => c.currentStepId !== null);
  const placements = await placementsOfSteps(
    deps.db,
    waiting.map((c) => c.currentStepId as string),
  );
  const otherIds = [...placements.values()]
    .map((p) => p.meetingId)
    .filter((id) => id !== meetingId);
  const others = new Map(
    (await deps.meetings.meetings(deps.db, [...new Set(otherIds)])).map((m) => [m.id, m]),
  );
  return {
    total: list.total,
    items: waiting.map((c) => {
      const stepId = c.currentStepId as string;
      const placement = placements.get(stepId) ?? null;
      // The current step of an open case is pending, so the offer is never `done`.
      const offer = placementOffer(meetingId, 'planned', placement) as Exclude<
        PlacementOffer,
        'done'
      >;
      const other = placement ? others.get(placement.meetingId) : undefined;
      return {
        caseId: c.id,
        stepId,
        title: c.title,
        confidential: c.confidential,
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
