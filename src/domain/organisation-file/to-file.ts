/**
 * A normalised organisation as file data (the input shape of `OrgFileSchema`), the inverse of
 * `normaliseOrgFile`: defaults are left out (a period equal to the parent's, `role: member`,
 * `verified: true`, empty lists), municipalities are written by code, and seats stored one by
 * one as `key#1 … key#n` with equal attributes are written back as one seat with `count`.
 */
import type { Validity } from '../../shared/dates';
import type { OrgFileInput } from '../../shared/org-file.contract';
import type { KeyedAppointer, NCluster, NForum, NormalisedOrg, NParty, NSeat } from './model';
import type { CompositionRuleSpec, Verification } from '../../shared/organisation.rules';
import { defaultRuleKey } from './normalise';

type Plain = Record<string, unknown>;

/** Drops null, undefined, false-by-default and empty-list values. */
function compact(object: Plain): Plain {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** The period, written only where it differs from the parent's. */
function periodOf(row: Validity, parent: Validity): Plain {
  return {
    ...(row.validFrom !== parent.validFrom ? { validFrom: row.validFrom } : {}),
    ...(row.validTo !== parent.validTo ? { validTo: row.validTo } : {}),
  };
}

/** Verification per fact as written in a file: status, then source and note when given. */
function verificationOf(v: Verification | null): Plain | null {
  if (v === null) return null;
  const entries = Object.entries(v).map(([fact, f]) => [
    fact,
    compact({ status: f.status, source: f.source, note: f.note }),
  ]);
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

/** A rule's spec with its parameters in the file's order (jsonb does not keep key order). */
function specOf(spec: CompositionRuleSpec): Plain {
  if (spec.kind !== 'seatsPerMunicipality') return { ...spec };
  const tiers = spec.tiers.map((t) => ({ populationAbove: t.populationAbove, seats: t.seats }));
  return { kind: spec.kind, seats: spec.seats, tiers };
}

function appointer(a: KeyedAppointer | null): Plain | null {
  return a === null ? null : { [a.kind]: a.key };
}

function partyFacts(p: NParty): Plain {
  return {
    councilSize: p.councilSize,
    predecessors: p.predecessors.map((x) => ({ collaboration: x.collaboration, party: x.party })),
    verification: verificationOf(p.verification),
  };
}

function party(p: NParty, parent: Validity): Plain {
  if (p.kind === 'municipality' && p.code !== null) {
    const key = p.key === p.code ? null : p.key;
    return compact({ kind: p.kind, code: p.code, key, ...partyFacts(p), ...periodOf(p, parent) });
  }
  return compact({
    key: p.key,
    kind: p.kind,
    name: p.name,
    parent: p.parentKey,
    verified: p.verified ? null : false,
    source: p.source,
    ...partyFacts(p),
    ...periodOf(p, parent),
  });
}

function cluster(c: NCluster, org: NormalisedOrg, parent: Validity): Plain {
  const members = org.memberships
    .filter((m) => m.clusterKey === c.key)
    .map((m) =>
      compact({
        municipality: m.code,
        partial: m.partial ? true : null,
        verified: m.verified ? null : false,
        source: m.source,
        note: m.note,
        verification: verificationOf(m.verification),
        ...periodOf(m, c),
      }),
    );
  return compact({
    key: c.key,
    kind: c.kind === 'cluster' ? null : c.kind,
    name: c.name,
    reference: c.reference,
    acuteHospital: c.acuteHospitalKey,
    verified: c.verified ? null : false,
    source: c.source,
    verification: verificationOf(c.verification),
    members,
    ...periodOf(c, parent),
  });
}

function seatEntry(s: NSeat, key: string, label: string, forum: Validity, count?: number): Plain {
  return compact({
    key,
    role: s.role === 'member' ? null : s.role,
    label,
    partyKind: s.partyKind,
    party: s.partyKey,
    cluster: s.clusterKey,
    appointedBy: appointer(s.appointedBy),
    termYears: s.termYears,
    isFunction: s.isFunction ? true : null,
    count,
    born: s.born,
    politicalParty: s.politicalParty,
    ...periodOf(s, forum),
  });
}

const sameSeat = (a: NSeat, b: NSeat): boolean =>
  JSON.stringify({ ...a, ref: '', key: '', label: '', path: [] }) ===
  JSON.stringify({ ...b, ref: '', key: '', label: '', path: [] });

/** Seats of one forum; runs `x#1 … x#n` with equal attributes and labels "L 1 … L n" → count. */
function seats(forumSeats: readonly NSeat[], forum: Validity): Plain[] {
  const out: Plain[] = [];
  const done = new Set<string>();
  for (const s of forumSeats) {
    if (done.has(s.ref)) continue;
    const match = /^(.*)#1$/.exec(s.key);
    const labelMatch = /^(.*) 1$/.exec(s.label);
    if (match?.[1] && labelMatch?.[1]) {
      const base = match[1];
      const run: NSeat[] = [];
      for (let n = 1; ; n += 1) {
        const next = forumSeats.find((x) => x.key === `${base}#${n}`);
        if (!next || !sameSeat(next, s) || next.label !== `${labelMatch[1]} ${n}`) break;
        run.push(next);
      }
      const more = forumSeats.some((x) => x.key === `${base}#${run.length + 1}`);
      if (!more) {
        run.forEach((x) => done.add(x.ref));
        out.push(seatEntry(s, base, labelMatch[1], forum, run.length));
        continue;
      }
    }
    done.add(s.ref);
    out.push(seatEntry(s, s.key, s.label, forum));
  }
  return out;
}

function forumEntry(f: NForum, org: NormalisedOrg, parent: Validity): Plain {
  const rules = org.rules
    .filter((r) => r.forumKey === f.key)
    .map((r) =>
      compact({
        ...specOf(r.spec),
        key: r.key === defaultRuleKey(r.spec) ? null : r.key,
        severity: r.severity === 'error' ? null : r.severity,
        verification: verificationOf(r.verification),
        ...periodOf(r, f),
      }),
    );
  return compact({
    key: f.key,
    name: f.name,
    shortName: f.shortName,
    level: f.level,
    kind: f.kind,
    scope: f.scope,
    cluster: f.clusterKey,
    owner: f.ownerKey,
    reportsTo: f.reportsToKey,
    cadence: f.cadence,
    agendaDeadlineWorkingDays: f.agendaDeadlineWorkingDays,
    secretariat: f.secretariat && compact({ ...f.secretariat }),
    charter: f.charter,
    mustTasks: f.mustTasks,
    mayTasks: f.mayTasks,
    decisionCompetence: f.decisionCompetence,
    successors: f.successorKeys,
    seats: seats(
      org.seats.filter((s) => s.forumKey === f.key),
      f,
    ),
    rules,
    verification: verificationOf(f.verification),
    ...periodOf(f, parent),
  });
}

function peopleEntries(org: NormalisedOrg, parent: Validity) {
  return {
    persons: org.persons.map((p) =>
      compact({
        key: p.key,
        name: p.name,
        email: p.email,
        politicalParty: p.politicalParty,
        fictional: true,
        offices: org.offices
          .filter((o) => o.personKey === p.key)
          .map((o) => compact({ party: o.partyKey, office: o.office, ...periodOf(o, parent) })),
      }),
    ),
    appointments: org.appointments.map((a) =>
      compact({
        seat: a.seatRef,
        person: a.personKey,
        onBehalfOf: a.onBehalfOfKey,
        substitute: a.substituteKey,
        appointedBy: appointer(a.appointedBy),
        termEnd: a.termEnd,
        ...periodOf(a, parent),
      }),
    ),
  };
}

/** The file data of a normalised organisation (ready for YAML). */
export function toFileData(org: NormalisedOrg): OrgFileInput {
  const c = org.collaboration;
  const collaboration = compact({
    key: c.key,
    name: c.name,
    regionName: c.regionName,
    validFrom: c.validFrom,
    validTo: c.validTo,
  });
  return compact({
    format: 'samspil/organisation@1',
    collaboration,
    parties: org.parties.map((p) => party(p, c)),
    clusters: org.clusters.map((cl) => cluster(cl, org, c)),
    fora: org.fora.map((f) => forumEntry(f, org, c)),
    ...peopleEntries(org, c),
  }) as OrgFileInput;
}
