/** Seat burden helpers: when a municipality's load counts as heavy. */

/** The median of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** How much more than the median counts as heavy: 50 % more. */
export const HEAVY_FACTOR = 1.5;

/**
 * True when `seats` is a heavy load next to the typical municipality: at least 50 % above the
 * median, and more than one seat above it (so 2 against a median of 1 is not "heavy").
 */
export function isHeavyLoad(seats: number, typical: number): boolean {
  return seats >= typical * HEAVY_FACTOR && seats - typical > 1;
}
