/**
 * Collaboration-wide reads as of a day: the list of collaborations, the overview (clusters,
 * fora by level, parties, counts), organisation health (every breach), seat burden and the org
 * chart.
 */
import {
  clusterFora,
  seatBurden,
  sortByName,
  type Breach,
  type OrgState,
} from '../../../domain/organisation/index';
import { validOn, type IsoDate } from '../../../shared/dates';
import { FORUM_LEVELS } from '../../../shared/organisation.enums';
import { orgLabel } from '../../../shared/organisation.messages';
import type {
  Burden,
  ForumSummary,
  Health,
  OrgChart,
  Overview,
} from '../../../shared/organisation-views.contract';
import type { CollaborationView } from '../../../shared/organisation.contract';
import type { OrgContext } from './org-change';
import { allMembers, breachesOf, loadOrgDay, membersOf, type OrgDay } from './org-day';
import { presentBreach } from './org-present';
import { listCollaborationRows } from './org-read.repo';

/** The collaborations valid on `date`, by name. */
export async function listCollaborations(
  org: OrgContext,
  date: IsoDate,
): Promise<CollaborationView[]> {
  return sortByName(validOn(await listCollaborationRows(org.db), date), (c) => c.name);
}

/** The number of breaches per forum. */
function countByForum(breaches: readonly Breach[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of breaches) counts.set(b.forumEntityId, (counts.get(b.forumEntityId) ?? 0) + 1);
  return counts;
}

function forumSummaries(day: OrgDay, breaches: readonly Breach[]): ForumSummary[] {
  const breachCounts = countByForum(breaches);
  return [...day.state.fora.values()].map((forum) => {
    const members = membersOf(day, forum.entityId);
    return {
      entityId: forum.entityId,
      name: forum.name,
      shortName: forum.shortName,
      level: forum.level,
      kind: forum.kind,
      scope: forum.scope,
      clusterId: forum.clusterId,
      reportsToForumId: forum.reportsToForumId,
      memberCount: members.filter((m) => !m.isVacant).length,
      vacancyCount: members.filter((m) => m.isVacant).length,
      breachCount: breachCounts.get(forum.entityId) ?? 0,
    };
  });
}

function clustersOf(day: OrgDay): Overview['clusters'] {
  const memberships = validOn(day.snapshot.clusterMemberships, day.state.date);
  return [...day.state.clusters.values()].map((cluster) => ({
    cluster,
    members: cluster.memberPartyIds.flatMap((partyId) => {
      const party = day.state.parties.get(partyId);
      const link = memberships.find(
        (m) => m.clusterId === cluster.entityId && m.partyId === partyId,
      );
      if (!party || !link) return [];
      const { partial, verified, source, note, verification } = link;
      const { name, code } = party;
      const fields = { partial, verified, source, note, verification };
      return [{ membershipId: link.id, partyId, name, code, ...fields }];
    }),
  }));
}

function counts(state: OrgState, day: OrgDay): Overview['counts'] {
  const members = allMembers(day);
  return {
    parties: state.parties.size,
    municipalities: [...state.parties.values()].filter((p) => p.kind === 'municipality').length,
    clusters: state.clusters.size,
    fora: state.fora.size,
    seats: [...state.seats.values()].filter((s) => state.fora.has(s.forumId)).length,
    persons: new Set(members.flatMap((m) => (m.personId ? [m.personId] : []))).size,
    vacancies: members.filter((m) => m.isVacant).length,
  };
}

/** The overview of a collaboration on a day. */
export async function collaborationOverview(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
): Promise<Overview> {
  const day = await loadOrgDay(org, collaborationId, date);
  const { state } = day;
  const collaboration =
    state.collaboration ??
    (day.snapshot.collaborations.at(-1) as NonNullable<OrgState['collaboration']>);
  const breaches = await breachesOf(org, day);
  const summaries = forumSummaries(day, breaches);
  return {
    date,
    collaboration,
    clusters: clustersOf(day),
    foraByLevel: FORUM_LEVELS.map((level) => ({
      level,
      label: orgLabel('forumLevel', level),
      fora: summaries.filter((f) => f.level === level),
    })).filter((group) => group.fora.length > 0),
    parties: [...state.parties.values()],
    counts: counts(state, day),
    breachCount: breaches.length,
    breachCounts: {
      error: breaches.filter((b) => b.severity === 'error').length,
      warning: breaches.filter((b) => b.severity === 'warning').length,
    },
  };
}

/** Every breach of every forum on a day, grouped by forum, with texts. */
export async function organisationHealth(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
): Promise<Health> {
  const day = await loadOrgDay(org, collaborationId, date);
  const breaches = await breachesOf(org, day);
  const fora = [...day.state.fora.values()]
    .map((forum) => ({
      forumEntityId: forum.entityId,
      forumName: forum.name,
      level: forum.level,
      breaches: breaches
        .filter((b) => b.forumEntityId === forum.entityId)
        .map((b) => presentBreach(day.state, b)),
    }))
    .filter((f) => f.breaches.length > 0);
  const errors = breaches.filter((b) => b.severity === 'error').length;
  return { date, total: breaches.length, errors, warnings: breaches.length - errors, fora };
}

/** Seats per municipality and per person on a day. */
export async function burden(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
): Promise<Burden> {
  const day = await loadOrgDay(org, collaborationId, date);
  return { date, ...seatBurden(day.state) };
}

function bornEdges(state: OrgState): OrgChart['edges'] {
  const edges: OrgChart['edges'] = [];
  for (const seat of state.seats.values()) {
    const rule = seat.born;
    if (!rule || !state.fora.has(seat.forumId) || rule.kind === 'officeHolders') continue;
    const sources =
      rule.kind === 'officeHoldersOfRepresented'
        ? [rule.forumId]
        : rule.forums.of === 'forums'
          ? rule.forums.forumIds
          : clusterFora(state, rule.forums.forumKind).map((f) => f.entityId);
    for (const from of sources) {
      if (from !== seat.forumId && state.fora.has(from)) {
        edges.push({ from, to: seat.forumId, kind: 'bornSeat', label: seat.label });
      }
    }
  }
  return edges;
}

/**
 * Successor edges (`successorForumIds`, set on the fora a reorganisation ends): from each forum
 * to each of its successors, when at least one of the two is a node on the day. The successors
 * are read from the forum's latest version, where the reorganisation writes them.
 */
function successorEdges(day: OrgDay): OrgChart['edges'] {
  const { state } = day;
  // Versions come oldest first, so each forum's latest version wins.
  const latest = new Map(day.snapshot.fora.map((f) => [f.entityId, f.successorForumIds]));
  return [...latest].flatMap(([from, targets]) =>
    [...new Set(targets)]
      .filter((to) => to !== from && (state.fora.has(from) || state.fora.has(to)))
      .map((to) => ({ from, to, kind: 'successor' as const, label: null })),
  );
}

/** The org chart on a day: fora as nodes; reports-to, born-seat and successor links as edges. */
export async function orgChart(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
): Promise<OrgChart> {
  const day = await loadOrgDay(org, collaborationId, date);
  const { state } = day;
  const breachCounts = countByForum(await breachesOf(org, day));
  const nodes = [...state.fora.values()].map((f) => ({
    id: f.entityId,
    name: f.name,
    shortName: f.shortName,
    level: f.level,
    kind: f.kind,
    scope: f.scope,
    clusterId: f.clusterId,
    clusterName: f.clusterId ? (state.clusters.get(f.clusterId)?.name ?? null) : null,
    memberCount: membersOf(day, f.entityId).filter((m) => !m.isVacant).length,
    breachCount: breachCounts.get(f.entityId) ?? 0,
  }));
  const reportsTo = [...state.fora.values()].flatMap((f) =>
    f.reportsToForumId && state.fora.has(f.reportsToForumId)
      ? [{ from: f.entityId, to: f.reportsToForumId, kind: 'reportsTo' as const, label: null }]
      : [],
  );
  return { date, nodes, edges: [...reportsTo, ...bornEdges(state), ...successorEdges(day)] };
}
