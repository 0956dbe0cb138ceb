/**
 * Pure geometry of the plans' small SVG charts (trend across rounds, an indicator over time):
 * a value range with round tick marks, and a line's path through the known points (a missing
 * value breaks the line instead of inventing one).
 */

/** A value axis: its ends and its tick values. */
export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** An axis covering `values` with about five round ticks (a flat or empty series still spans 1). */
export function axisOf(values: readonly (number | null)[], include: readonly number[] = []): Axis {
  const known = [...values, ...include].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  let lo = known.length ? Math.min(...known) : 0;
  let hi = known.length ? Math.max(...known) : 1;
  if (lo === hi) {
    lo = lo > 0 ? 0 : lo - 1;
    hi = hi === 0 ? 1 : hi;
  }
  const raw = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}

/** The y of `value` on `axis` in a plot `height` high (top = 0). */
export function yOf(axis: Axis, value: number, height: number): number {
  return height - ((value - axis.min) / (axis.max - axis.min || 1)) * height;
}

/** The x of point `i` of `count` in a plot `width` wide. */
export function xOf(i: number, count: number, width: number): number {
  return count <= 1 ? width / 2 : (i / (count - 1)) * width;
}

/** An SVG path through the points; a null value starts a new segment. */
export function linePath(
  values: readonly (number | null)[],
  axis: Axis,
  width: number,
  height: number,
): string {
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = xOf(i, values.length, width).toFixed(1);
    const y = yOf(axis, v, height).toFixed(1);
    path += `${pen ? 'L' : 'M'}${x} ${y} `;
    pen = true;
  });
  return path.trim();
}

/** Decimal text from the API (`"12.5"`) as a number, or null. */
export function toNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
