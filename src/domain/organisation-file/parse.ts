/**
 * Reading an organisation file: YAML syntax, then the zod schema, then the semantic checks, each
 * problem located at its line and column. Pure: the caller passes the text and the reference data.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { OrgFileSchema, type OrgFile, type OrgFileProblem } from '../../shared/org-file.contract';
import { ORG_FILE_LIMITS } from '../../shared/org-file.limits';
import { createLocator, dottedPath, type Locator } from './locate';
import type { NormalisedOrg } from './model';
import { normaliseOrgFile } from './normalise';
import { createProblemSink, indexOrg } from './problems';
import type { ReferenceData } from './reference';
import { checkBornCycles } from './semantic-cycles';
import { checkClusterMembers, checkDuplicateKeys, checkMunicipalities } from './semantic-keys';
import { checkReferences } from './semantic-refs';
import { checkValidity } from './semantic-validity';
import { controlCharacterProblems, yamlConversionProblem, yamlProblems } from './yaml-messages';
import { zodIssueProblems, type PathProblem } from './zod-messages';

/** The outcome of reading a file: the model when there are no errors, and every problem. */
export interface OrgFileParseResult {
  /** The schema-valid file, when the schema accepted it (even if semantic checks failed). */
  file: OrgFile | null;
  /** The normalised model; null when there is any error. */
  org: NormalisedOrg | null;
  errors: OrgFileProblem[];
  warnings: OrgFileProblem[];
  /** Positions of paths in the text (for breaches found later). */
  locator: Locator | null;
}

/** Sorts problems by line, then column. */
export function sortProblems(problems: readonly OrgFileProblem[]): OrgFileProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

function located(locator: Locator, problems: readonly PathProblem[]): OrgFileProblem[] {
  return problems.map((p) => ({
    path: dottedPath(p.path),
    ...locator.locate(p.path, p.atKey ?? false),
    message: p.message,
    messageEn: p.messageEn,
  }));
}

/** Runs every semantic check on a normalised file. */
export function checkSemantics(org: NormalisedOrg, reference: ReferenceData) {
  const sink = createProblemSink();
  const index = indexOrg(org);
  checkDuplicateKeys(org, sink);
  checkMunicipalities(org, reference, sink);
  checkClusterMembers(org, index, reference, sink);
  checkReferences(org, index, sink);
  checkValidity(org, index, sink);
  checkBornCycles(org, sink);
  return { errors: sink.errors, warnings: sink.warnings };
}

function readYaml(text: string) {
  const lineCounter = new LineCounter();
  // `merge`: YAML merge keys (`<<: *anchor`) copy an anchored mapping's entries; own keys win.
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    merge: true,
  });
  const syntax = [...controlCharacterProblems(text), ...yamlProblems(doc.errors)].map((p) => ({
    path: '',
    ...p,
  }));
  const warnings = yamlProblems(doc.warnings).map((p) => ({ path: '', ...p }));
  return { doc, lineCounter, syntax, warnings };
}

/**
 * The elements a file describes, a counted seat `count` times: what reading it further costs.
 * Counted before normalising, so a small file of counted seats cannot expand to millions.
 */
export function countOrgFileElements(file: OrgFile): number {
  const sum = <T>(items: readonly T[], count: (item: T) => number) =>
    items.reduce((total, item) => total + count(item), 0);
  return (
    1 +
    file.parties.length +
    sum(file.clusters, (c) => 1 + c.members.length) +
    sum(file.fora, (f) => 1 + f.rules.length + sum(f.seats, (s) => s.count ?? 1)) +
    sum(file.persons, (p) => 1 + p.offices.length) +
    file.appointments.length
  );
}

function tooManyElements(count: number): OrgFileProblem {
  const max = ORG_FILE_LIMITS.maxElements;
  const da = new Intl.NumberFormat('da-DK');
  const en = new Intl.NumberFormat('en-GB');
  return {
    path: '',
    line: 1,
    column: 1,
    message: `Filen beskriver ${da.format(count)} elementer; højst ${da.format(max)} kan indlæses. Del den op i flere samarbejder.`,
    messageEn: `The file describes ${en.format(count)} elements; at most ${en.format(max)} can be read. Split it into several collaborations.`,
  };
}

/** A locator for a text alone (for problems found after reading, e.g. by the import planner). */
export function locatorOf(text: string): Locator {
  const { doc, lineCounter } = readYaml(text);
  return createLocator(doc, lineCounter);
}

function emptyResult(errors: OrgFileProblem[], warnings: OrgFileProblem[]): OrgFileParseResult {
  return { file: null, org: null, errors: sortProblems(errors), warnings, locator: null };
}

/** Parses, validates and normalises an organisation file. */
export function parseOrgFile(text: string, reference: ReferenceData): OrgFileParseResult {
  const { doc, lineCounter, syntax, warnings } = readYaml(text);
  if (syntax.length > 0) return emptyResult(syntax, warnings);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    return emptyResult([{ path: '', ...yamlConversionProblem(err, doc, lineCounter) }], warnings);
  }
  const locator = createLocator(doc, lineCounter);
  const parsed = OrgFileSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap(zodIssueProblems);
    return { ...emptyResult(located(locator, problems), warnings), locator };
  }
  const elements = countOrgFileElements(parsed.data);
  if (elements > ORG_FILE_LIMITS.maxElements)
    return { ...emptyResult([tooManyElements(elements)], warnings), locator };
  const org = normaliseOrgFile(parsed.data, reference);
  const semantic = checkSemantics(org, reference);
  const errors = sortProblems(located(locator, semantic.errors));
  return {
    file: parsed.data,
    org: errors.length === 0 ? org : null,
    errors,
    warnings: sortProblems([...warnings, ...located(locator, semantic.warnings)]),
    locator,
  };
}
