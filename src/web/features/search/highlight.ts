/**
 * Highlighted text for search results: the search API gives plain text plus the ranges of the
 * matched words; the organisation search gives names, whose matches are found here. The parts
 * are rendered as text and <mark>, never as HTML. Pure, so it is unit-tested.
 */
import type { Highlight } from '../../../shared/search.contract';

/** A piece of text, marked or not. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** The ranges sorted, clamped to the text and merged where they touch or overlap. */
function normalise(length: number, ranges: readonly Highlight[]): Highlight[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Splits `text` into plain and marked parts by the highlight ranges. */
export function splitHighlights(text: string, ranges: readonly Highlight[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const r of normalise(text.length, ranges)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), mark: false });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** The ranges where the query's words (2 characters or more) occur in `text`, any case. */
export function matchRanges(text: string, query: string): Highlight[] {
  const haystack = text.toLocaleLowerCase('da');
  const words = query
    .toLocaleLowerCase('da')
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  const ranges: Highlight[] = [];
  for (const word of words) {
    for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + word.length)) {
      ranges.push({ start: i, end: i + word.length });
    }
  }
  return ranges;
}
