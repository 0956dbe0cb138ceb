/**
 * The budget split of a joint funding application: each participating party's share, in øre,
 * must add up to exactly the application's total budget (no rounding, no tolerance).
 */

/** One party's share of the budget. */
export interface BudgetShare {
  partyId: string;
  amountOre: number;
}

/** Why a budget split is refused. */
export type BudgetProblem =
  | { kind: 'sumMismatch'; sumOre: number; totalOre: number; differenceOre: number }
  | { kind: 'duplicateParty'; partyId: string }
  | { kind: 'leadNotParticipating'; partyId: string }
  | { kind: 'noParties' };

/** The sum of the shares, in øre. */
export function sumShares(shares: readonly BudgetShare[]): number {
  return shares.reduce((sum, s) => sum + s.amountOre, 0);
}

/**
 * What is left to split: total minus the shares (positive = too little split, negative = too
 * much). The editor shows it as the running difference.
 */
export function budgetDifference(totalOre: number, shares: readonly BudgetShare[]): number {
  return totalOre - sumShares(shares);
}

/** Checks a split against the total and the lead party; the first problem, or null. */
export function checkBudgetSplit(input: {
  totalOre: number;
  leadPartyId: string;
  shares: readonly BudgetShare[];
}): BudgetProblem | null {
  const { totalOre, leadPartyId, shares } = input;
  if (shares.length === 0) return { kind: 'noParties' };
  const seen = new Set<string>();
  for (const s of shares) {
    if (seen.has(s.partyId)) return { kind: 'duplicateParty', partyId: s.partyId };
    seen.add(s.partyId);
  }
  if (!seen.has(leadPartyId)) return { kind: 'leadNotParticipating', partyId: leadPartyId };
  const sumOre = sumShares(shares);
  if (sumOre !== totalOre) {
    return { kind: 'sumMismatch', sumOre, totalOre, differenceOre: totalOre - sumOre };
  }
  return null;
}
