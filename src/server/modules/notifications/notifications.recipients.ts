/**
 * Who is notified of what, always users with an active account and an e-mail address:
 * - agenda published: the meeting's invited participants (persons linked to user accounts);
 * - draft agenda sent for review: the chosen reviewers;
 * - minutes sent for approval: the members who approve them (agendas' `eligibleApprovers`);
 * - a case's final decision came back: the members of the forum it came back to (members,
 *   function holders, secretaries, attendees), and only those who may see the case
 *   (`getCaseForViewer`): a confidential case is never announced to someone outside it.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { todayInDenmark } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { eligibleApprovers } from '../agendas/index';
import { users } from '../auth/index';
import { getCaseForViewer, type CaseDeps } from '../cases/index';
import { meetingParticipants } from '../meetings/index';
import { findPersons } from '../organisation/index';
import type { NotificationSource } from './notifications.sources';

/** A user to send to. */
export interface Recipient {
  userId: string;
  name: string;
  email: string;
  locale: 'da' | 'en';
  role: (typeof users.$inferSelect)['role'];
}

/** Active users by id, in a stable order. */
async function activeUsers(db: Db, ids: readonly string[]): Promise<Recipient[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select()
    .from(users)
    .where(and(inArray(users.id, unique), isNull(users.disabledAt)))
    .orderBy(users.id);
  return rows
    .filter((u) => u.email.includes('@'))
    .map((u) => ({ userId: u.id, name: u.name, email: u.email, locale: u.locale, role: u.role }));
}

async function invitedUsers(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: meetingParticipants.personId })
    .from(meetingParticipants)
    .where(
      and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.invited, true)),
    );
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  return (await findPersons(db, personIds)).flatMap((p) => (p.userId ? [p.userId] : []));
}

async function approvers(deps: CaseDeps, meetingId: string): Promise<string[]> {
  const meeting = await deps.meetings.findMeeting(deps.db, meetingId);
  if (!meeting) return [];
  return (await eligibleApprovers(deps, meeting)).flatMap((p) => (p.userId ? [p.userId] : []));
}

async function caseForumMembers(
  deps: CaseDeps,
  caseId: string,
  forumId: string,
): Promise<Recipient[]> {
  const members = await deps.org.forumMembers(deps.db, forumId, todayInDenmark());
  const candidates = await activeUsers(
    deps.db,
    members.flatMap((m) => (m.userId ? [m.userId] : [])),
  );
  const out: Recipient[] = [];
  for (const user of candidates) {
    const view = await getCaseForViewer(deps, user, caseId);
    if (!view.redacted) out.push(user);
  }
  return out;
}

/** The recipients of a change. */
export async function recipientsOf(
  deps: CaseDeps,
  source: NotificationSource,
): Promise<Recipient[]> {
  switch (source.kind) {
    case 'agendaPublished':
      return activeUsers(deps.db, await invitedUsers(deps.db, source.meetingId));
    case 'agendaReview':
      return activeUsers(deps.db, source.reviewerUserIds);
    case 'minutesForApproval':
      return activeUsers(deps.db, await approvers(deps, source.meetingId));
    case 'caseDecided':
      return caseForumMembers(deps, source.caseId, source.forumId);
  }
}
