/**
 * Why a forum is not there on a day: it has ended (with its last day and successors), it has
 * not started yet, or it is unknown. Pure: the caller passes the forum's versions.
 */
import type { IsoDate, Validity } from '../../shared/dates';

/** The versioned facts the explanation needs. */
export interface AbsenceVersion extends Validity {
  name: string;
  successorForumIds: readonly string[];
}

/** Why a forum is absent on a day. */
export type ForumAbsence =
  | { kind: 'unknown' }
  | { kind: 'ended'; name: string; lastDay: IsoDate; successorForumIds: readonly string[] }
  | { kind: 'notYet'; name: string; firstDay: IsoDate }
  | { kind: 'gap'; name: string }
  | { kind: 'present' };

/** Explains why the forum with `versions` (any order) is or is not valid on `date`. */
export function forumAbsence(versions: readonly AbsenceVersion[], date: IsoDate): ForumAbsence {
  if (versions.length === 0) return { kind: 'unknown' };
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const first = sorted[0] as AbsenceVersion;
  const last = sorted[sorted.length - 1] as AbsenceVersion;
  if (date < first.validFrom)
    return { kind: 'notYet', name: first.name, firstDay: first.validFrom };
  if (last.validTo !== null && date > last.validTo) {
    return {
      kind: 'ended',
      name: last.name,
      lastDay: last.validTo,
      successorForumIds: last.successorForumIds,
    };
  }
  const present = sorted.some(
    (v) => v.validFrom <= date && (v.validTo === null || v.validTo >= date),
  );
  return present ? { kind: 'present' } : { kind: 'gap', name: last.name };
}
