/**
 * Exact division of an amount of money (integer øre) by integer weights: the largest remainder
 * method in BigInt arithmetic, never binary floating point. The shares always sum exactly to the
 * amount, and each differs from its exact (rational) share by less than one øre.
 *
 * The rounding residue rule (documented in docs/decisions/015-secretariat-financing.md): every
 * share is first rounded down; the øre left over go one each to the shares with the largest
 * remainders; equal remainders go in the callers' order (callers sort by municipality code, so
 * the lowest code wins a tie).
 */

/** An amount of money in øre: a non-negative safe integer. */
export type Ore = number;

/** True for an amount of money the model accepts: a safe, non-negative integer of øre. */
export function isOre(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Divides `total` øre by `weights` (non-negative integers, at least one positive). Returns one
 * share per weight, in the same order, summing to `total`.
 */
export function allocate(total: Ore, weights: readonly bigint[]): Ore[] {
  if (!isOre(total)) throw new RangeError(`not an amount of øre: ${total}`);
  if (weights.some((w) => w < 0n)) throw new RangeError('a weight is negative');
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum === 0n) throw new RangeError('the weights sum to zero');
  const amount = BigInt(total);
  const floors = weights.map((w) => (amount * w) / sum);
  const remainders = weights.map((w) => (amount * w) % sum);
  let left = amount - floors.reduce((a, f) => a + f, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const shares = [...floors];
  for (const { i } of order) {
    if (left === 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map((s) => Number(s));
}

/**
 * The cost of `fteHundredths` full-time equivalents (1.5 FTE = 150) at `ratePerFte` øre per FTE,
 * rounded to the øre half up.
 */
export function costOfFte(fteHundredths: number, ratePerFte: Ore): Ore {
  if (!Number.isSafeInteger(fteHundredths) || fteHundredths < 0)
    throw new RangeError(`not a number of FTE hundredths: ${fteHundredths}`);
  if (!isOre(ratePerFte)) throw new RangeError(`not an amount of øre: ${ratePerFte}`);
  const product = BigInt(fteHundredths) * BigInt(ratePerFte);
  const cost = (product + 50n) / 100n;
  if (cost > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('the cost is too large');
  return Number(cost);
}
