/**
 * Pure helpers of Danish search: reading the query, and the plain-text snippet with the ranges
 * of the matched words. No I/O; the stems come from PostgreSQL's 'danish' configuration.
 */
import type { Highlight } from '../../../shared/search.contract';

/** A search query as written. */
export interface ParsedQuery {
  /** The query for websearch_to_tsquery (quotes, `-word` and `or` keep their meaning). */
  text: string;
  /**
   * True when the query uses no operators (quotes, `-`, `or`): then compound-word matching
   * applies as well, since it can honour neither phrases nor exclusions.
   */
  simple: boolean;
  /** The words of the query (letters and digits), for stemming. */
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Reads a query (already trimmed and validated by the contract). */
export function parseQuery(q: string): ParsedQuery {
  const operators = /"/.test(q) || /(^|\s)-\S/.test(q) || /(^|\s)or(\s|$)/i.test(q);
  return { text: q, simple: !operators, words: q.match(WORD) ?? [] };
}

/** `%stem%` for LIKE, with LIKE's wildcards escaped. */
export function likePattern(stem: string): string {
  return `%${stem.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The shortest stem used for compound (infix) matching; shorter ones match too much. */
export const MIN_COMPOUND_STEM = 3;

/** Lower-cases the Danish way. */
const lower = (s: string): string => s.toLocaleLowerCase('da');

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

function tokens(text: string, stems: readonly string[]): Token[] {
  const wanted = stems.map(lower).filter((s) => s.length > 0);
  return [...text.matchAll(WORD)].map((m) => {
    const start = m.index ?? 0;
    const word = lower(m[0]);
    return { start, end: start + m[0].length, hit: wanted.some((s) => word.includes(s)) };
  });
}

/** A snippet of plain text and the ranges of the matched words in it. */
export interface Snippet {
  snippet: string;
  highlights: Highlight[];
}

/**
 * A snippet of at most about `maxChars` characters around the first matched word, with every
 * word that contains a stem highlighted (the stems are those of the query: "sundhedsaftal"
 * marks "sundhedsaftalen", "klyng" marks "sundhedsklyngen"). Whitespace is collapsed; "…"
 * marks text left out.
 */
export function buildSnippet(raw: string, stems: readonly string[], maxChars = 240): Snippet {
  const text = raw.replace(/\s+/g, ' ').trim();
  const all = tokens(text, stems);
  const first = all.find((t) => t.hit);
  let from = 0;
  if (first && first.end > maxChars) {
    from = Math.max(0, first.start - Math.floor(maxChars / 3));
    from = all.find((t) => t.start >= from)?.start ?? from;
  }
  let to = Math.min(text.length, from + maxChars);
  if (to < text.length) {
    const lastWord = all.filter((t) => t.start >= from && t.end <= to).at(-1);
    to = lastWord && lastWord.end > from ? lastWord.end : to;
  }
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const highlights = all
    .filter((t) => t.hit && t.start >= from && t.end <= to)
    .map((t) => ({ start: t.start - from + prefix.length, end: t.end - from + prefix.length }));
  return { snippet: `${prefix}${text.slice(from, to)}${suffix}`, highlights };
}
