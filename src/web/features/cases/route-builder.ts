/**
 * The route builder's list operations: add a forum, remove one, move one up or down. Generic
 * over the entries so the component can keep stable keys. Pure, so it is unit-tested.
 */

/** A copy with `entry` appended. */
export function addEntry<T>(route: readonly T[], entry: T): T[] {
  return [...route, entry];
}

/** A copy without the entry at `index`. */
export function removeEntry<T>(route: readonly T[], index: number): T[] {
  return route.filter((_, i) => i !== index);
}

/** A copy with the entry at `index` moved one place (-1 up, +1 down); unchanged at the ends. */
export function moveEntry<T>(route: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= route.length || target < 0 || target >= route.length) return [...route];
  const out = [...route];
  const [moved] = out.splice(index, 1);
  if (moved !== undefined) out.splice(target, 0, moved);
  return out;
}

/** The positions (1-based) where the same forum stands twice in a row (the API refuses it). */
export function adjacentDuplicates(forumIds: readonly string[]): number[] {
  return forumIds.flatMap((id, i) => (i > 0 && forumIds[i - 1] === id ? [i + 1] : []));
}
