/**
 * Pure helpers of the heatmap and every degree shown: a degree's visual step (colour class AND a
 * glyph, so it never relies on colour alone), its label, and the ordering of rows and columns.
 */
import { heatmapDegree, heatmapIndex } from '../../../shared/plan-rounds.contract';

/** A step of a plan's scale as the views serve it (label null = the default's translation). */
export interface ScaleStep {
  key: string;
  label: string | null;
  score: number | null;
}

/** How a degree is drawn: a css class (colour and pattern) and a glyph (text). */
export interface DegreeVisual {
  /** `plan-deg-0` … `plan-deg-4` by score, `plan-deg-na` unscored, `plan-deg-none` unknown. */
  className: string;
  glyph: string;
}

const GLYPHS = ['○', '◔', '◑', '◕', '●'] as const;

/** The visual of `degree` on `scale` (null = nothing recorded). */
export function degreeVisual(scale: readonly ScaleStep[], degree: string | null): DegreeVisual {
  if (degree === null) return { className: 'plan-deg-none', glyph: '·' };
  const step = scale.find((s) => s.key === degree);
  if (!step || step.score === null) return { className: 'plan-deg-na', glyph: '–' };
  const bucket = Math.min(4, Math.max(0, Math.round((step.score / 100) * 4)));
  return { className: `plan-deg-${bucket}`, glyph: GLYPHS[bucket] ?? '○' };
}

/** The words of a degree: the plan's own label, else the default's translation, else the key. */
export function degreeLabel(
  scale: readonly ScaleStep[],
  degree: string | null,
  translate: (key: string) => string | null,
  none: string,
): string {
  if (degree === null) return none;
  const step = scale.find((s) => s.key === degree);
  if (step?.label) return step.label;
  return translate(degree) ?? degree;
}

/** Compares initiative numbers as the plan writes them ("2" < "10", "3.2" < "3.10"). */
export function compareNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'da', { numeric: true });
}

/**
 * The average score (0–100) of a heatmap row (`Heatmap.cells[i]`: one scale index per character,
 * '-' = nothing recorded); null when none is scored.
 */
export function averageScore(scale: readonly ScaleStep[], row: string): number | null {
  let sum = 0;
  let n = 0;
  for (let j = 0; j < row.length; j += 1) {
    const score = scale[heatmapIndex(row, j)]?.score ?? null;
    if (score !== null) {
      sum += score;
      n += 1;
    }
  }
  return n === 0 ? null : Math.round(sum / n);
}

/** How the heatmap's rows are ordered. */
export type RowOrder = 'name' | 'progress';

/** Row indexes of the heatmap in the chosen order (ties by name). */
export function orderRows(
  parties: readonly { name: string }[],
  cells: readonly string[],
  scale: readonly ScaleStep[],
  order: RowOrder,
): number[] {
  const indexes = parties.map((_, i) => i);
  const byName = (a: number, b: number) =>
    (parties[a]?.name ?? '').localeCompare(parties[b]?.name ?? '', 'da');
  if (order === 'name') return indexes.sort(byName);
  const avg = indexes.map((i) => averageScore(scale, cells[i] ?? '') ?? -1);
  return indexes.sort((a, b) => (avg[b] ?? -1) - (avg[a] ?? -1) || byName(a, b));
}

/** How many cells hold each degree (the legend's counts); `null` counts cells with nothing. */
export function countDegrees(
  scale: readonly ScaleStep[],
  cells: readonly string[],
): Map<string | null, number> {
  const byIndex = new Map<number, number>();
  for (const row of cells) {
    for (let j = 0; j < row.length; j += 1) {
      const n = heatmapIndex(row, j);
      byIndex.set(n, (byIndex.get(n) ?? 0) + 1);
    }
  }
  const counts = new Map<string | null, number>();
  for (const [n, count] of byIndex) {
    const key = scale[n]?.key ?? null;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

export { heatmapDegree, heatmapIndex };
