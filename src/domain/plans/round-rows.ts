/**
 * The compact rows a closed round stores (plan_round_rows): per party one character per
 * initiative, in the round's initiative order, the index of the degree on the plan's scale as
 * it was at closing ('0'–'9', a scale has at most 10 steps) or '-' (nothing recorded). The scale's
 * keys are stored with the rows, so a later reorder or added step of the plan's scale only remaps
 * the characters when read; a step in use cannot be removed (refused when the scale changes).
 */

/** The character of a cell with nothing recorded. */
export const ROW_NONE = '-';

/** One party's row: its degrees (initiativeId → key) in `order`, encoded on `scaleKeys`. */
export function encodeRow(
  order: readonly string[],
  scaleKeys: readonly string[],
  degrees: ReadonlyMap<string, string>,
): string {
  const index = new Map(scaleKeys.map((k, i) => [k, i]));
  let out = '';
  for (const id of order) {
    const key = degrees.get(id);
    const i = key === undefined ? undefined : index.get(key);
    out += i === undefined ? ROW_NONE : String(i);
  }
  return out;
}

/** The degree keys of a stored row (null where nothing is recorded). */
export function decodeRow(row: string, scaleKeys: readonly string[]): (string | null)[] {
  return [...row].map((c) => (c === ROW_NONE ? null : (scaleKeys[Number(c)] ?? null)));
}

/**
 * How to read stored rows today: for the initiatives shown (in their order), the position of
 * each in the stored order, and per stored scale index the index on today's scale.
 */
export interface RowReader {
  positions: number[];
  remap: string[] | null;
}

export function rowReader(
  storedOrder: readonly string[],
  shown: readonly string[],
  storedKeys: readonly string[],
  currentKeys: readonly string[],
): RowReader {
  const at = new Map(storedOrder.map((id, i) => [id, i]));
  const positions = shown.map((id) => at.get(id) ?? -1);
  const same =
    storedKeys.length === currentKeys.length && storedKeys.every((k, i) => currentKeys[i] === k);
  const now = new Map(currentKeys.map((k, i) => [k, i]));
  const remap = same
    ? null
    : storedKeys.map((k) => {
        const i = now.get(k);
        return i === undefined ? ROW_NONE : String(i);
      });
  return { positions, remap };
}

/** A stored row as shown: the initiatives shown, in their order, on today's scale. */
export function readRow(row: string, reader: RowReader): string {
  let out = '';
  for (const p of reader.positions) {
    const c = p < 0 ? ROW_NONE : (row[p] ?? ROW_NONE);
    out += c === ROW_NONE || !reader.remap ? c : (reader.remap[Number(c)] ?? ROW_NONE);
  }
  return out;
}
