/**
 * Planning of changes to versioned entities. History is never overwritten: a change as of day
 * `d` closes the version valid on `d` (its `validTo` becomes `d - 1`) and inserts a new version
 * from `d` with the old `validTo`; a version that already starts on `d` is corrected in place.
 * These functions only plan; the repository carries the plan out in one transaction.
 */
import {
  addDays,
  compareDates,
  isValidOn,
  overlaps,
  type IsoDate,
  type Validity,
} from '../../shared/dates';

/** The least a version row needs for planning. */
export interface VersionLike extends Validity {
  id: string;
}

/** The attributes of a version: everything but its id and validity. */
export type AttributesOf<V extends VersionLike> = Omit<V, 'id' | 'validFrom' | 'validTo'>;

/** What to do to carry out a change. */
export type VersionChange<V extends VersionLike> =
  /** The version valid on the day already has these attributes. */
  | { kind: 'none' }
  /** The version valid on the day starts on that day: patch it (the audit log keeps before/after). */
  | { kind: 'updateInPlace'; id: string; attrs: Partial<AttributesOf<V>> }
  /** Close the version valid on the day and insert the new one (ready to write, minus its id). */
  | { kind: 'split'; close: { id: string; validTo: IsoDate }; insert: AttributesOf<V> & Validity }
  /** No version is valid on the day (before the start, in a gap or after the end). */
  | { kind: 'rejected'; reason: 'notValidOnDate' };

/** What to do to end an entity. */
export type VersionEnd =
  | { kind: 'none' }
  | { kind: 'end'; close: { id: string; validTo: IsoDate } | null; remove: string[] }
  | { kind: 'rejected'; reason: 'endsBeforeStart' };

/** A problem in one entity's version history. */
export type VersionProblem =
  { kind: 'overlap'; ids: [string, string] } | { kind: 'invalidPeriod'; id: string };

/** Equality of attribute values: primitives by value, arrays and plain objects structurally. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  const aRecord = a as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => key in bRecord && sameValue(aRecord[key], bRecord[key]))
  );
}

/** True when every attribute in `attrs` already has that value on `version`. */
export function hasAttributes<V extends VersionLike>(
  version: V,
  attrs: Partial<AttributesOf<V>>,
): boolean {
  const current = version as unknown as Record<string, unknown>;
  return Object.entries(attrs).every(([key, value]) => sameValue(current[key], value));
}

/**
 * Plans changing the attributes in `newAttributes` of one entity (all its `versions`) as of
 * `effectiveFrom`. Only the version valid on that day is touched; earlier and later versions are
 * left as they are, so a change never rewrites the past nor overrides an already planned future.
 * `equals` decides whether the change is a no-op (default: `hasAttributes`).
 */
export function planVersionedChange<V extends VersionLike>(
  versions: readonly V[],
  effectiveFrom: IsoDate,
  newAttributes: Partial<AttributesOf<V>>,
  equals: (current: V, attrs: Partial<AttributesOf<V>>) => boolean = hasAttributes,
): VersionChange<V> {
  const current = versions.find((v) => isValidOn(v, effectiveFrom));
  if (current === undefined) return { kind: 'rejected', reason: 'notValidOnDate' };
  if (equals(current, newAttributes)) return { kind: 'none' };
  if (current.validFrom === effectiveFrom) {
    return { kind: 'updateInPlace', id: current.id, attrs: newAttributes };
  }
  const { id: _id, validFrom: _from, validTo, ...attributes } = current;
  const insert = { ...attributes, ...newAttributes, validFrom: effectiveFrom, validTo };
  return {
    kind: 'split',
    close: { id: current.id, validTo: addDays(effectiveFrom, -1) },
    insert: insert as unknown as AttributesOf<V> & Validity,
  };
}

/**
 * Plans ending an entity with `lastDay` as its last valid day (inclusive): the version valid on
 * that day is closed and versions starting after it are removed. Ending on or after the current
 * end is `none`; ending before the first version starts is rejected (that is a deletion).
 */
export function planEnd<V extends VersionLike>(
  versions: readonly V[],
  lastDay: IsoDate,
): VersionEnd {
  const sorted = [...versions].sort((a, b) => compareDates(a.validFrom, b.validFrom));
  const first = sorted[0];
  if (first === undefined) return { kind: 'none' };
  if (lastDay < first.validFrom) return { kind: 'rejected', reason: 'endsBeforeStart' };
  const current = sorted.find((v) => isValidOn(v, lastDay));
  const close =
    current && current.validTo !== lastDay ? { id: current.id, validTo: lastDay } : null;
  const remove = sorted.filter((v) => v.validFrom > lastDay).map((v) => v.id);
  if (close === null && remove.length === 0) return { kind: 'none' };
  return { kind: 'end', close, remove };
}

/**
 * The problems in one entity's versions: a period ending before it starts, and every pair of
 * versions sharing a day. Empty means the history is well-formed.
 */
export function checkNoOverlap(versions: readonly VersionLike[]): VersionProblem[] {
  const problems: VersionProblem[] = versions
    .filter((v) => v.validTo !== null && v.validTo < v.validFrom)
    .map((v) => ({ kind: 'invalidPeriod', id: v.id }));
  versions.forEach((a, i) => {
    for (const b of versions.slice(i + 1)) {
      if (overlaps(a, b)) problems.push({ kind: 'overlap', ids: [a.id, b.id] });
    }
  });
  return problems;
}
