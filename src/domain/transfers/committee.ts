/**
 * Where the other clusters are informed of a decided transfer (seed 002: "via
 * Sundhedssamarbejdsudvalget"; from 2027 the health council, reference/REFORM-2027-NOTES.md):
 * the committee is found from the organisation as of the decision day, and the orientation item
 * goes on the committee's next meeting whose agenda is still being prepared.
 *
 * The committee, as of the decision day:
 * 1. walking up from the deciding forum (then from the cluster's forum) along `reportsTo`, the
 *    first political forum that covers the whole collaboration (no cluster): the SSU in the
 *    2022 models (a cluster's political forum reports to it);
 * 2. otherwise (the 2027 structure, no SSU) the health council (level `healthCouncil`) of the
 *    transfer's area: the council whose area is the transfer's cluster, else the council whose
 *    area shares most municipalities with the cluster (ties: by name).
 * Only fora valid on the decision day count; null when none fits.
 */
import type { IsoDate } from '../../shared/dates';

export interface CommitteeForum {
  id: string;
  name: string;
  level: string;
  kind: string;
  clusterId: string | null;
  reportsToId: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface CommitteeInput {
  on: IsoDate;
  fora: readonly CommitteeForum[];
  /** The forum that decided and the cluster's own forum (tried in that order). */
  startForumIds: readonly string[];
  clusterId: string;
  /** Municipality codes (or party ids) per cluster/area id, for the overlap. */
  areaMembers: ReadonlyMap<string, readonly string[]>;
}

const validOn = (f: CommitteeForum, on: IsoDate) =>
  f.validFrom <= on && (f.validTo === null || on <= f.validTo);

/** The forum that takes the orientation item as of the decision day, or null. */
export function orientationCommittee(input: CommitteeInput): CommitteeForum | null {
  const valid = input.fora.filter((f) => validOn(f, input.on));
  const byId = new Map(valid.map((f) => [f.id, f]));
  // Reporting lines may be stated on an ended version: look the parent up among all versions.
  const anyById = new Map<string, CommitteeForum>();
  for (const f of input.fora) if (!anyById.has(f.id) || validOn(f, input.on)) anyById.set(f.id, f);
  for (const start of input.startForumIds) {
    const seen = new Set<string>();
    let current = anyById.get(start)?.reportsToId ?? null;
    while (current && !seen.has(current)) {
      seen.add(current);
      const parent = byId.get(current);
      if (parent && parent.kind === 'political' && parent.clusterId === null) return parent;
      current = (parent ?? anyById.get(current))?.reportsToId ?? null;
    }
  }
  const councils = valid.filter((f) => f.level === 'healthCouncil');
  const own = councils.filter((f) => f.clusterId === input.clusterId);
  if (own.length) return [...own].sort(byName)[0] ?? null;
  const mine = new Set(input.areaMembers.get(input.clusterId) ?? []);
  const scored = councils
    .map((f) => ({
      f,
      overlap: (input.areaMembers.get(f.clusterId ?? '') ?? []).filter((m) => mine.has(m)).length,
    }))
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || byName(a.f, b.f));
  return scored[0]?.f ?? null;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

/** A meeting as the choice of the next one sees it. */
export interface CandidateMeeting {
  id: string;
  /** The meeting's day in Denmark. */
  date: IsoDate;
  startsAt: string;
  cancelled: boolean;
  /** False once the agenda is published. */
  agendaEditable: boolean;
}

/** The committee's next meeting on/after `on` that is not cancelled and not yet published. */
export function nextMeeting(
  meetings: readonly CandidateMeeting[],
  on: IsoDate,
): CandidateMeeting | null {
  return (
    [...meetings]
      .filter((m) => m.date >= on && !m.cancelled && m.agendaEditable)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))[0] ?? null
  );
}
