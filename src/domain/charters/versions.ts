/**
 * A forum's charter (kommissorium) as versions: each save is a new version with the day it is
 * valid from. The version valid on a day is the one with the latest `validFrom` on or before it;
 * of two valid from the same day, the later save (higher number) wins.
 */
import type { IsoDate } from '../../shared/dates';

/** What the rule needs of a version. */
export interface CharterVersionRef {
  version: number;
  validFrom: IsoDate;
}

/** The version valid on `on`, or null when none is valid yet. */
export function charterVersionOn<T extends CharterVersionRef>(
  versions: readonly T[],
  on: IsoDate,
): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.validFrom > on) continue;
    if (
      !best ||
      v.validFrom > best.validFrom ||
      (v.validFrom === best.validFrom && v.version > best.version)
    ) {
      best = v;
    }
  }
  return best;
}
