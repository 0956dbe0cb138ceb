/**
 * From the schema-valid file to the normalised model: validity defaults from the parent element,
 * counted seats expanded to `key#1 … key#n`, municipality keys defaulting to their code, names
 * and populations from the reference data, rule keys derived from their spec.
 */
import type { Validity } from '../../shared/dates';
import type { CompositionRuleSpec } from '../../shared/organisation.rules';
import type {
  OrgFile,
  OrgFileAppointer,
  OrgFileBornRule,
  OrgFileCluster,
  OrgFileForum,
  OrgFileParty,
  OrgFileRule,
} from '../../shared/org-file.contract';
import type { FilePath } from './locate';
import type {
  KeyedAppointer,
  NCluster,
  NForum,
  NMembership,
  NormalisedOrg,
  NParty,
  NRule,
  NSeat,
} from './model';
import type { ReferenceData } from './reference';

interface PeriodInput {
  validFrom?: string | undefined;
  validTo?: string | null | undefined;
}

/** The element's validity, each end defaulting to the parent's. */
export function periodOf(own: PeriodInput, parent: Validity): Validity {
  return {
    validFrom: own.validFrom ?? parent.validFrom,
    validTo: own.validTo === undefined ? parent.validTo : own.validTo,
  };
}

/** A municipality code as a 3-digit string ("101"), whether written quoted or as a number. */
export function codeString(code: string | number): string {
  return String(code).padStart(3, '0');
}

/** A rule parameter in a key: a scalar as is, tiers as `above-seats` pairs. */
function paramText(value: unknown): string {
  if (Array.isArray(value)) return value.map(paramText).join('-');
  if (typeof value === 'object' && value !== null)
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, v]) => paramText(v))
      .join('-');
  return String(value);
}

/** The key a composition rule gets when the file names none: kind and parameters. */
export function defaultRuleKey(spec: CompositionRuleSpec): string {
  const params = Object.entries(spec)
    .filter(([name]) => name !== 'kind')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}-${paramText(value)}`);
  return [spec.kind, ...params].join('_').replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The appointer with its key. */
export function keyedAppointer(appointer: OrgFileAppointer | undefined): KeyedAppointer | null {
  if (appointer === undefined) return null;
  return 'forum' in appointer
    ? { kind: 'forum', key: appointer.forum }
    : { kind: 'party', key: appointer.party };
}

function normaliseParty(
  party: OrgFileParty,
  i: number,
  parent: Validity,
  reference: ReferenceData,
): NParty {
  const path: FilePath = ['parties', i];
  const validity = periodOf(party, parent);
  if (party.kind === 'municipality') {
    const code = codeString(party.code);
    const ref = reference.municipalities.get(code);
    return {
      ...validity,
      path,
      key: party.key ?? code,
      kind: 'municipality',
      name: ref?.name ?? `Kommune ${code}`,
      code,
      population: ref?.population ?? null,
      populationYear: ref?.populationYear ?? null,
      parentKey: null,
      verified: ref !== undefined,
      source: ref?.source ?? null,
      ...partyFacts(party),
    };
  }
  return {
    ...validity,
    path,
    key: party.key,
    kind: party.kind,
    name: party.name,
    code: null,
    population: null,
    populationYear: null,
    parentKey: party.parent ?? null,
    verified: party.verified,
    source: party.source ?? null,
    ...partyFacts(party),
  };
}

function partyFacts(party: OrgFileParty) {
  return {
    councilSize: party.councilSize ?? null,
    predecessors: party.predecessors.map((p) => ({
      collaboration: p.collaboration,
      party: p.party,
    })),
    verification: party.verification ?? null,
  };
}

function normaliseCluster(cluster: OrgFileCluster, i: number, parent: Validity) {
  const validity = periodOf(cluster, parent);
  const normalised: NCluster = {
    ...validity,
    path: ['clusters', i],
    key: cluster.key,
    kind: cluster.kind,
    name: cluster.name,
    reference: cluster.reference ?? null,
    acuteHospitalKey: cluster.acuteHospital ?? null,
    verified: cluster.verified,
    source: cluster.source ?? null,
    verification: cluster.verification ?? null,
  };
  const memberships: NMembership[] = cluster.members.map((m, j) => ({
    ...periodOf(m, validity),
    path: ['clusters', i, 'members', j],
    clusterKey: cluster.key,
    code: codeString(m.municipality),
    partial: m.partial,
    verified: m.verified,
    source: m.source ?? null,
    note: m.note ?? null,
    verification: m.verification ?? null,
  }));
  return { cluster: normalised, memberships };
}

/** A born rule with municipality codes written as numbers turned into 3-digit keys. */
function normaliseBorn(born: OrgFileBornRule): OrgFileBornRule {
  if (born.kind !== 'officeHolders' || born.parties.of !== 'parties') return born;
  const parties = born.parties.parties.map((p) => (typeof p === 'number' ? codeString(p) : p));
  return { ...born, parties: { of: 'parties', parties } };
}

function normaliseSeats(forum: OrgFileForum, i: number, parent: Validity): NSeat[] {
  return forum.seats.flatMap((seat, j) => {
    const count = seat.count;
    const entries =
      count === undefined
        ? [{ key: seat.key, label: seat.label, expandedFrom: null }]
        : Array.from({ length: count }, (_, n) => ({
            key: `${seat.key}#${n + 1}`,
            label: `${seat.label} ${n + 1}`,
            expandedFrom: { key: seat.key, index: n + 1, count },
          }));
    return entries.map(({ key, label, expandedFrom }) => ({
      ...periodOf(seat, parent),
      path: ['fora', i, 'seats', j],
      ref: `${forum.key}/${key}`,
      forumKey: forum.key,
      key,
      expandedFrom,
      role: seat.role,
      label,
      partyKind: seat.partyKind ?? null,
      partyKey: seat.party ?? null,
      clusterKey: seat.cluster ?? null,
      appointedBy: keyedAppointer(seat.appointedBy),
      termYears: seat.termYears ?? null,
      isFunction: seat.isFunction,
      born: seat.born ? normaliseBorn(seat.born) : null,
      politicalParty: seat.politicalParty ?? null,
    }));
  });
}

/** The spec part of a file rule (without key, severity and validity). */
export function ruleSpec(rule: OrgFileRule): CompositionRuleSpec {
  const {
    key: _key,
    severity: _severity,
    validFrom: _from,
    validTo: _to,
    verification: _verification,
    ...spec
  } = rule;
  return spec as CompositionRuleSpec;
}

function normaliseRules(forum: OrgFileForum, i: number, parent: Validity): NRule[] {
  return forum.rules.map((rule, j) => {
    const spec = ruleSpec(rule);
    return {
      ...periodOf(rule, parent),
      path: ['fora', i, 'rules', j],
      forumKey: forum.key,
      key: rule.key ?? defaultRuleKey(spec),
      severity: rule.severity,
      spec,
      verification: rule.verification ?? null,
    };
  });
}

function normaliseForum(forum: OrgFileForum, i: number, parent: Validity) {
  const validity = periodOf(forum, parent);
  const normalised: NForum = {
    ...validity,
    path: ['fora', i],
    key: forum.key,
    name: forum.name,
    shortName: forum.shortName ?? null,
    level: forum.level,
    kind: forum.kind,
    scope: forum.scope,
    clusterKey: forum.cluster ?? null,
    ownerKey: forum.owner ?? null,
    reportsToKey: forum.reportsTo ?? null,
    cadence: forum.cadence ?? null,
    agendaDeadlineWorkingDays: forum.agendaDeadlineWorkingDays ?? null,
    secretariat: forum.secretariat
      ? { ...forum.secretariat, note: forum.secretariat.note ?? null }
      : null,
    charter: forum.charter ?? null,
    mustTasks: forum.mustTasks,
    mayTasks: forum.mayTasks,
    decisionCompetence: forum.decisionCompetence ?? null,
    successorKeys: forum.successors,
    verification: forum.verification ?? null,
  };
  return {
    forum: normalised,
    seats: normaliseSeats(forum, i, validity),
    rules: normaliseRules(forum, i, validity),
  };
}

function normalisePeople(file: OrgFile, collaboration: Validity) {
  const persons = file.persons.map((p, i) => ({
    path: ['persons', i] as FilePath,
    key: p.key,
    name: p.name,
    email: p.email ?? null,
    politicalParty: p.politicalParty ?? null,
  }));
  const offices = file.persons.flatMap((p, i) =>
    p.offices.map((o, j) => ({
      ...periodOf(o, collaboration),
      path: ['persons', i, 'offices', j] as FilePath,
      personKey: p.key,
      partyKey: o.party,
      office: o.office,
    })),
  );
  const appointments = file.appointments.map((a, i) => ({
    ...periodOf(a, collaboration),
    path: ['appointments', i] as FilePath,
    seatRef: a.seat,
    personKey: a.person,
    onBehalfOfKey: a.onBehalfOf ?? null,
    substituteKey: a.substitute ?? null,
    appointedBy: keyedAppointer(a.appointedBy),
    termEnd: a.termEnd ?? null,
  }));
  return { persons, offices, appointments };
}

/** Normalises a schema-valid file. Unknown municipality codes get a placeholder name. */
export function normaliseOrgFile(file: OrgFile, reference: ReferenceData): NormalisedOrg {
  const c = file.collaboration;
  const collaboration = { ...c, validTo: c.validTo ?? null, path: ['collaboration'] };
  const clusters = file.clusters.map((cl, i) => normaliseCluster(cl, i, collaboration));
  const fora = file.fora.map((f, i) => normaliseForum(f, i, collaboration));
  return {
    collaboration,
    parties: file.parties.map((p, i) => normaliseParty(p, i, collaboration, reference)),
    clusters: clusters.map((x) => x.cluster),
    memberships: clusters.flatMap((x) => x.memberships),
    fora: fora.map((x) => x.forum),
    seats: fora.flatMap((x) => x.seats),
    rules: fora.flatMap((x) => x.rules),
    ...normalisePeople(file, collaboration),
  };
}
