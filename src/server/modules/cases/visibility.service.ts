/**
 * The ONE server function behind every closed-item and confidential-case decision: which
 * restrictions (a forum's members on a day) a viewer passes. A viewer passes when the person
 * linked to their user account (persons.user_id) is a member of the forum on that day
 * in any capacity the organisation derives: member, function holder (chair, co-chair,
 * vice-chair), secretary, attendee or optional attendee, or the substitute of one of them.
 * The secretariat and admin roles grant nothing here: closed means the forum's members only.
 * With the port's batch `clearedFor` (the stored membership periods, which agree with the
 * derived members: org-member-periods.routes.test.ts) it is one query for all restrictions.
 */
import {
  distinctRestrictions,
  restrictionKey,
  type Clearance,
  type Restriction,
} from '../../../domain/agendas/index';
import type { IsoDate } from '../../../shared/dates';
import type { SeatRole } from '../../../shared/organisation.enums';
import type { Db } from '../../db/client';
import type { CaseForumMember, OrganisationLookup } from './ports';
import type { Viewer } from './viewer';

/** True when the viewer's user account is the member's or the member's substitute's. */
export function isViewer(viewer: Viewer, member: CaseForumMember): boolean {
  return member.userId === viewer.userId || member.substitute?.userId === viewer.userId;
}

/** The restrictions of `restrictions` that the viewer passes. */
export async function resolveClearance(
  db: Db,
  org: OrganisationLookup,
  viewer: Viewer,
  restrictions: readonly (Restriction | null)[],
): Promise<Clearance> {
  const cleared = new Set<string>();
  const distinct = distinctRestrictions(restrictions);
  if (distinct.length === 0) return cleared;
  if (org.clearedFor) {
    for (const r of await org.clearedFor(db, viewer.userId, distinct))
      cleared.add(restrictionKey(r));
    return cleared;
  }
  for (const r of distinct) {
    const members = await org.forumMembers(db, r.forumId, r.on);
    if (members.some((m) => isViewer(viewer, m))) cleared.add(restrictionKey(r));
  }
  return cleared;
}

/** The viewer's roles in a forum on a day as a member (not as a substitute); empty if none. */
export async function viewerRolesIn(
  db: Db,
  org: OrganisationLookup,
  viewer: Viewer,
  forumId: string,
  on: IsoDate,
): Promise<Set<SeatRole>> {
  const roles = new Set<SeatRole>();
  for (const m of await org.forumMembers(db, forumId, on)) {
    if (m.userId === viewer.userId) for (const role of m.roles) roles.add(role);
  }
  return roles;
}
