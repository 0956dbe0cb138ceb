/**
 * Distribution keys (fordelingsnøgler): how a cost is shared among municipalities. Each key turns
 * the municipalities' populations into integer weights for {@link allocate}, so the sharing is
 * exact.
 */
import { z } from 'zod';

/** By population, in equal shares, or a weighted mix (the population part in whole percent). */
export const DistributionKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('population') }),
  z.object({ kind: z.literal('equal') }),
  z.object({ kind: z.literal('mix'), populationPercent: z.number().int().min(0).max(100) }),
]);
export type DistributionKey = z.infer<typeof DistributionKeySchema>;

/** One municipality's part in a key: its population, and its share of it (a split municipality). */
export interface KeyMember {
  population: number;
  /** The part of the municipality that belongs here: `numerator / denominator` (1/1 when whole). */
  part?: { numerator: number; denominator: number };
}

function lcm(a: bigint, b: bigint): bigint {
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? x : gcd(y, x % y));
  return (a / gcd(a, b)) * b;
}

/**
 * The integer weights of `members` under `key`. With the mix, each weight is
 * p·pop_i/P + (100 − p)/n scaled by 100·P·n to integers; a split municipality's population and
 * equal share count with its part (scaled by the parts' common denominator).
 */
export function keyWeights(members: readonly KeyMember[], key: DistributionKey): bigint[] {
  if (members.length === 0) return [];
  const scale = members.reduce((a, m) => lcm(a, BigInt(m.part?.denominator ?? 1)), 1n);
  const part = (m: KeyMember): bigint =>
    (scale * BigInt(m.part?.numerator ?? 1)) / BigInt(m.part?.denominator ?? 1);
  const populations = members.map((m) => BigInt(m.population) * part(m));
  const equal = members.map(part);
  if (key.kind === 'population') return populations;
  if (key.kind === 'equal') return equal;
  const totalPopulation = populations.reduce((a, p) => a + p, 0n);
  const totalEqual = equal.reduce((a, e) => a + e, 0n);
  const p = BigInt(key.populationPercent);
  // p/100 · pop_i/P + (100 − p)/100 · eq_i/E, times 100·P·E.
  return members.map(
    (_, i) =>
      p * (populations[i] ?? 0n) * totalEqual + (100n - p) * (equal[i] ?? 0n) * totalPopulation,
  );
}
