/**
 * Danish and English texts of the cases and agendas modules, rendered on the server from the
 * shared i18n namespaces, and the mapping of refused domain transitions to problem+json errors.
 */
import { DateTime } from 'luxon';
import type { CaseError } from '../../../domain/cases/index';
import { agendas } from '../../../shared/i18n/agendas';
import { cases } from '../../../shared/i18n/cases';
import type { TranslationTree } from '../../../shared/i18n/index';
import { labelParams } from '../../../shared/i18n/problem-params';
import type { CaseErrorCode } from '../../../shared/cases.enums';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, type Text } from '../../platform/errors';

/** Interpolation values of a text. */
export type TextParams = Readonly<Record<string, string | number>>;

const NAMESPACES = { cases, agendas } as const;

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A parameter as text; ISO dates are written the Danish or English way. */
function formatValue(value: string | number, lang: 'da' | 'en'): string {
  if (typeof value === 'number' || !ISO_DATE.test(value)) return String(value);
  const date = DateTime.fromISO(value, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
  return date.isValid ? date.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy') : value;
}

function interpolate(text: string, params: TextParams, lang: 'da' | 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(value, lang);
  });
}

/** The text of `key` (dotted) in namespace `ns`, in Danish and English. */
export function textOf(ns: keyof typeof NAMESPACES, key: string, params: TextParams = {}): Text {
  const { da, en } = NAMESPACES[ns] as { da: TranslationTree; en: TranslationTree };
  return {
    da: interpolate(lookup(da, key), labelParams(ns, key, params, 'da'), 'da'),
    en: interpolate(lookup(en, key), labelParams(ns, key, params, 'en'), 'en'),
  };
}

/** An AppError worded from the i18n namespace; the code and params go into `extra`. */
export function appError(
  problem: ProblemCode,
  ns: keyof typeof NAMESPACES,
  key: string,
  params: TextParams = {},
): AppError {
  return new AppError(problem, textOf(ns, key, params), { extra: { code: key, params } });
}

/** HTTP problems for the case domain's refusals: bad input is 422, a clash with state 409. */
const PROBLEM_OF: Record<CaseErrorCode, ProblemCode> = {
  'case.emptyRoute': 'unprocessable',
  'case.emptyText': 'unprocessable',
  'case.duplicateAdjacentForum': 'unprocessable',
  'case.stepNotFound': 'notFound',
  'case.notCurrentStep': 'conflict',
  'case.invalidTransition': 'conflict',
  'case.closed': 'conflict',
  'case.dateBeforePrevious': 'conflict',
  'case.insertBeforeDone': 'conflict',
  'case.notEscalatable': 'conflict',
  'case.nothingToCarryOver': 'conflict',
  'case.noEarlierStep': 'conflict',
  'case.notWithdrawable': 'conflict',
  'case.meetingNotHeld': 'conflict',
  'case.meetingCancelled': 'conflict',
  'case.notReturnStep': 'conflict',
  'case.returnStepNoted': 'conflict',
};

/** The problem+json error for a refused case transition. */
export function caseDomainError(error: CaseError): AppError {
  return appError(PROBLEM_OF[error.code], 'cases', `errors.${error.code}`, error.params);
}
