/**
 * The forum page as of a day: attributes, members (with names, roles, parties, born or appointed
 * and why), seats, rules, breaches, and history (every version of the forum plus every member
 * change over time). Also the forum look-ups other modules use (`getForumMembers`, `findForum`).
 */
import type { OrgState } from '../../../domain/organisation/index';
import { notFound } from '../../platform/errors';
import { isValidOn, type IsoDate } from '../../../shared/dates';
import { orgText } from '../../../shared/organisation.messages';
import type { ForumPage } from '../../../shared/organisation-views.contract';
import type { Db } from '../../db/client';
import { orgContext, type OrgContext } from './org-change';
import { breachesOf, forumTimeline, loadOrgDay, membersOf, type OrgDay } from './org-day';
import { personRef, presentBreach, presentMember, ruleLabel, seatExplanation } from './org-present';
import { successionOf } from './org-succession.service';
import { collaborationOf } from './org-read.repo';

const FORUM = orgText('entity.forum');

/** The collaboration of a forum, or 404. */
export async function requireForumCollaboration(org: OrgContext, forumId: string): Promise<string> {
  const collaborationId = await collaborationOf(org.db, 'forum', forumId);
  if (collaborationId === null) throw notFound(FORUM);
  return collaborationId;
}

function named(state: OrgState, kind: 'forum' | 'party', ids: readonly string[]) {
  return ids.map((id) => ({
    id,
    name: (kind === 'forum' ? state.fora.get(id)?.name : state.parties.get(id)?.name) ?? id,
  }));
}

function forumOnDay(day: OrgDay, forumId: string) {
  const current = day.state.fora.get(forumId);
  if (current) return current;
  // Not valid on the day: show the nearest version (the page then says it is not active).
  const versions = day.snapshot.fora.filter((f) => f.entityId === forumId);
  const before = versions.filter((f) => f.validFrom <= day.state.date).at(-1);
  const found = before ?? versions[0];
  if (!found) throw notFound(FORUM);
  return found;
}

function seatsWithText(day: OrgDay, forumId: string): ForumPage['seats'] {
  return [...(day.state.seatsByForum.get(forumId) ?? [])].map((seat) => ({
    ...seat,
    explanation: seatExplanation(day.state, seat.entityId),
  }));
}

/** The forum page on `date`; 404 for an unknown forum. */
export async function forumPage(
  org: OrgContext,
  forumId: string,
  date: IsoDate,
): Promise<ForumPage> {
  const collaborationId = await requireForumCollaboration(org, forumId);
  const day = await loadOrgDay(org, collaborationId, date);
  const { state } = day;
  const forum = forumOnDay(day, forumId);
  const members = state.fora.has(forumId) ? membersOf(day, forumId) : [];
  const secretariat = forum.secretariat;
  const area = forum.clusterId ? state.clusters.get(forum.clusterId) : undefined;
  return {
    date,
    collaborationId,
    forum,
    clusterName: area?.name ?? null,
    areaKind: area?.kind ?? null,
    areaVerification: area?.verification ?? null,
    owner: forum.ownerPartyId ? (named(state, 'party', [forum.ownerPartyId])[0] ?? null) : null,
    reportsTo: forum.reportsToForumId
      ? (named(state, 'forum', [forum.reportsToForumId])[0] ?? null)
      : null,
    ...(await successionOf(org.db, forumId)),
    secretariat: secretariat
      ? {
          servedBy: named(state, 'party', secretariat.servedBy),
          paidBy: named(state, 'party', secretariat.paidBy),
          note: secretariat.note,
        }
      : null,
    members: members.map((m) => presentMember(state, m)),
    vacancyCount: members.filter((m) => m.isVacant).length,
    seats: seatsWithText(day, forumId),
    rules: day.snapshot.compositionRules
      .filter((r) => r.forumId === forumId && isValidOn(r, date))
      .map((r) => ({ ...r, label: ruleLabel(r.spec) })),
    breaches: (await breachesOf(org, day, [forumId])).map((b) => presentBreach(state, b)),
    history: {
      versions: day.snapshot.fora.filter((f) => f.entityId === forumId),
      events: forumTimeline(day, [forumId]),
    },
  };
}

/** A forum member as other modules need it: the person with their account, and the roles. */
export interface ForumMember {
  personId: string;
  name: string;
  /** The user account, when the person can log in (closed agenda items: members only). */
  userId: string | null;
  role: ForumPage['members'][number]['role'];
  roles: ForumPage['members'][number]['roles'];
  seatEntityId: string;
  substitute: { personId: string; name: string; userId: string | null } | null;
}

/**
 * The members of a forum on `date` (vacancies left out), with their user accounts; null when the
 * forum is unknown or not valid on the day, or its members cannot be derived.
 */
export async function getForumMembers(
  db: Db,
  forumId: string,
  date: IsoDate,
): Promise<ForumMember[] | null> {
  const collaborationId = await collaborationOf(db, 'forum', forumId);
  if (collaborationId === null) return null;
  const day = await loadOrgDay(orgContext(db), collaborationId, date);
  const result = day.evaluate(forumId);
  if (!result.ok) return null;
  return result.members.flatMap((m) => {
    const person = personRef(day.state, m.personId);
    if (m.isVacant || person === null) return [];
    const sub = personRef(day.state, m.substitutePersonId);
    return [
      {
        personId: person.id,
        name: person.name,
        userId: person.userId,
        role: m.role,
        roles: [...m.roles],
        seatEntityId: m.seatEntityId,
        substitute: sub ? { personId: sub.id, name: sub.name, userId: sub.userId } : null,
      },
    ];
  });
}
