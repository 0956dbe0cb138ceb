/** Text output of the `org` commands: problems with line numbers and import diffs, in Danish. */
import type { OrgFileProblem, OrgImportDiff, OrgImportKind } from '../../shared/org-file.contract';

const KIND_NAMES: Record<OrgImportKind, string> = {
  collaboration: 'samarbejde',
  party: 'parter',
  cluster: 'klynger',
  clusterMembership: 'klyngemedlemskaber',
  forum: 'fora',
  seat: 'pladser',
  compositionRule: 'sammensætningsregler',
  person: 'personer',
  officeHolding: 'embeder',
  appointment: 'udpegninger',
};

/** One problem as `file:line:column  fejl  tekst (English)`. */
export function formatProblem(file: string, level: 'fejl' | 'advarsel', p: OrgFileProblem): string {
  const where = p.path ? ` [${p.path}]` : '';
  return `${file}:${p.line}:${p.column}  ${level}  ${p.message}${where}\n    (${p.messageEn})`;
}

/** All problems, errors first, each group by line. */
export function formatProblems(
  file: string,
  errors: readonly OrgFileProblem[],
  warnings: readonly OrgFileProblem[],
): string[] {
  return [
    ...errors.map((p) => formatProblem(file, 'fejl', p)),
    ...warnings.map((p) => formatProblem(file, 'advarsel', p)),
  ];
}

const LIST_LIMIT = 12;

function listed(sign: string, keys: readonly string[]): string[] {
  const shown = keys.slice(0, LIST_LIMIT).map((k) => `      ${sign} ${k}`);
  const more = keys.length - LIST_LIMIT;
  return more > 0 ? [...shown, `      … og ${more} mere`] : shown;
}

/** The diff as lines: per kind the counts and the keys (created +, changed ~, ended ×, missing ?). */
export function formatDiff(diff: OrgImportDiff): string[] {
  const head = `Samarbejde ${diff.collaborationKey}${diff.collaborationCreated ? ' (nyt)' : ''}, ændringer gælder fra ${diff.effectiveFrom}${diff.prune ? ', med oprydning (--prune)' : ''}:`;
  const lines = [head];
  for (const k of diff.kinds) {
    const parts = [
      k.created.length && `${k.created.length} oprettes`,
      k.changed.length && `${k.changed.length} ændres`,
      k.ended.length && `${k.ended.length} afsluttes`,
      k.missing.length && `${k.missing.length} ikke i filen`,
    ].filter(Boolean);
    if (parts.length === 0) continue;
    lines.push(`  ${KIND_NAMES[k.kind]}: ${parts.join(', ')}`);
    lines.push(...listed('+', k.created));
    lines.push(
      ...listed(
        '~',
        k.changed.map((c) => `${c.key} (${c.fields.join(', ')})`),
      ),
    );
    lines.push(...listed('×', k.ended));
    lines.push(...listed('?', k.missing));
  }
  const { created, changed, ended, missing } = diff.counts;
  lines.push(
    diff.noop
      ? 'Ingen ændringer: databasen svarer allerede til filen.'
      : `I alt: ${created} oprettes, ${changed} ændres, ${ended} afsluttes, ${missing} ikke i filen (bliver stående uden --prune).`,
  );
  if (diff.skippedFacts > 0) {
    lines.push(`${diff.skippedFacts} embeder/udpegninger for virkelige personer er ikke berørt.`);
  }
  return lines;
}
