/**
 * YAML syntax errors and warnings from the `yaml` parser, in Danish with the parser's English
 * text beside.
 */
import type { YAMLError } from 'yaml';

const DANISH: Partial<Record<YAMLError['code'], string>> = {
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
  RESOURCE_EXHAUSTION: 'Filen bruger for mange aliaser',
  TAB_AS_INDENT: 'Brug mellemrum, ikke tabulator, til indrykning',
  TAG_RESOLVE_FAILED: 'Ukendt tag',
  UNEXPECTED_TOKEN: 'Uventet tegn',
  BAD_COLLECTION_TYPE: 'Forkert type samling',
};

/** A YAML problem at a position. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
  messageEn: string;
}

/** The Danish and English text and position of a parser error or warning. */
export function yamlProblem(error: YAMLError): YamlProblem {
  const [line, column] = error.linePos?.[0]
    ? [error.linePos[0].line, error.linePos[0].col]
    : [1, 1];
  const english = error.message.split('\n')[0] ?? error.message;
  const danish = DANISH[error.code] ?? 'Fejl i YAML-syntaksen';
  return { line, column, message: `YAML: ${danish}`, messageEn: `YAML: ${english}` };
}
