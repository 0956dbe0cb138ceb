/**
 * A normalised file as an `OrgSnapshot`, so the organisation domain (members, composition checks,
 * seat burden) runs on a file alone. Ids are derived from keys and therefore deterministic:
 * `<collaboration>:forum:ssu` is the forum's entityId, `…@2022-07-01` its version row.
 */
import type { OrgFileBornRule } from '../../shared/org-file.contract';
import type {
  Appointer,
  BornRule,
  ClusterMembership,
  OrgSnapshot,
  PartySelector,
  Seat,
} from '../organisation/types';
import type { KeyedAppointer, NormalisedOrg, NSeat } from './model';
import { storedPersonKey, storedRuleKey, storedSeatKey, type KeyedSnapshot } from './stored';

/** A snapshot with the importer's handles on every row. */
export type KeyedOrgSnapshot = KeyedSnapshot & Pick<OrgSnapshot, 'meetingDates'>;

/** The natural identities of facts, stored as their `key`. */
export const factKeys = {
  membership: (clusterKey: string, partyKey: string, validFrom: string) =>
    `${clusterKey}/${partyKey}@${validFrom}`,
  officeHolding: (personKey: string, partyKey: string, office: string, validFrom: string) =>
    `${personKey}/${partyKey}/${office}@${validFrom}`,
  appointment: (seatRef: string, personKey: string, validFrom: string) =>
    `${seatRef}/${personKey}@${validFrom}`,
};

/** The deterministic ids of one file's elements. */
export interface SnapshotIds {
  collaboration: string;
  party: (key: string) => string;
  cluster: (key: string) => string;
  forum: (key: string) => string;
  /** By seat ref (`forum/seat#n`). */
  seat: (ref: string) => string;
  person: (key: string) => string;
  /**
   * A predecessor party (a merger) by collaboration key and party key: in a file alone, the
   * deterministic id that collaboration's own file would give it; the importer resolves it.
   */
  predecessor: (collaborationKey: string, partyKey: string) => string;
  /** The version row id of an entity valid from `validFrom`. */
  version: (entityId: string, validFrom: string) => string;
}

/** The id scheme of a collaboration. */
export function snapshotIds(collaborationKey: string): SnapshotIds {
  const id = (kind: string) => (key: string) => `${collaborationKey}:${kind}:${key}`;
  return {
    collaboration: `${collaborationKey}:collaboration`,
    party: id('party'),
    cluster: id('cluster'),
    forum: id('forum'),
    seat: id('seat'),
    person: id('person'),
    predecessor: (collaboration, party) =>
      collaboration === collaborationKey
        ? id('party')(party)
        : snapshotIds(collaboration).party(party),
    version: (entityId, validFrom) => `${entityId}@${validFrom}`,
  };
}

function appointer(ids: SnapshotIds, a: KeyedAppointer | null): Appointer | null {
  if (a === null) return null;
  return { kind: a.kind, id: a.kind === 'forum' ? ids.forum(a.key) : ids.party(a.key) };
}

/** A file born rule with keys replaced by entity ids. */
export function bornRuleWithIds(
  rule: OrgFileBornRule,
  forumId: (key: string) => string,
  clusterId: (key: string) => string,
  partyId: (key: string) => string,
): BornRule {
  if (rule.kind === 'officeHolders') {
    const p = rule.parties;
    const parties: PartySelector =
      p.of === 'cluster'
        ? { of: 'cluster', clusterId: clusterId(p.cluster) }
        : p.of === 'parties'
          ? { of: 'parties', partyIds: p.parties.map((key) => partyId(String(key))) }
          : p;
    return { ...rule, parties };
  }
  if (rule.kind === 'roleHolders') {
    const f = rule.forums;
    const forums =
      f.of === 'forums' ? { of: 'forums' as const, forumIds: f.forums.map(forumId) } : f;
    return { ...rule, forums };
  }
  const { forum, ...rest } = rule;
  return { ...rest, forumId: forumId(forum) };
}

function seatRow(ids: SnapshotIds, seat: NSeat): Seat & { key: string } {
  const entityId = ids.seat(seat.ref);
  return {
    id: ids.version(entityId, seat.validFrom),
    entityId,
    key: storedSeatKey(seat.ref),
    validFrom: seat.validFrom,
    validTo: seat.validTo,
    forumId: ids.forum(seat.forumKey),
    role: seat.role,
    label: seat.label,
    partyKind: seat.partyKind,
    partyId: seat.partyKey === null ? null : ids.party(seat.partyKey),
    clusterId: seat.clusterKey === null ? null : ids.cluster(seat.clusterKey),
    appointedBy: appointer(ids, seat.appointedBy),
    termYears: seat.termYears,
    isFunction: seat.isFunction,
    born: seat.born === null ? null : bornRuleWithIds(seat.born, ids.forum, ids.cluster, ids.party),
    politicalParty: seat.politicalParty,
  };
}

function structure(org: NormalisedOrg, ids: SnapshotIds) {
  const version = (entityId: string, validFrom: string) => ({
    id: ids.version(entityId, validFrom),
    entityId,
  });
  const municipalityKey = new Map(org.parties.map((p) => [p.code, p.key]));
  const c = org.collaboration;
  return {
    collaborations: [
      {
        ...version(ids.collaboration, c.validFrom),
        key: c.key,
        name: c.name,
        regionName: c.regionName,
        validFrom: c.validFrom,
        validTo: c.validTo,
      },
    ],
    parties: org.parties.map(({ path: _p, key, parentKey, predecessors, ...p }) => ({
      ...p,
      ...version(ids.party(key), p.validFrom),
      key,
      parentPartyId: parentKey === null ? null : ids.party(parentKey),
      predecessorPartyIds: predecessors.map((x) => ids.predecessor(x.collaboration, x.party)),
    })),
    clusters: org.clusters.map((cl) => ({
      ...version(ids.cluster(cl.key), cl.validFrom),
      key: cl.key,
      validFrom: cl.validFrom,
      validTo: cl.validTo,
      name: cl.name,
      kind: cl.kind,
      acuteHospitalPartyId: cl.acuteHospitalKey === null ? null : ids.party(cl.acuteHospitalKey),
      verified: cl.verified,
      source: cl.source,
      reference: cl.reference,
      verification: cl.verification,
    })),
    clusterMemberships: org.memberships.map((m): ClusterMembership & { key: string } => ({
      id: `${ids.cluster(m.clusterKey)}/${m.code}@${m.validFrom}`,
      key: factKeys.membership(m.clusterKey, municipalityKey.get(m.code) ?? m.code, m.validFrom),
      validFrom: m.validFrom,
      validTo: m.validTo,
      clusterId: ids.cluster(m.clusterKey),
      partyId: ids.party(municipalityKey.get(m.code) ?? m.code),
      partial: m.partial,
      verified: m.verified,
      source: m.source,
      note: m.note,
      verification: m.verification,
    })),
  };
}

function fora(org: NormalisedOrg, ids: SnapshotIds) {
  return {
    fora: org.fora.map((f) => {
      const entityId = ids.forum(f.key);
      return {
        id: ids.version(entityId, f.validFrom),
        entityId,
        key: f.key,
        validFrom: f.validFrom,
        validTo: f.validTo,
        name: f.name,
        shortName: f.shortName,
        level: f.level,
        kind: f.kind,
        scope: f.scope,
        clusterId: f.clusterKey === null ? null : ids.cluster(f.clusterKey),
        ownerPartyId: f.ownerKey === null ? null : ids.party(f.ownerKey),
        reportsToForumId: f.reportsToKey === null ? null : ids.forum(f.reportsToKey),
        cadence: f.cadence,
        secretariat: f.secretariat && {
          servedBy: f.secretariat.servedBy.map(ids.party),
          paidBy: f.secretariat.paidBy.map(ids.party),
          note: f.secretariat.note,
        },
        charter: f.charter,
        mustTasks: f.mustTasks,
        mayTasks: f.mayTasks,
        decisionCompetence: f.decisionCompetence,
        successorForumIds: f.successorKeys.map(ids.forum),
        agendaDeadlineWorkingDays: f.agendaDeadlineWorkingDays,
        verification: f.verification,
      };
    }),
    seats: org.seats.map((s) => seatRow(ids, s)),
    compositionRules: org.rules.map((r) => ({
      id: `${ids.forum(r.forumKey)}/rule:${r.key}`,
      key: storedRuleKey(r.forumKey, r.key),
      validFrom: r.validFrom,
      validTo: r.validTo,
      forumId: ids.forum(r.forumKey),
      severity: r.severity,
      spec: r.spec,
      verification: r.verification,
    })),
  };
}

function people(org: NormalisedOrg, ids: SnapshotIds) {
  const collaborationKey = org.collaboration.key;
  return {
    persons: org.persons.map((p) => ({
      id: ids.person(p.key),
      key: storedPersonKey(collaborationKey, p.key),
      name: p.name,
      email: p.email,
      userId: null,
      fictional: true,
      politicalParty: p.politicalParty,
    })),
    officeHoldings: org.offices.map((o) => ({
      id: `${ids.person(o.personKey)}/${o.partyKey}/${o.office}@${o.validFrom}`,
      key: factKeys.officeHolding(o.personKey, o.partyKey, o.office, o.validFrom),
      validFrom: o.validFrom,
      validTo: o.validTo,
      personId: ids.person(o.personKey),
      partyId: ids.party(o.partyKey),
      office: o.office,
    })),
    appointments: org.appointments.map((a) => ({
      id: `${ids.seat(a.seatRef)}/${a.personKey}@${a.validFrom}`,
      key: factKeys.appointment(a.seatRef, a.personKey, a.validFrom),
      validFrom: a.validFrom,
      validTo: a.validTo,
      seatId: ids.seat(a.seatRef),
      personId: ids.person(a.personKey),
      onBehalfOfPartyId: a.onBehalfOfKey === null ? null : ids.party(a.onBehalfOfKey),
      substitutePersonId: a.substituteKey === null ? null : ids.person(a.substituteKey),
      appointedBy: appointer(ids, a.appointedBy),
      termEnd: a.termEnd,
    })),
  };
}

/**
 * The file as a snapshot (no meetings: cadence checks see none), with deterministic ids unless
 * `ids` says otherwise (the importer passes the stored and new entity ids), and with the handles
 * each row is stored under.
 */
export function toSnapshot(
  org: NormalisedOrg,
  ids: SnapshotIds = snapshotIds(org.collaboration.key),
): KeyedOrgSnapshot {
  return {
    ...structure(org, ids),
    ...fora(org, ids),
    ...people(org, ids),
    meetingDates: {},
  };
}
