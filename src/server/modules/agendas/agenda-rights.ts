/**
 * What a viewer may do with one meeting's agenda and minutes, decided in ONE place: the
 * agenda's `viewer` block (GET /api/agendas/:meetingId) and the mutation endpoints both use
 * {@link agendaRights} and the `may*` functions below, so the web app never offers what the
 * server refuses. Who the viewer is (member, reviewer, chair, eligible approver) is resolved
 * here once; the life-cycle checks are the domain's (agenda-state.ts).
 */
import { canMoveMinutes, isAgendaEditable } from '../../../domain/agendas/index';
import type { AgendaViewer } from '../../../shared/agendas.contract';
import type { SeatRole } from '../../../shared/organisation.enums';
import { hasRole } from '../../../shared/roles';
import {
  isViewer,
  type CaseDeps,
  type CaseMeeting,
  type CasePerson,
  type Viewer,
} from '../cases/index';
import type { AgendaRow } from './agendas.repo';
import { eligibleApprovers } from './minutes.rules';

/** The function roles that may close the minutes' approval. */
const CHAIRS: readonly SeatRole[] = ['chair', 'coChair', 'viceChair'];

/** Who the viewer is for one meeting's agenda. */
export interface AgendaRights {
  /** The secretariat (or admin) account role. */
  secretariat: boolean;
  /** The viewer's person in the forum on the meeting date (as member or substitute), if any. */
  personId: string | null;
  /** Passes the closed-item rule: a member of the forum on the meeting date in any capacity. */
  isMember: boolean;
  /** One of the reviewers chosen for the draft. */
  isReviewer: boolean;
  /** Chair, co-chair or vice-chair of the forum on the meeting date. */
  isChair: boolean;
  /** The viewer as an eligible approver of the minutes, or null. */
  approver: CasePerson | null;
  /** Every eligible approver of the minutes (see minutes.rules.ts). */
  eligible: CasePerson[];
}

/** Resolves the viewer's rights (one derivation of the forum's members on the meeting date). */
export async function agendaRights(
  deps: CaseDeps,
  viewer: Viewer,
  meeting: CaseMeeting,
  reviewerIds: readonly string[],
): Promise<AgendaRights> {
  const members = await deps.org.forumMembers(deps.db, meeting.forumId, meeting.date);
  const seated = members.filter((m) => isViewer(viewer, m));
  const own = seated.filter((m) => m.userId === viewer.userId);
  const asSubstitute = seated.find((m) => m.substitute?.userId === viewer.userId)?.substitute;
  const eligible = await eligibleApprovers(deps, meeting, members);
  return {
    secretariat: hasRole(viewer.role, 'secretariat'),
    personId: own[0]?.personId ?? asSubstitute?.personId ?? null,
    isMember: seated.length > 0,
    isReviewer: reviewerIds.includes(viewer.userId),
    isChair: own.some((m) => m.roles.some((r) => CHAIRS.includes(r))),
    approver: eligible.find((p) => p.userId === viewer.userId) ?? null,
    eligible,
  };
}

/** True when the minutes may go to `to` now (the agenda is published and the life cycle allows it). */
export function minutesMovable(
  agenda: Pick<AgendaRow, 'status' | 'minutesStatus'>,
  to: 'sentForApproval' | 'approved',
): boolean {
  return agenda.status === 'published' && canMoveMinutes(agenda.minutesStatus, to);
}

/** Add, change, order and remove items: the secretariat, until the agenda is published. */
export function mayEditAgenda(rights: AgendaRights, agenda: Pick<AgendaRow, 'status'>): boolean {
  return rights.secretariat && isAgendaEditable(agenda.status);
}

/** Who may comment on the draft: a chosen reviewer or the secretariat. */
export function mayCommentAsWho(rights: AgendaRights): boolean {
  return rights.isReviewer || rights.secretariat;
}

/** Who may close the approval: the secretariat or the forum's chair on the meeting date. */
export function mayCloseApprovalAsWho(rights: AgendaRights): boolean {
  return rights.secretariat || rights.isChair;
}

/** The `viewer` block of the agenda: what the viewer may do now. */
export function viewerBlock(
  rights: AgendaRights,
  agenda: Pick<AgendaRow, 'status' | 'minutesStatus'>,
  approvedPersonIds: readonly string[],
): AgendaViewer {
  const approving = minutesMovable(agenda, 'approved');
  return {
    personId: rights.personId,
    isMember: rights.isMember,
    isReviewer: rights.isReviewer,
    mayEdit: mayEditAgenda(rights, agenda),
    mayComment: agenda.status === 'inReview' && mayCommentAsWho(rights),
    mayApprove:
      approving &&
      rights.approver !== null &&
      !approvedPersonIds.includes(rights.approver.personId),
    mayCloseApproval: approving && mayCloseApprovalAsWho(rights),
  };
}
