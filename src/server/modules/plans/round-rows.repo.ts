/**
 * Stores a closed round's compact rows (one per party of the round) from its slice of
 * plan_degrees, on the plan's scale at closing (its keys are stored with them), encoded by src/domain/plans/round-rows.ts. Called in the closing transaction
 * (rounds.service.ts), by the demo and by the benchmark, which close rounds by direct inserts.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { encodeRow } from '../../../domain/plans/round-rows';
import { plans } from './plans.table';
import { roundCells } from './rounds.repo';
import { planRoundColumns, planRoundRows } from './round-rows.table';

export async function storeRoundRows(
  tx: Db,
  round: {
    id: string;
    planId: string;
    initiativeIds: readonly string[];
    partyIds: readonly string[];
  },
): Promise<number> {
  const [plan] = await tx
    .select({ scale: plans.degreeScale })
    .from(plans)
    .where(eq(plans.id, round.planId));
  const scaleKeys = (plan?.scale ?? []).map((s) => s.key);
  const byParty = new Map<string, Map<string, string>>();
  for (const v of await roundCells(tx, round.id)) {
    const m = byParty.get(v.subjectId) ?? new Map<string, string>();
    m.set(v.initiativeId, v.degree);
    byParty.set(v.subjectId, m);
  }
  const order = [...round.initiativeIds];
  await tx
    .insert(planRoundColumns)
    .values({ roundId: round.id, initiativeIds: order, scaleKeys: [...scaleKeys] });
  const rows = [...new Set(round.partyIds)].map((partyId) => ({
    roundId: round.id,
    partyId,
    cells: encodeRow(order, scaleKeys, byParty.get(partyId) ?? new Map()),
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(planRoundRows).values(rows.slice(i, i + 1000));
  }
  return rows.length;
}
