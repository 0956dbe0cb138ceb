/**
 * Zod issues from the organisation file schema, worded in Danish with English beside. Zod's own
 * locales give the generic texts; the file's domain-specific cases (unknown fields, unknown
 * `kind`, municipality codes, keys written as numbers) get clearer texts of their own.
 */
import { z } from 'zod';
import type { FilePath } from './locate';

/** A problem before it is located in the text. */
export interface PathProblem {
  path: FilePath;
  message: string;
  messageEn: string;
  /** Point at the key rather than the value (unknown fields). */
  atKey?: boolean;
}

const daLocale = z.locales.da();
const enLocale = z.locales.en();
type RawIssue = Parameters<typeof daLocale.localeError>[0];

/** English for the Danish custom messages written in the contracts. */
const CUSTOM_EN: Record<string, string> = {
  'Nøglen må kun indeholde bogstaver, tal, . - og _':
    'A key may only hold letters, digits, . - and _',
  'Pladsen angives som forum/plads eller forum/plads#n':
    'Write a seat as forum/seat or forum/seat#n',
  'Kommunekoden skal have tre cifre': 'A municipality code has three digits',
  'Datoen skal skrives som ÅÅÅÅ-MM-DD': 'Write dates as YYYY-MM-DD',
  'Datoen findes ikke i kalenderen': 'The date does not exist in the calendar',
};

/** Danish for the English custom messages of the shared rule contracts. */
const CUSTOM_DA: Record<string, string> = {
  'min must not exceed max': 'min må ikke være større end max',
};

function localise(locale: typeof daLocale, issue: RawIssue): string {
  const out = locale.localeError(issue);
  return typeof out === 'string' ? out : (out?.message ?? issue.message ?? '');
}

const quoteAll = (values: readonly unknown[]): string =>
  values.map((v) => `"${String(v)}"`).join(', ');

function isCodeField(path: FilePath): boolean {
  const last = path[path.length - 1];
  return last === 'code' || last === 'municipality';
}

function unionProblem(issue: z.core.$ZodIssueInvalidUnion, path: FilePath): PathProblem {
  const options = (issue as { options?: unknown[] }).options;
  const field = String(path[path.length - 1] ?? '');
  if (Array.isArray(options) && options.length > 0) {
    return {
      path,
      message: `Ukendt værdi for ${field}: skal være en af ${quoteAll(options)}`,
      messageEn: `Unknown value for ${field}: must be one of ${quoteAll(options)}`,
    };
  }
  if (field === 'appointedBy') {
    return {
      path,
      message: 'Angiv enten { forum: nøgle } eller { party: nøgle }',
      messageEn: 'Give either { forum: key } or { party: key }',
    };
  }
  if (isCodeField(path)) return codeProblem(path);
  return {
    path,
    message: 'Værdien har ikke en af de tilladte former',
    messageEn: 'The value has none of the allowed shapes',
  };
}

function codeProblem(path: FilePath): PathProblem {
  return {
    path,
    message: 'Kommunekoden skal have tre cifre, fx "101"',
    messageEn: 'A municipality code has three digits, e.g. "101"',
  };
}

function typeProblem(issue: RawIssue, path: FilePath, input: unknown): PathProblem {
  const base = { path, message: localise(daLocale, issue), messageEn: localise(enLocale, issue) };
  if (input === undefined) {
    const field = String(path[path.length - 1] ?? '');
    return { path, message: `Feltet ${field} mangler`, messageEn: `The field ${field} is missing` };
  }
  if (typeof input === 'number' && (issue as { expected?: string }).expected === 'string') {
    return {
      ...base,
      message: `${base.message}. Skriv tal, der er nøgler eller koder, i anførselstegn, fx "461"`,
      messageEn: `${base.messageEn}. Quote numbers used as keys or codes, e.g. "461"`,
    };
  }
  return base;
}

/** Words one zod issue (one problem per unknown field). */
export function zodIssueProblems(issue: z.core.$ZodIssue): PathProblem[] {
  const path: FilePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const raw = issue as unknown as RawIssue;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `Ukendt felt "${key}"`,
        messageEn: `Unknown field "${key}"`,
      }));
    case 'invalid_union':
      return [unionProblem(issue, path)];
    case 'invalid_type':
      return [typeProblem(raw, path, (issue as { input?: unknown }).input)];
    default:
      break;
  }
  if (
    isCodeField(path) &&
    (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_format')
  ) {
    return [codeProblem(path)];
  }
  const en = CUSTOM_EN[issue.message];
  if (en !== undefined) return [{ path, message: issue.message, messageEn: en }];
  const da = CUSTOM_DA[issue.message];
  if (da !== undefined) return [{ path, message: da, messageEn: issue.message }];
  return [{ path, message: localise(daLocale, raw), messageEn: localise(enLocale, raw) }];
}
