/**
 * Rollups of degrees (issue 9, item 6), pure: the heatmap's cells, the average score and the
 * distribution of a set of values (steps without a score, e.g. "ikke relevant", are counted in
 * the distribution but not in the average), progress per goal, per cluster and for the region.
 */
import type { ScaleStep } from './rounds';

/** A rollup of values. */
export interface Rollup {
  /** 0–100, one decimal; null when no value has a scored degree. */
  average: number | null;
  counted: number;
  total: number;
  distribution: Record<string, number>;
}

/** The rollup of a list of degree keys on a scale (unknown keys count in the total only). */
export function rollup(degrees: readonly string[], scale: readonly ScaleStep[]): Rollup {
  const scoreOf = new Map(scale.map((s) => [s.key, s.score]));
  const distribution: Record<string, number> = {};
  for (const step of scale) distribution[step.key] = 0;
  let sum = 0;
  let counted = 0;
  for (const degree of degrees) {
    distribution[degree] = (distribution[degree] ?? 0) + 1;
    const score = scoreOf.get(degree);
    if (score === null || score === undefined) continue;
    sum += score;
    counted += 1;
  }
  return {
    average: counted === 0 ? null : Math.round((sum / counted) * 10) / 10,
    counted,
    total: degrees.length,
    distribution,
  };
}

/** One value of a slice: a subject's degree of an initiative. */
export interface SliceValue {
  initiativeId: string;
  subjectId: string;
  degree: string;
}

/** The heatmap's cells: rows = subjects, columns = initiatives, null = nothing recorded. */
export function heatmapCells(
  subjectIds: readonly string[],
  initiativeIds: readonly string[],
  values: readonly SliceValue[],
): (string | null)[][] {
  const row = new Map(subjectIds.map((id, i) => [id, i]));
  const col = new Map(initiativeIds.map((id, j) => [id, j]));
  const cells = subjectIds.map(() => initiativeIds.map((): string | null => null));
  for (const v of values) {
    const i = row.get(v.subjectId);
    const j = col.get(v.initiativeId);
    if (i === undefined || j === undefined) continue;
    const r = cells[i];
    if (r) r[j] = v.degree;
  }
  return cells;
}

/** Rollups grouped by a key of each value (e.g. the initiative's goal, the subject's cluster). */
export function rollupBy<K>(
  values: readonly SliceValue[],
  scale: readonly ScaleStep[],
  keysOf: (v: SliceValue) => readonly K[],
): Map<K, Rollup> {
  const groups = new Map<K, string[]>();
  for (const v of values) {
    for (const key of keysOf(v)) {
      const list = groups.get(key) ?? [];
      list.push(v.degree);
      groups.set(key, list);
    }
  }
  return new Map([...groups].map(([k, degrees]) => [k, rollup(degrees, scale)]));
}

/** Progress of a slice: the whole (the region), per goal and per cluster. */
export function progressOf(
  values: readonly SliceValue[],
  scale: readonly ScaleStep[],
  goalOf: ReadonlyMap<string, string | null>,
  clustersOf: ReadonlyMap<string, readonly string[]>,
): { region: Rollup; goals: Map<string | null, Rollup>; clusters: Map<string, Rollup> } {
  return {
    region: rollup(
      values.map((v) => v.degree),
      scale,
    ),
    goals: rollupBy(values, scale, (v) => [goalOf.get(v.initiativeId) ?? null]),
    clusters: rollupBy(values, scale, (v) => clustersOf.get(v.subjectId) ?? []),
  };
}
