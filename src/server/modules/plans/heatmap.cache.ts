/**
 * The values of closed rounds, kept in memory: closing freezes a round (answers after it are
 * refused, nothing rewrites its slice), so its cells never change and need not be read again.
 * A small LRU keyed by the round and its closing time; each process keeps its own. Open rounds
 * (live values) are never cached.
 */
import type { SliceValue } from '../../../domain/plans/progress';

const MAX_ROUNDS = 16;
const cache = new Map<string, readonly SliceValue[]>();

const keyOf = (roundId: string, closedAt: Date | null): string =>
  `${roundId}:${closedAt?.toISOString() ?? ''}`;

/** A closed round's values from the cache, or read by `load` and kept. */
export async function closedRoundValues(
  round: { id: string; closedAt: Date | null },
  load: () => Promise<SliceValue[]>,
): Promise<readonly SliceValue[]> {
  const key = keyOf(round.id, round.closedAt);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const values = await load();
  cache.set(key, values);
  while (cache.size > MAX_ROUNDS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return values;
}

/** Empties the cache (benchmarks measuring the cold read; tests). */
export function clearClosedRoundCache(): void {
  cache.clear();
}
