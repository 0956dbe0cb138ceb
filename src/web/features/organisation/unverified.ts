/**
 * Reference data that is not verified, gathered for one summary per page (instead of a badge in
 * every row): which elements have facts that are unverified or only inferred, with the source
 * and the note of each. Conflicts are not gathered here: they stay beside the fact they concern.
 */
import type { Verification } from '../../../shared/organisation.rules';

/** One fact that is not verified; `fact` null for the element as a whole. */
export interface UnverifiedFact {
  fact: string | null;
  status: 'unverified' | 'inferred';
  source: string | null;
  note: string | null;
}

/** An element (a municipality, a cluster, a rule, …) with its facts that are not verified. */
export interface UnverifiedEntry {
  key: string;
  name: string;
  facts: UnverifiedFact[];
}

/** What the summary says of one kind of element: how many of how many are not verified. */
export interface UnverifiedGroup {
  noun: 'municipalities' | 'clusters' | 'rules' | 'facts';
  /** How many elements of the kind the page shows (for "18 af 22"). */
  total: number;
  entries: UnverifiedEntry[];
}

/** An element as the API gives it: its overall flag, source and note, and its facts. */
export interface VerifiedElement {
  key: string;
  name: string;
  /** The overall flag; undefined when the element has none (rules, fora). */
  verified?: boolean | undefined;
  source?: string | null | undefined;
  note?: string | null | undefined;
  verification?: Verification | null | undefined;
  /** Only these facts (default: every fact). */
  facts?: readonly string[] | undefined;
  /** The fact the overall flag stands for (e.g. `membership`); default the element as a whole. */
  flagFact?: string | undefined;
}

/** The facts of a verification that are unverified or inferred (not conflicts), by name. */
export function unverifiedFacts(
  verification: Verification | null | undefined,
  only?: readonly string[],
): UnverifiedFact[] {
  return Object.entries(verification ?? {})
    .filter(([fact]) => only === undefined || only.includes(fact))
    .flatMap(([fact, v]) =>
      v.status === 'unverified' || v.status === 'inferred'
        ? [{ fact, status: v.status, source: v.source, note: v.note }]
        : [],
    )
    .sort((a, b) => (a.fact ?? '').localeCompare(b.fact ?? ''));
}

/**
 * The element's entry, or null when all is verified. An element flagged as not verified but
 * without an unverified fact gets one fact for the whole, unless a fact is in conflict (the
 * conflict, shown beside it, says more).
 */
export function unverifiedEntry(element: VerifiedElement): UnverifiedEntry | null {
  const facts = unverifiedFacts(element.verification, element.facts);
  const conflict = Object.values(element.verification ?? {}).some((v) => v.status === 'conflict');
  if (element.verified === false && facts.length === 0 && !conflict) {
    facts.push({
      fact: element.flagFact ?? null,
      status: 'unverified',
      source: element.source ?? null,
      note: element.note ?? null,
    });
  }
  return facts.length === 0 ? null : { key: element.key, name: element.name, facts };
}

/**
 * A group of the summary: the entries of the elements that are not verified, one per key (an
 * element listed twice, e.g. a municipality in two clusters, merges its facts).
 */
export function unverifiedGroup(
  noun: UnverifiedGroup['noun'],
  elements: readonly VerifiedElement[],
): UnverifiedGroup {
  const byKey = new Map<string, UnverifiedEntry>();
  for (const element of elements) {
    const entry = unverifiedEntry(element);
    const seen = byKey.get(element.key);
    if (entry && seen) {
      for (const fact of entry.facts) {
        const same = (f: UnverifiedFact) =>
          f.fact === fact.fact && f.source === fact.source && f.note === fact.note;
        if (!seen.facts.some(same)) seen.facts.push(fact);
      }
    } else if (entry) {
      byKey.set(element.key, { ...entry, facts: [...entry.facts] });
    }
  }
  const total = new Set(elements.map((e) => e.key)).size;
  return { noun, total, entries: [...byKey.values()] };
}

/** True when the summary has something to say. */
export function hasUnverified(groups: readonly UnverifiedGroup[]): boolean {
  return groups.some((g) => g.entries.length > 0);
}
