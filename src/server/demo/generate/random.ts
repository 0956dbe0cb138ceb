/**
 * A seeded pseudo-random generator (mulberry32) and deterministic ids: the same scale gives the
 * same data. Ids are uuid-shaped (version 5 layout) from a SHA-1 of a namespace and a name, so
 * they never collide with the random (version 4) ids of the demo data or the app.
 */
import { createHash } from 'node:crypto';

/** A seeded generator of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with a 32-bit hash of `seed`. */
export function seededRandom(seed: string): Random {
  let a = 2166136261;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick: empty list');
  return value;
}

/**
 * A Zipf-like pick: early elements are common, late ones rare (so search finds both common and
 * rare words).
 */
export function pickSkewed<T>(random: Random, list: readonly T[]): T {
  const r = random();
  return pick(() => r * r * r, list);
}

/** A uuid (version 5 layout) for `name` in the generator's namespace. */
export function generatedId(name: string): string {
  const h = createHash('sha1').update(`samspil-generate:${name}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
