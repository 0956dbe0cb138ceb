/**
 * The pure rules of the reform (issue 7): which successor fora an ended forum's work goes to
 * (default by municipality overlap, same level preferred, overridable per forum), which seat an
 * appointment continues in, which party an office holding continues in after a merger, and the
 * before/after counts that must match for the reform to be carried out.
 */
import type { ForumKind, ForumLevel, PartyKind, SeatRole } from '../../shared/organisation.enums';

/** A forum as the mapping sees it: its identity and the municipalities (codes) it covers. */
export interface ReformForum {
  id: string;
  key: string;
  name: string;
  level: ForumLevel;
  kind: ForumKind;
  collaborationId: string;
  /** Municipality codes: its area's members, or every municipality of its collaboration. */
  municipalities: readonly string[];
}

/** Why a successor was proposed (ReformMappingBasis in the contract). */
export type MappingBasis = 'sameKey' | 'overlap' | 'manual' | 'none';

/** One old forum and its successors; the first successor takes the open work. */
export interface PlannedMapping {
  from: ReformForum;
  to: (ReformForum & { overlap: number })[];
  basis: MappingBasis;
}

/** A hand-made mapping: successor fora by key (in the successor file). */
export interface MappingOverrideInput {
  fromForumId: string;
  toForumKeys: readonly string[];
}

/** Levels whose fora cover an area (a cluster, a health council's area). */
const AREA_LEVELS: readonly ForumLevel[] = ['cluster', 'healthCouncil'];

/**
 * The municipalities a forum covers: its area's members when it has one, otherwise (a regional
 * or collaboration-wide forum) every municipality of its collaboration.
 */
export function forumMunicipalities(
  clusterId: string | null,
  areaMembers: ReadonlyMap<string, readonly string[]>,
  allMunicipalities: readonly string[],
): string[] {
  const members = clusterId === null ? undefined : areaMembers.get(clusterId);
  return [...new Set(members ?? allMunicipalities)].sort();
}

/** How many municipalities two fora have in common. */
export function overlapOf(a: ReformForum, b: ReformForum): number {
  const mine = new Set(a.municipalities);
  return b.municipalities.filter((m) => mine.has(m)).length;
}

const byOverlapThenName = (a: { overlap: number; name: string }, b: typeof a) =>
  b.overlap - a.overlap || a.name.localeCompare(b.name, 'da');

function withOverlap(from: ReformForum, candidates: readonly ReformForum[]) {
  return candidates
    .map((c) => ({ ...c, overlap: overlapOf(from, c) }))
    .filter((c) => c.overlap > 0)
    .sort(byOverlapThenName);
}

function largest<T extends { overlap: number }>(rows: readonly T[]): T[] {
  const top = rows[0]?.overlap ?? 0;
  return rows.filter((r) => r.overlap === top && top > 0);
}

/**
 * The default successors of an ended forum among the fora valid on the effective date:
 * - a forum whose key a candidate has (in the same successor model) → that forum (`sameKey`);
 * - an area forum (cluster, health council) → the area fora with the largest overlap (ties keep
 *   all), else any forum with the largest overlap;
 * - a collaboration-wide forum (the SSU, a regional sub-group) → every area forum that overlaps
 *   (largest first), else the regional fora with the largest overlap, else any;
 * - otherwise the fora with the largest overlap (ties keep all); none overlapping → `none`.
 */
export function defaultSuccessors(
  from: ReformForum,
  candidates: readonly ReformForum[],
): Pick<PlannedMapping, 'to' | 'basis'> {
  const same = candidates.find((c) => c.key === from.key);
  if (same) return { to: [{ ...same, overlap: overlapOf(from, same) }], basis: 'sameKey' };
  const overlapping = withOverlap(from, candidates);
  const areas = overlapping.filter((c) => AREA_LEVELS.includes(c.level));
  let to: (ReformForum & { overlap: number })[];
  if (AREA_LEVELS.includes(from.level)) {
    to = areas.length > 0 ? largest(areas) : largest(overlapping);
  } else if (from.level === 'regional') {
    const regional = overlapping.filter((c) => c.level === 'regional');
    to = areas.length > 0 ? areas : regional.length > 0 ? largest(regional) : largest(overlapping);
  } else {
    const sameLevel = overlapping.filter((c) => c.level === from.level);
    to = sameLevel.length > 0 ? largest(sameLevel) : largest(overlapping);
  }
  return { to, basis: to.length > 0 ? 'overlap' : 'none' };
}

/** Why a mapping request cannot be used. */
export type MappingProblem =
  | { kind: 'unknownForum'; fromForumId: string }
  | { kind: 'unknownSuccessor'; fromForumId: string; key: string };

/**
 * The mappings of the ended fora: overrides (by successor key) where given, the default
 * otherwise. Returns the problems instead when an override names a forum that is not ended or a
 * successor key that is not a candidate.
 */
export function planMappings(input: {
  ended: readonly ReformForum[];
  candidates: readonly ReformForum[];
  overrides: readonly MappingOverrideInput[];
}): { ok: true; mappings: PlannedMapping[] } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const endedIds = new Set(input.ended.map((f) => f.id));
  const byKey = new Map(input.candidates.map((c) => [c.key, c]));
  const overrides = new Map<string, MappingOverrideInput>();
  for (const o of input.overrides) {
    if (!endedIds.has(o.fromForumId)) {
      problems.push({ kind: 'unknownForum', fromForumId: o.fromForumId });
      continue;
    }
    for (const key of o.toForumKeys) {
      if (!byKey.has(key))
        problems.push({ kind: 'unknownSuccessor', fromForumId: o.fromForumId, key });
    }
    overrides.set(o.fromForumId, o);
  }
  if (problems.length > 0) return { ok: false, problems };
  const mappings = input.ended.map((from): PlannedMapping => {
    const override = overrides.get(from.id);
    if (override === undefined) return { from, ...defaultSuccessors(from, input.candidates) };
    const keys = [...new Set(override.toForumKeys)];
    const to = keys.map((k) => {
      const c = byKey.get(k) as ReformForum;
      return { ...c, overlap: overlapOf(from, c) };
    });
    return { from, to, basis: to.length > 0 ? 'manual' : 'none' };
  });
  return { ok: true, mappings };
}

/** A seat as the appointment carry-over sees it. */
export interface ReformSeat {
  id: string;
  /** The seat's key within its forum. */
  key: string;
  forumId: string;
  role: SeatRole;
  partyKind: PartyKind | null;
  /** Born seats are filled by their rule, never by appointment. */
  born: boolean;
}

/**
 * The seat an appointment in `seat` continues in: among the successor fora in order, the first
 * appointed seat with the same key, else the first with the same role and party kind.
 */
export function continuingSeat(
  seat: ReformSeat,
  successorForumIds: readonly string[],
  seatsByForum: ReadonlyMap<string, readonly ReformSeat[]>,
): ReformSeat | null {
  for (const forumId of successorForumIds) {
    const seats = (seatsByForum.get(forumId) ?? []).filter((s) => !s.born);
    const found =
      seats.find((s) => s.key === seat.key) ??
      seats.find((s) => s.role === seat.role && s.partyKind === seat.partyKind);
    if (found) return found;
  }
  return null;
}

/** A party as the office-holding carry-over of a merger sees it. */
export interface ReformParty {
  id: string;
  kind: PartyKind;
  code: string | null;
  predecessorPartyIds: readonly string[];
}

/**
 * The party of the target collaboration an office holding in `party` continues in: the one
 * listing it as a predecessor, else the municipality with the same code, else the only party of
 * kind region (for a region); null when none fits (the holding stays in the old party).
 */
export function successorParty(
  party: ReformParty,
  candidates: readonly ReformParty[],
): ReformParty | null {
  const listed = candidates.find((c) => c.predecessorPartyIds.includes(party.id));
  if (listed) return listed;
  if (party.id && candidates.some((c) => c.id === party.id)) return null;
  if (party.kind === 'municipality' && party.code !== null) {
    return candidates.find((c) => c.kind === 'municipality' && c.code === party.code) ?? null;
  }
  if (party.kind === 'region') {
    const regions = candidates.filter((c) => c.kind === 'region');
    return regions.length === 1 ? (regions[0] as ReformParty) : null;
  }
  return null;
}

/** Open work of one kind: before (ids on the old side) and after (found at the successors). */
export interface CountResult {
  kind: string;
  before: number;
  after: number;
}

/**
 * The counts per kind: `before` is the open work on the old fora, `after` the part of it found
 * at the successors (`foundAfter`, ids) plus what was explicitly ended (`ended`, ids). Kinds are
 * listed in `kinds` order first, then any other kind reported.
 */
export function reformCounts(
  kinds: readonly string[],
  before: Readonly<Record<string, readonly string[]>>,
  foundAfter: Readonly<Record<string, readonly string[]>>,
  ended: readonly { kind: string; id: string }[],
): CountResult[] {
  const all = [
    ...kinds,
    ...Object.keys(before).filter((k) => !kinds.includes(k)),
    ...ended.map((e) => e.kind).filter((k) => !kinds.includes(k) && !(k in before)),
  ];
  return [...new Set(all)].map((kind) => {
    const was = new Set(before[kind] ?? []);
    const seen = new Set<string>();
    for (const id of foundAfter[kind] ?? []) if (was.has(id)) seen.add(id);
    for (const e of ended) if (e.kind === kind && was.has(e.id)) seen.add(e.id);
    return { kind, before: was.size, after: seen.size };
  });
}

/** The kinds whose counts differ (the reform must then be refused). */
export function countMismatches(counts: readonly CountResult[]): string[] {
  return counts.filter((c) => c.before !== c.after).map((c) => c.kind);
}
