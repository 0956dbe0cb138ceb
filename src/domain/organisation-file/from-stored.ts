/**
 * The stored organisation as a normalised file, for the export: each entity once, with the
 * attributes of its version valid on the export day (else its latest version) and the period
 * from its first version's start to its last version's end; references become keys. Office
 * holdings and appointments of persons who are not fictional are left out (real persons are
 * managed in the app, never in files) and counted.
 */
import { isValidOn, type IsoDate } from '../../shared/dates';
import type { OrgFileBornRule } from '../../shared/org-file.contract';
import type { Appointer, BornRule } from '../organisation/types';
import type { KeyedAppointer, NForum, NormalisedOrg, NParty, NPredecessor, NSeat } from './model';
import type { ReferenceData } from './reference';
import { groupVersions, keyMapsOf, ruleFileKey, type KeyedSnapshot, type KeyMaps } from './stored';

/** A normalised file read from the database, and what was left out. */
export interface StoredAsFile {
  org: NormalisedOrg;
  /** Office holdings and appointments of non-fictional persons, not exported. */
  skippedFacts: number;
}

/**
 * Parties of other collaborations (a merger's predecessors) by entityId → collaboration key and
 * party key; the server loads the ones the stored parties name.
 */
export type ForeignParties = ReadonlyMap<string, NPredecessor>;

/** One entity: the attributes of the version valid on `asOf` (else the latest) and its period. */
function entityView<T extends { entityId: string; validFrom: string; validTo: string | null }>(
  versions: readonly T[],
  asOf: IsoDate,
): T {
  const first = versions[0] as T;
  const last = versions[versions.length - 1] as T;
  const current = versions.find((v) => isValidOn(v, asOf)) ?? last;
  return { ...current, validFrom: first.validFrom, validTo: last.validTo };
}

function entities<T extends { entityId: string; validFrom: string; validTo: string | null }>(
  rows: readonly T[],
  asOf: IsoDate,
): T[] {
  return [...groupVersions(rows).values()].map((versions) => entityView(versions, asOf));
}

const keyOr = (map: ReadonlyMap<string, string>, id: string | null): string | null =>
  id === null ? null : (map.get(id) ?? id);

function appointerKey(maps: KeyMaps, a: Appointer | null): KeyedAppointer | null {
  if (a === null) return null;
  return { kind: a.kind, key: (a.kind === 'forum' ? maps.forum : maps.party).get(a.id) ?? a.id };
}

/** A stored born rule with entity ids replaced by keys. */
export function bornRuleWithKeys(rule: BornRule, maps: KeyMaps): OrgFileBornRule {
  if (rule.kind === 'officeHolders') {
    const p = rule.parties;
    const parties =
      p.of === 'cluster'
        ? { of: 'cluster' as const, cluster: keyOr(maps.cluster, p.clusterId) ?? '' }
        : p.of === 'parties'
          ? { of: 'parties' as const, parties: p.partyIds.map((id) => maps.party.get(id) ?? id) }
          : p;
    return { ...rule, parties };
  }
  if (rule.kind === 'roleHolders') {
    const f = rule.forums;
    const forums =
      f.of === 'forums'
        ? { of: 'forums' as const, forums: f.forumIds.map((id) => maps.forum.get(id) ?? id) }
        : f;
    return { ...rule, forums };
  }
  const { forumId, ...rest } = rule;
  return { ...rest, forum: maps.forum.get(forumId) ?? forumId };
}

function partiesOf(
  stored: KeyedSnapshot,
  maps: KeyMaps,
  asOf: IsoDate,
  foreign: ForeignParties,
  collaborationKey: string,
): NParty[] {
  const predecessor = (id: string): NPredecessor => {
    const own = maps.party.get(id);
    if (own !== undefined) return { collaboration: collaborationKey, party: own };
    return foreign.get(id) ?? { collaboration: collaborationKey, party: id };
  };
  return entities(stored.parties, asOf).map((p) => ({
    path: [],
    key: p.key,
    kind: p.kind,
    name: p.name,
    code: p.code,
    population: p.population,
    populationYear: p.populationYear,
    parentKey: keyOr(maps.party, p.parentPartyId),
    verified: p.verified,
    source: p.source,
    councilSize: p.councilSize,
    predecessors: p.predecessorPartyIds.map(predecessor),
    verification: p.verification,
    validFrom: p.validFrom,
    validTo: p.validTo,
  }));
}

/** Clusters and memberships; `codeOf` gives each municipality's code (repaired ones included). */
function clustersOf(
  stored: KeyedSnapshot,
  maps: KeyMaps,
  asOf: IsoDate,
  codeOf: ReadonlyMap<string, string | null>,
) {
  return {
    clusters: entities(stored.clusters, asOf).map((c) => ({
      path: [],
      key: c.key,
      kind: c.kind,
      name: c.name,
      reference: c.reference,
      acuteHospitalKey: keyOr(maps.party, c.acuteHospitalPartyId),
      verified: c.verified,
      source: c.source,
      verification: c.verification,
      validFrom: c.validFrom,
      validTo: c.validTo,
    })),
    memberships: stored.clusterMemberships.flatMap((m) => {
      const code = codeOf.get(m.partyId) ?? null;
      if (code === null) return [];
      const { partial, verified, source, note, verification, validFrom, validTo } = m;
      const clusterKey = maps.cluster.get(m.clusterId) ?? m.clusterId;
      return [
        {
          path: [],
          clusterKey,
          code,
          partial,
          verified,
          source,
          note,
          verification,
          validFrom,
          validTo,
        },
      ];
    }),
  };
}

function seatsOf(stored: KeyedSnapshot, maps: KeyMaps, asOf: IsoDate): NSeat[] {
  return entities(stored.seats, asOf).map((s) => {
    const forumKey = maps.forum.get(s.forumId) ?? s.forumId;
    const ref = maps.seat.get(s.entityId) ?? s.key;
    return {
      path: [],
      ref,
      forumKey,
      key: ref.slice(forumKey.length + 1),
      expandedFrom: null,
      role: s.role,
      label: s.label,
      partyKind: s.partyKind,
      partyKey: keyOr(maps.party, s.partyId),
      clusterKey: keyOr(maps.cluster, s.clusterId),
      appointedBy: appointerKey(maps, s.appointedBy),
      termYears: s.termYears,
      isFunction: s.isFunction,
      born: s.born === null ? null : bornRuleWithKeys(s.born, maps),
      politicalParty: s.politicalParty,
      validFrom: s.validFrom,
      validTo: s.validTo,
    };
  });
}

function foraOf(stored: KeyedSnapshot, maps: KeyMaps, asOf: IsoDate): NForum[] {
  const parties = (ids: readonly string[]) => ids.map((id) => maps.party.get(id) ?? id);
  return entities(stored.fora, asOf).map((f) => ({
    path: [],
    key: f.key,
    name: f.name,
    shortName: f.shortName,
    level: f.level,
    kind: f.kind,
    scope: f.scope,
    clusterKey: keyOr(maps.cluster, f.clusterId),
    ownerKey: keyOr(maps.party, f.ownerPartyId),
    reportsToKey: keyOr(maps.forum, f.reportsToForumId),
    cadence: f.cadence,
    agendaDeadlineWorkingDays: f.agendaDeadlineWorkingDays,
    secretariat: f.secretariat && {
      servedBy: parties(f.secretariat.servedBy),
      paidBy: parties(f.secretariat.paidBy),
      note: f.secretariat.note,
    },
    charter: f.charter,
    mustTasks: f.mustTasks,
    mayTasks: f.mayTasks,
    decisionCompetence: f.decisionCompetence,
    successorKeys: f.successorForumIds.map((id) => maps.forum.get(id) ?? id),
    verification: f.verification,
    validFrom: f.validFrom,
    validTo: f.validTo,
  }));
}

function fora(stored: KeyedSnapshot, maps: KeyMaps, asOf: IsoDate) {
  const forumKey = (id: string) => maps.forum.get(id) ?? id;
  return {
    fora: foraOf(stored, maps, asOf),
    seats: seatsOf(stored, maps, asOf),
    rules: stored.compositionRules.map((r) => ({
      path: [],
      forumKey: forumKey(r.forumId),
      key: ruleFileKey(forumKey(r.forumId), r),
      severity: r.severity,
      spec: r.spec,
      verification: r.verification,
      validFrom: r.validFrom,
      validTo: r.validTo,
    })),
  };
}

function people(stored: KeyedSnapshot, maps: KeyMaps) {
  const fictional = new Set(stored.persons.filter((p) => p.fictional).map((p) => p.id));
  const holdings = stored.officeHoldings.filter((h) => fictional.has(h.personId));
  const appointments = stored.appointments.filter(
    (a) =>
      fictional.has(a.personId) &&
      (a.substitutePersonId === null || fictional.has(a.substitutePersonId)),
  );
  const used = new Set([
    ...holdings.map((h) => h.personId),
    ...appointments.flatMap((a) => [a.personId, a.substitutePersonId ?? '']),
  ]);
  return {
    skippedFacts:
      stored.officeHoldings.length -
      holdings.length +
      stored.appointments.length -
      appointments.length,
    persons: stored.persons
      .filter((p) => used.has(p.id))
      .map((p) => ({
        path: [],
        key: maps.person.get(p.id) ?? p.id,
        name: p.name,
        email: p.email,
        politicalParty: p.politicalParty,
      })),
    offices: holdings.map((h) => ({
      path: [],
      personKey: maps.person.get(h.personId) ?? h.personId,
      partyKey: maps.party.get(h.partyId) ?? h.partyId,
      office: h.office,
      validFrom: h.validFrom,
      validTo: h.validTo,
    })),
    appointments: appointments.map((a) => ({
      path: [],
      seatRef: maps.seat.get(a.seatId) ?? a.seatId,
      personKey: maps.person.get(a.personId) ?? a.personId,
      onBehalfOfKey: keyOr(maps.party, a.onBehalfOfPartyId),
      substituteKey: keyOr(maps.person, a.substitutePersonId),
      appointedBy: appointerKey(maps, a.appointedBy),
      termEnd: a.termEnd,
      validFrom: a.validFrom,
      validTo: a.validTo,
    })),
  };
}

/**
 * Municipalities stored without a code (entered in the app) get the code of the reference
 * municipality with the same name (in the collaboration's region first), so the export is a
 * valid file; importing it fills in the reference data.
 */
function withCodes(parties: NParty[], region: string, reference: ReferenceData): NParty[] {
  const all = [...reference.municipalities.values()];
  return parties.map((p) => {
    if (p.kind !== 'municipality' || p.code !== null) return p;
    const named = all.filter((m) => m.name === p.name);
    const match = named.find((m) => m.region === region) ?? named[0];
    return match ? { ...p, code: match.code } : p;
  });
}

/** The stored collaboration as a normalised file, as of `asOf`; null when nothing is stored. */
export function storedToNormalised(
  stored: KeyedSnapshot,
  asOf: IsoDate,
  reference?: ReferenceData,
  foreign: ForeignParties = new Map(),
): StoredAsFile | null {
  const versions = groupVersions(stored.collaborations);
  const first = [...versions.values()][0];
  if (first === undefined) return null;
  const c = entityView(first, asOf);
  const maps = keyMapsOf(stored, c.key);
  const { skippedFacts, ...persons } = people(stored, maps);
  const collaboration = {
    path: [],
    key: c.key,
    name: c.name,
    regionName: c.regionName,
    validFrom: c.validFrom,
    validTo: c.validTo,
  };
  const storedParties = partiesOf(stored, maps, asOf, foreign, c.key);
  const parties = reference ? withCodes(storedParties, c.regionName, reference) : storedParties;
  const byKey = new Map(parties.map((p) => [p.key, p.code]));
  const codeOf = new Map(stored.parties.map((p) => [p.entityId, byKey.get(p.key) ?? p.code]));
  return {
    org: {
      collaboration,
      parties,
      ...clustersOf(stored, maps, asOf, codeOf),
      ...fora(stored, maps, asOf),
      ...persons,
    },
    skippedFacts,
  };
}
