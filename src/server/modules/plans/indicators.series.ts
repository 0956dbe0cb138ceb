/** The chart series of a plan's indicator (GET /api/plans/:id/indicators/:indicatorId/series). */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { sortPeriods } from '../../../domain/plans/indicators';
import { INDICATOR_LIMITS, type IndicatorSeries } from '../../../shared/plan-indicators.contract';
import type { Db } from '../../db/client';
import { canonical, findIndicator, toIndicator } from './indicators.service';
import { collaborationParties, type PlanRow } from './plan-file.repo';
import { planIndicatorValues } from './plans.table';

/**
 * The chart series of an indicator: periods in time order (at most the newest
 * `maxSeriesPeriods`), one line per municipality (or the parties asked for), the region's line
 * and the target. One query on the (indicator, party, period) index.
 */
export async function indicatorSeries(
  db: Db,
  plan: PlanRow,
  indicatorId: string,
  partyIds: string[] | null,
): Promise<IndicatorSeries> {
  const indicator = toIndicator(await findIndicator(db, plan.id, indicatorId));
  const parties = await collaborationParties(db, plan.collaborationId);
  const region = parties.find((p) => p.kind === 'region') ?? null;
  const wanted = partyIds
    ? parties.filter((p) => partyIds.includes(p.id) || p.id === region?.id)
    : parties;
  const ids = wanted.map((p) => p.id);
  const values = ids.length
    ? await db
        .select({
          partyId: planIndicatorValues.partyId,
          period: planIndicatorValues.period,
          value: planIndicatorValues.value,
        })
        .from(planIndicatorValues)
        .where(
          and(
            eq(planIndicatorValues.indicatorId, indicatorId),
            inArray(planIndicatorValues.partyId, ids),
          ),
        )
        .orderBy(desc(planIndicatorValues.period))
        .limit(INDICATOR_LIMITS.maxSeriesPeriods * Math.max(1, ids.length))
    : [];
  const periods = sortPeriods(values.map((v) => v.period)).slice(
    -INDICATOR_LIMITS.maxSeriesPeriods,
  );
  const index = new Map(periods.map((p, i) => [p, i]));
  const lines = new Map<string, (string | null)[]>();
  for (const v of values) {
    const at = index.get(v.period);
    if (at === undefined) continue;
    const line = lines.get(v.partyId) ?? periods.map(() => null);
    line[at] = canonical(v.value);
    lines.set(v.partyId, line);
  }
  const lineOf = (p: { id: string; name: string }, isRegion: boolean) => ({
    partyId: p.id,
    name: p.name,
    isRegion,
    values: lines.get(p.id) ?? periods.map(() => null),
  });
  const others = wanted.filter(
    (p) => p.id !== region?.id && (partyIds !== null || lines.has(p.id)),
  );
  return {
    indicator,
    periods,
    lines: others.map((p) => lineOf(p, false)),
    region: region ? lineOf(region, true) : null,
    target: indicator.target,
    targetPeriod: indicator.targetPeriod,
  };
}
