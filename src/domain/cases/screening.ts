/**
 * Recurrence screening (seed 004): the joint municipal secretariat screens for cases that recur
 * in several clusters, are cross-cutting, principled or precedent-setting, for the officials'
 * committee. This is the pure, testable definition of "similar": trigram Jaccard similarity on
 * normalised title + summary, computed like PostgreSQL's pg_trgm `similarity()` (words padded
 * with two spaces before and one after), so a server using pg_trgm on the output of
 * {@link normaliseForScreening} gets the same scores.
 */
import type { CaseFlag, ScreeningReason } from '../../shared/cases.enums';

/** pg_trgm's default `similarity_threshold`. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;

/**
 * Danish stop words (the Snowball list): they carry no subject and would make unrelated cases
 * look alike.
 */
export const DANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om ' +
    'vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv ' +
    'her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end ' +
    'dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din ' +
    'nogle hos blive mange ad bliver hendes været thi jer sådan'
  ).split(' '),
);

/**
 * Normalises text for screening: Unicode NFC, Danish lower-casing, punctuation to spaces, stop
 * words removed. Letters are kept as they are (æ, ø, å stay; no accent stripping, which would
 * turn "ø" into "o").
 */
export function normaliseForScreening(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !DANISH_STOP_WORDS.has(word))
    .join(' ');
}

/** The pg_trgm trigrams of normalised text. */
export function trigrams(normalised: string): Set<string> {
  const set = new Set<string>();
  for (const word of normalised.split(' ')) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/** Jaccard similarity of two trigram sets, 0–1 (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The fields screening reads. */
export interface ScreeningCase {
  id: string;
  clusterId: string | null;
  title: string;
  summary: string;
}

/** A match with its similarity score. */
export interface SimilarCase<T extends ScreeningCase> {
  case: T;
  score: number;
}

const trigramsOf = (c: ScreeningCase): Set<string> =>
  trigrams(normaliseForScreening(`${c.title} ${c.summary}`));

/** Similarity of two cases' title + summary, 0–1. */
export function caseSimilarity(a: ScreeningCase, b: ScreeningCase): number {
  return jaccard(trigramsOf(a), trigramsOf(b));
}

/**
 * Candidates from OTHER clusters at least `threshold` similar to `newCase`, best first (ties by
 * id). Candidates without a cluster, in the new case's own cluster, or the case itself are
 * left out; a new case without a cluster is compared with every clustered candidate.
 */
export function similarCases<T extends ScreeningCase>(
  newCase: ScreeningCase,
  candidates: readonly T[],
  threshold = DEFAULT_SIMILARITY_THRESHOLD,
): SimilarCase<T>[] {
  const mine = trigramsOf(newCase);
  return candidates
    .filter((c) => c.id !== newCase.id && c.clusterId !== null && c.clusterId !== newCase.clusterId)
    .map((c) => ({ case: c, score: jaccard(mine, trigramsOf(c)) }))
    .filter((m) => m.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.case.id < b.case.id ? -1 : 1));
}

/** A group of similar cases raised in two or more clusters. */
export interface RecurringGroup<T extends ScreeningCase> {
  /** Sorted by cluster id, then case id. */
  cases: T[];
  /** The distinct clusters, sorted. */
  clusterIds: string[];
  /** The strongest similarity within the group. */
  score: number;
}

/**
 * Groups of similar cases that appear in at least two clusters: the officials' committee's
 * list of recurring cases. Cases are linked when at least `threshold` similar and grouped
 * transitively (single linkage: A~B and B~C put A, B, C together). Cases without a cluster are
 * left out. Groups come with the most clusters first, then the highest score.
 */
export function recurringAcrossClusters<T extends ScreeningCase>(
  cases: readonly T[],
  threshold = DEFAULT_SIMILARITY_THRESHOLD,
): RecurringGroup<T>[] {
  const clustered = cases.filter((c) => c.clusterId !== null);
  const sets = clustered.map(trigramsOf);
  const parent = clustered.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const best = new Map<number, number>();
  for (let i = 0; i < clustered.length; i += 1) {
    for (let j = i + 1; j < clustered.length; j += 1) {
      const score = jaccard(sets[i]!, sets[j]!);
      if (score < threshold) continue;
      const [a, b] = [root(i), root(j)];
      const linked = Math.max(score, best.get(a) ?? 0, best.get(b) ?? 0);
      parent[b] = a;
      best.set(a, linked);
    }
  }
  return toGroups(clustered, root, best);
}

function toGroups<T extends ScreeningCase>(
  clustered: readonly T[],
  root: (i: number) => number,
  best: ReadonlyMap<number, number>,
): RecurringGroup<T>[] {
  const members = new Map<number, T[]>();
  clustered.forEach((c, i) => {
    const r = root(i);
    members.set(r, [...(members.get(r) ?? []), c]);
  });
  const key = (c: T): string => `${c.clusterId ?? ''}\u0000${c.id}`;
  return [...members.entries()]
    .map(([r, list]) => ({
      cases: [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
      clusterIds: [...new Set(list.map((c) => c.clusterId ?? ''))].sort(),
      score: best.get(r) ?? 0,
    }))
    .filter((g) => g.clusterIds.length >= 2)
    .sort(
      (a, b) =>
        b.clusterIds.length - a.clusterIds.length ||
        b.score - a.score ||
        (key(a.cases[0]!) < key(b.cases[0]!) ? -1 : 1),
    );
}

/**
 * Why a case belongs on the officials' committee's list (seed 004): recurring in several
 * clusters, cross-cutting, principled or precedent-setting. Empty when none applies.
 */
export function screeningReasons(
  c: { flags: readonly CaseFlag[] },
  isRecurring: boolean,
): ScreeningReason[] {
  const reasons: ScreeningReason[] = isRecurring ? ['recurring'] : [];
  for (const flag of ['crossCutting', 'principled', 'precedentSetting'] as const) {
    if (c.flags.includes(flag)) reasons.push(flag);
  }
  return reasons;
}
