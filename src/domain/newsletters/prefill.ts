/**
 * Pre-filling a newsletter (issue 13, point 4): from the candidates the sources found for a
 * collaboration and a period, keep ONLY what the public may see and what lies in the period, and
 * group it into one section per kind, oldest first. A source marks a candidate `public: false`
 * when the agendas module's closed-item rule redacted it or the knowledge entry is confidential;
 * such a candidate never reaches the newsletter, whatever its text.
 */
import type {
  NewsletterContent,
  NewsletterItem,
  NewsletterItemSource,
  NewsletterSection,
} from '../../shared/newsletters.contract';

/** The kinds a source can deliver (everything but hand-written items). */
export type CandidateSource = Exclude<NewsletterItemSource, 'manual'>;

/** The order of the pre-filled sections. */
export const PREFILL_ORDER: readonly CandidateSource[] = [
  'decision',
  'scaleUpDecision',
  'pilot',
  'consultationResponse',
];

/** One thing a source found. */
export interface NewsletterCandidate {
  source: CandidateSource;
  sourceId: string;
  title: string;
  text: string;
  /** The day it is dated by (ISO). */
  on: string;
  link: string | null;
  /** False for a closed item or a confidential entry: never in a newsletter. */
  public: boolean;
}

/** An inclusive period of days (ISO dates). */
export interface Period {
  from: string;
  to: string;
}

/** True when the period is well-formed (from ≤ to) and at most `maxDays` long. */
export function checkPeriod(period: Period, maxDays = 366): 'ok' | 'reversed' | 'tooLong' {
  if (period.from > period.to) return 'reversed';
  const days =
    (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000;
  return days + 1 > maxDays ? 'tooLong' : 'ok';
}

/** The candidates the public may see, dated in the period, once each (first wins). */
export function publicCandidates(
  candidates: readonly NewsletterCandidate[],
  period: Period,
): NewsletterCandidate[] {
  const seen = new Set<string>();
  const out: NewsletterCandidate[] = [];
  for (const c of candidates) {
    if (c.public !== true) continue;
    if (c.on < period.from || c.on > period.to) continue;
    const key = `${c.source}:${c.sourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

const ID_SAFE = /[^A-Za-z0-9:_-]/g;

/** The item id of a candidate: stable, so a re-fill can recognise it. */
export function itemIdOf(c: Pick<NewsletterCandidate, 'source' | 'sourceId'>): string {
  return `${c.source}:${c.sourceId}`.replace(ID_SAFE, '_').slice(0, 64);
}

function toItem(c: NewsletterCandidate): NewsletterItem {
  return {
    id: itemIdOf(c),
    source: c.source,
    title: c.title.trim().slice(0, 300) || '—',
    text: c.text.slice(0, 5_000),
    link: c.link,
    on: c.on,
  };
}

/**
 * The pre-filled content: an empty intro and one section per kind that has anything public in
 * the period (in {@link PREFILL_ORDER}), its items oldest first (then by title).
 */
export function prefill(
  candidates: readonly NewsletterCandidate[],
  period: Period,
  headings: Readonly<Record<CandidateSource, string>>,
): NewsletterContent {
  const kept = publicCandidates(candidates, period);
  const sections: NewsletterSection[] = [];
  for (const source of PREFILL_ORDER) {
    const items = kept
      .filter((c) => c.source === source)
      .sort((a, b) => a.on.localeCompare(b.on) || a.title.localeCompare(b.title, 'da'))
      .map(toItem);
    if (items.length) sections.push({ id: source, heading: headings[source], items });
  }
  return { intro: '', sections };
}
