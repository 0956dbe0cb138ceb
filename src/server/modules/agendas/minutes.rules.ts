/**
 * Who approves the minutes (docs/decisions: minutes approval). Eligible are the forum's members
 * proper on the meeting date (not secretaries or attendees), linked to a user account, and not
 * recorded as absent or excused from the meeting (they cannot vouch for it). The minutes are
 * approved when every eligible member has approved, or when the chair (chair, co-chair,
 * vice-chair) or the secretariat closes the approval, e.g. after its deadline (silence is
 * consent, as in FirstAgenda's approval round).
 */
import { NON_MEMBER_ROLES, type SeatRole } from '../../../shared/organisation.enums';
import { findUserById } from '../auth/index';
import type { CaseDeps, CaseForumMember, CaseMeeting, CasePerson } from '../cases/index';
import { listApprovals } from './agendas.repo';

/**
 * The persons who may approve the minutes of a meeting. `members` are the forum's members on
 * the meeting date when the caller has them already (they are derived otherwise).
 */
export async function eligibleApprovers(
  deps: CaseDeps,
  meeting: CaseMeeting,
  members?: readonly CaseForumMember[],
): Promise<CasePerson[]> {
  const derived = members ?? (await deps.org.forumMembers(deps.db, meeting.forumId, meeting.date));
  const away = new Set(
    (await deps.meetings.participants(deps.db, meeting.id))
      .filter((p) => p.attendance === 'absent' || p.attendance === 'excused')
      .flatMap((p) => (p.personId ? [p.personId] : [])),
  );
  const eligible = new Map<string, CasePerson>();
  for (const m of derived) {
    const proper = !(NON_MEMBER_ROLES as readonly SeatRole[]).includes(m.role);
    if (proper && m.userId !== null && !away.has(m.personId)) {
      eligible.set(m.personId, { personId: m.personId, name: m.name, userId: m.userId });
    }
  }
  return [...eligible.values()];
}

/** Every eligible member with their approval (or null), plus any other recorded approval. */
export async function approvalsView(
  deps: CaseDeps,
  meeting: CaseMeeting,
): Promise<{ personId: string; name: string; approvedAt: string | null }[]> {
  const approvals = await listApprovals(deps.db, meeting.id);
  const byPerson = new Map(approvals.map((a) => [a.personId, a]));
  const eligible = await eligibleApprovers(deps, meeting);
  const rows = eligible.map((p) => ({
    personId: p.personId,
    name: p.name,
    approvedAt: byPerson.get(p.personId)?.approvedAt.toISOString() ?? null,
  }));
  const others = approvals
    .filter((a) => !eligible.some((p) => p.personId === a.personId))
    .map((a) => ({ personId: a.personId, name: a.name, approvedAt: a.approvedAt.toISOString() }));
  return [...rows, ...others];
}

/** The reviewers with their names. */
export async function reviewerNames(
  deps: CaseDeps,
  userIds: readonly string[],
): Promise<{ userId: string; name: string }[]> {
  const out: { userId: string; name: string }[] = [];
  for (const userId of userIds) {
    const user = await findUserById(deps.db, userId);
    out.push({ userId, name: user?.name ?? '?' });
  }
  return out;
}
