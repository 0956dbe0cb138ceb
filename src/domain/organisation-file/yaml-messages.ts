/**
 * Every way reading YAML can fail, in Danish with English beside it, at a line and column: the
 * parser's errors and warnings (by code), what `toJS` throws after a clean parse (an alias bomb,
 * an alias before its anchor, a merge of something that is not a mapping, nesting too deep), and
 * control characters, which YAML does not allow in a file.
 */
import { isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, LineCounter, Node, YAMLError } from 'yaml';

const DANISH: Record<YAMLError['code'], string> = {
  ALIAS_PROPS: 'Et alias kan ikke have tags eller ankre',
  BAD_ALIAS: 'Ugyldigt alias',
  BAD_DIRECTIVE: 'Ugyldigt direktiv',
  BAD_DQ_ESCAPE: 'Ugyldig escape-sekvens i tekst i dobbelte anførselstegn',
  BAD_INDENT: 'Forkert indrykning',
  BAD_PROP_ORDER: 'Ankre og tags står i forkert rækkefølge',
  BAD_SCALAR_START: 'Værdien kan ikke begynde med dette tegn; sæt den i anførselstegn',
  BLOCK_AS_IMPLICIT_KEY: 'En blok kan ikke være nøgle; mangler der et kolon eller en indrykning?',
  BLOCK_IN_FLOW: 'En blok kan ikke stå inde i [ ] eller { }',
  DUPLICATE_KEY: 'Feltet står to gange i samme objekt',
  IMPOSSIBLE: 'Uventet fejl i YAML-læsningen',
  KEY_OVER_1024_CHARS: 'Nøglen er længere end 1024 tegn',
  MISSING_CHAR: 'Et tegn mangler (fx et afsluttende anførselstegn eller en parentes)',
  MULTILINE_IMPLICIT_KEY: 'En nøgle kan ikke strække sig over flere linjer',
  MULTIPLE_ANCHORS: 'En node kan kun have ét anker',
  MULTIPLE_DOCS: 'Filen må kun indeholde ét YAML-dokument',
  MULTIPLE_TAGS: 'En node kan kun have ét tag',
  NON_STRING_KEY: 'Nøgler skal være tekst',
  // The composer raises it when nesting overflows the stack, not for aliases (see toJS below).
  RESOURCE_EXHAUSTION: 'Filen er indlejret for dybt (for mange niveauer inden i hinanden)',
  TAB_AS_INDENT: 'Brug mellemrum, ikke tabulator, til indrykning',
  TAG_RESOLVE_FAILED: 'Ukendt tag, eller værdien passer ikke til sit tag',
  UNEXPECTED_TOKEN: 'Uventet tegn',
  BAD_COLLECTION_TYPE: 'Forkert type samling',
};

/** English of our own where the parser's words do not help a reader. */
const ENGLISH: Partial<Record<YAMLError['code'], string>> = {
  RESOURCE_EXHAUSTION: 'The file is nested too deeply (too many levels inside each other)',
};

/** A YAML problem at a position. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
  messageEn: string;
}

function problem(line: number, column: number, da: string, en: string): YamlProblem {
  return { line, column, message: `YAML: ${da}`, messageEn: `YAML: ${en}` };
}

/** The parser's English without the position `prettyErrors` appends (we report it apart). */
function parserEnglish(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? error.message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** The Danish and English text and position of a parser error or warning. */
export function yamlProblem(error: YAMLError): YamlProblem {
  const [line, column] = error.linePos?.[0]
    ? [error.linePos[0].line, error.linePos[0].col]
    : [1, 1];
  const english = ENGLISH[error.code] ?? parserEnglish(error);
  return problem(line, column, DANISH[error.code], english);
}

/**
 * The parser's errors or warnings as problems. Nesting too deep is reported once (at its first
 * place), not once for every level the parser unwound.
 */
export function yamlProblems(errors: readonly YAMLError[]): YamlProblem[] {
  const problems = errors.map(yamlProblem);
  const deep = problems.filter((_p, i) => errors[i]?.code === 'RESOURCE_EXHAUSTION');
  if (deep.length <= 1) return problems;
  const first = deep.reduce((a, b) =>
    b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a,
  );
  return problems.filter((p) => !deep.includes(p) || p === first);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Control characters (other than tab, line feed and carriage return) are not allowed in a YAML
 * file, and PostgreSQL cannot store NUL; the first few are reported where they are.
 */
export function controlCharacterProblems(text: string, max = 5): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const match of text.matchAll(CONTROL)) {
    if (out.length >= max) break;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(
      problem(
        line,
        column,
        `Filen indeholder kontroltegnet ${code}, som ikke er tilladt`,
        `The file contains the control character ${code}, which is not allowed`,
      ),
    );
  }
  return out;
}

interface Where {
  line: number;
  column: number;
}

function positionOf(node: Node | null | undefined, lineCounter: LineCounter): Where {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The first alias (in text order) that `pick` chooses; `pick` sees the anchors set before it. */
function findAlias(
  doc: Document,
  pick: (alias: Alias, anchors: ReadonlySet<string>) => boolean,
): Alias | null {
  const anchors = new Set<string>();
  let found: Alias | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) && pick(node, anchors)) {
        found = node;
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

const isMergeKey = (key: unknown): boolean =>
  isScalar(key) &&
  (key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<'));

/** The key of the first merge (`<<`) whose source is not a mapping (or an alias of one). */
function findBadMerge(doc: Document): Node | null {
  let found: Node | null = null;
  visit(doc, {
    Pair(_key, pair) {
      if (!isMergeKey(pair.key)) return undefined;
      const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
      const sources = isSeq(value) ? value.items : [value];
      const bad = sources.some((item) => !isMap(isAlias(item) ? item.resolve(doc) : item));
      if (!bad) return undefined;
      found = pair.key as Node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * What `toJS` threw after a clean parse, in Danish and English at the place it concerns: an alias
 * bomb (more resolved nodes than `maxAliasCount`), an alias before its anchor, a merge (`<<`) of
 * something that is not a mapping, or nesting too deep for the converter. Anything else gets a
 * general Danish text with the converter's English.
 */
export function yamlConversionProblem(
  error: unknown,
  doc: Document,
  lineCounter: LineCounter,
): YamlProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = (node: Node | null) => positionOf(node, lineCounter);
  if (error instanceof RangeError) {
    const { line, column } = at(doc.contents as Node | null);
    return problem(
      line,
      column,
      DANISH.RESOURCE_EXHAUSTION,
      ENGLISH.RESOURCE_EXHAUSTION ?? message,
    );
  }
  if (message.startsWith('Excessive alias count')) {
    const { line, column } = at(findAlias(doc, () => true));
    return problem(
      line,
      column,
      'Filen bruger aliaser (*navn) for mange gange; så stor en fil kan ikke læses',
      'The file uses aliases (*name) too many times; a file that large cannot be read',
    );
  }
  if (message.startsWith('Unresolved alias')) {
    const alias = findAlias(doc, (node, anchors) => !anchors.has(node.source));
    const name = alias?.source ?? '';
    const { line, column } = at(alias);
    return problem(
      line,
      column,
      `Aliaset *${name} bruges, før ankeret &${name} er sat`,
      `The alias *${name} is used before its anchor &${name} is set`,
    );
  }
  if (message.startsWith('Merge sources')) {
    const { line, column } = at(findBadMerge(doc));
    return problem(
      line,
      column,
      'En fletning (<<) kan kun hente felter fra et objekt',
      'A merge (<<) can only take fields from a mapping',
    );
  }
  const { line, column } = at(doc.contents as Node | null);
  return problem(line, column, 'Filen kan ikke læses som YAML', message);
}
