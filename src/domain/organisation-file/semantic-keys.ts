/**
 * Semantic checks on keys and reference data: duplicate keys, municipality codes that the
 * reference data does not know (or that belong to another region), and cluster memberships that
 * claim more certainty than the reference data gives (verification flags are kept, never
 * upgraded).
 */
import type { NCluster, NMembership, NormalisedOrg } from './model';
import type { OrgIndex, ProblemSink } from './problems';
import { reportDuplicates } from './problems';
import {
  findReferenceCluster,
  municipalityInRegion,
  referenceMembership,
  type ReferenceData,
} from './reference';

/** Duplicate keys of every kind of element. */
export function checkDuplicateKeys(org: NormalisedOrg, sink: ProblemSink): void {
  const dup = (what: string, whatEn: string) => (row: { key: string }) => ({
    da: `${what} "${row.key}" findes allerede`,
    en: `${whatEn} "${row.key}" already exists`,
  });
  reportDuplicates(sink, org.parties, (p) => p.key, dup('Parten', 'The party'));
  const municipalities = org.parties.filter((p) => p.kind === 'municipality');
  reportDuplicates(
    sink,
    municipalities,
    (p) => p.code ?? '',
    (p) => ({
      da: `Kommunen ${p.code} står flere gange`,
      en: `Municipality ${p.code} is listed more than once`,
    }),
    'code',
  );
  reportDuplicates(sink, org.clusters, (c) => c.key, dup('Klyngen', 'The cluster'));
  reportDuplicates(sink, org.fora, (f) => f.key, dup('Forummet', 'The forum'));
  const seatEntries = new Set<string>();
  reportDuplicates(
    sink,
    org.seats,
    (s) => s.ref,
    (s) => ({
      da: `Pladsen "${s.ref}" findes allerede`,
      en: `Seat "${s.ref}" already exists`,
    }),
    'key',
    (s) => {
      const entry = s.path.join('.');
      const first = !seatEntries.has(entry);
      seatEntries.add(entry);
      return first;
    },
  );
  reportDuplicates(
    sink,
    org.rules,
    (r) => `${r.forumKey}/${r.key}`,
    (r) => ({
      da: `Reglen "${r.key}" står to gange i forummet "${r.forumKey}"`,
      en: `Rule "${r.key}" appears twice in forum "${r.forumKey}"`,
    }),
    'kind',
  );
  reportDuplicates(sink, org.persons, (p) => p.key, dup('Personen', 'The person'));
}

/** Municipality codes against the reference data. */
export function checkMunicipalities(
  org: NormalisedOrg,
  reference: ReferenceData,
  sink: ProblemSink,
): void {
  const region = org.collaboration.regionName;
  for (const party of org.parties) {
    if (party.kind !== 'municipality' || party.code === null) continue;
    const ref = reference.municipalities.get(party.code);
    if (ref === undefined) {
      sink.error([...party.path, 'code'], {
        da: `Ukendt kommunekode "${party.code}": findes ikke i referencedata (reference/dk-municipalities.csv)`,
        en: `Unknown municipality code "${party.code}": not in the reference data (reference/dk-municipalities.csv)`,
      });
    } else if (!municipalityInRegion(reference, ref, region)) {
      sink.warning([...party.path, 'code'], {
        da: `${ref.name} (${ref.code}) ligger i Region ${ref.region}, ikke i ${region}`,
        en: `${ref.name} (${ref.code}) is in Region ${ref.region}, not in ${region}`,
      });
    }
  }
}

function checkMemberAgainstReference(
  member: NMembership,
  flags: ReturnType<typeof referenceMembership>,
  refName: string,
  sink: ProblemSink,
): void {
  if (flags === null) {
    sink.warning([...member.path, 'municipality'], {
      da: `Kommune ${member.code} er ikke medlem af "${refName}" i referencedata`,
      en: `Municipality ${member.code} is not a member of "${refName}" in the reference data`,
    });
    return;
  }
  if (member.verified && !flags.verified) {
    sink.error([...member.path, 'verified'], {
      da: `Medlemskabet er ikke verificeret i referencedata (${flags.note}); skriv verified: false`,
      en: `The membership is not verified in the reference data (${flags.note}); write verified: false`,
    });
  }
  if (flags.partial && !member.partial) {
    sink.error([...member.path, 'partial'], {
      da: `Kommune ${member.code} er delt mellem flere klynger i referencedata; skriv partial: true`,
      en: `Municipality ${member.code} is split across clusters in the reference data; write partial: true`,
    });
  }
}

function checkClusterAgainstReference(
  cluster: NCluster,
  members: readonly NMembership[],
  reference: ReferenceData,
  sink: ProblemSink,
): void {
  if (cluster.reference === null) return;
  const ref = findReferenceCluster(reference, cluster.reference);
  if (ref === undefined) {
    sink.error([...cluster.path, 'reference'], {
      da: `Klyngen "${cluster.reference}" findes ikke i referencedata (reference/dk-health-clusters.csv)`,
      en: `Cluster "${cluster.reference}" is not in the reference data (reference/dk-health-clusters.csv)`,
    });
    return;
  }
  if (cluster.verified && !ref.verified) {
    sink.error([...cluster.path, 'verified'], {
      da: `Klyngen er ikke verificeret i referencedata (${ref.verifiedNote}); skriv verified: false`,
      en: `The cluster is not verified in the reference data (${ref.verifiedNote}); write verified: false`,
    });
  }
  for (const member of members) {
    checkMemberAgainstReference(
      member,
      referenceMembership(reference, ref, member.code),
      ref.name,
      sink,
    );
  }
  const listed = new Set(members.map((m) => m.code));
  const missing = ref.municipalityCodes.filter((code) => !listed.has(code));
  if (missing.length > 0) {
    sink.warning([...cluster.path, 'members'], {
      da: `Referencedata har også kommune ${missing.join(', ')} i "${ref.name}"`,
      en: `The reference data also has municipality ${missing.join(', ')} in "${ref.name}"`,
    });
  }
}

/** Cluster memberships: known municipalities, no duplicates, flags as the reference data says. */
export function checkClusterMembers(
  org: NormalisedOrg,
  index: OrgIndex,
  reference: ReferenceData,
  sink: ProblemSink,
): void {
  for (const member of org.memberships) {
    if (index.municipalitiesByCode.has(member.code)) continue;
    const known = reference.municipalities.has(member.code);
    sink.error([...member.path, 'municipality'], {
      da: known
        ? `Kommune ${member.code} står ikke under parties`
        : `Ukendt kommunekode "${member.code}": findes ikke i referencedata`,
      en: known
        ? `Municipality ${member.code} is not listed under parties`
        : `Unknown municipality code "${member.code}": not in the reference data`,
    });
  }
  for (const cluster of org.clusters) {
    const members = org.memberships.filter((m) => m.clusterKey === cluster.key);
    reportDuplicates(
      sink,
      members,
      (m) => `${m.code}|${m.validFrom}`,
      (m) => ({
        da: `Kommune ${m.code} står to gange i klyngen "${cluster.key}"`,
        en: `Municipality ${m.code} appears twice in cluster "${cluster.key}"`,
      }),
      'municipality',
    );
    checkClusterAgainstReference(cluster, members, reference, sink);
  }
}
