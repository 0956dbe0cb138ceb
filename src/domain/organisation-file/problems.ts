/**
 * Collecting semantic problems: errors (the file is refused) and warnings (listed, not blocking),
 * each at a path in the file with a Danish and an English text.
 */
import type { FilePath } from './locate';
import type { NormalisedOrg } from './model';
import type { PathProblem } from './zod-messages';

/** A text in both languages. */
export interface Bilingual {
  da: string;
  en: string;
}

/** Where semantic checks put what they find. */
export interface ProblemSink {
  error: (path: FilePath, text: Bilingual, atKey?: boolean) => void;
  warning: (path: FilePath, text: Bilingual) => void;
}

/** A sink and what it collected. */
export function createProblemSink(): ProblemSink & {
  errors: PathProblem[];
  warnings: PathProblem[];
} {
  const errors: PathProblem[] = [];
  const warnings: PathProblem[] = [];
  return {
    errors,
    warnings,
    error: (path, text, atKey = false) =>
      errors.push({ path, message: text.da, messageEn: text.en, atKey }),
    warning: (path, text) => warnings.push({ path, message: text.da, messageEn: text.en }),
  };
}

/** Lookups over a normalised file. Duplicates keep the first element. */
export interface OrgIndex {
  parties: ReadonlyMap<string, NormalisedOrg['parties'][number]>;
  municipalitiesByCode: ReadonlyMap<string, NormalisedOrg['parties'][number]>;
  clusters: ReadonlyMap<string, NormalisedOrg['clusters'][number]>;
  fora: ReadonlyMap<string, NormalisedOrg['fora'][number]>;
  seats: ReadonlyMap<string, NormalisedOrg['seats'][number]>;
  /** `forumKey/seatKey` of a counted seat (without `#n`) → its expanded refs. */
  countedSeats: ReadonlyMap<string, readonly string[]>;
  persons: ReadonlyMap<string, NormalisedOrg['persons'][number]>;
}

function firstBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null && !map.has(key)) map.set(key, row);
  }
  return map;
}

/** Builds the lookups of a normalised file. */
export function indexOrg(org: NormalisedOrg): OrgIndex {
  const countedSeats = new Map<string, string[]>();
  for (const seat of org.seats) {
    if (seat.expandedFrom !== null) {
      const base = `${seat.forumKey}/${seat.expandedFrom.key}`;
      countedSeats.set(base, [...(countedSeats.get(base) ?? []), seat.ref]);
    }
  }
  return {
    parties: firstBy(org.parties, (p) => p.key),
    municipalitiesByCode: firstBy(org.parties, (p) => (p.kind === 'municipality' ? p.code : null)),
    clusters: firstBy(org.clusters, (c) => c.key),
    fora: firstBy(org.fora, (f) => f.key),
    seats: firstBy(org.seats, (s) => s.ref),
    countedSeats,
    persons: firstBy(org.persons, (p) => p.key),
  };
}

/** Reports every element whose identity repeats an earlier one. */
export function reportDuplicates<T extends { path: FilePath }>(
  sink: ProblemSink,
  rows: readonly T[],
  identity: (row: T) => string,
  text: (row: T) => Bilingual,
  field = 'key',
  shouldReport: (row: T) => boolean = () => true,
): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = identity(row);
    if (seen.has(id) && shouldReport(row)) sink.error([...row.path, field], text(row));
    seen.add(id);
  }
}
