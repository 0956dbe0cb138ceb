/** Texts of the questionnaires module (the shared `questionnaires` namespace) and its refusals. */
import type { AnswerError } from '../../../domain/questionnaires/index';
import { isIsoDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n/index';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, notFound, type Text } from '../../platform/errors';
import { longDate } from '../organisation/index';

/** The text of `key` in the questionnaires namespace, in Danish and English. */
export function questionnaireText(key: string, params: TranslateParams = {}): Text {
  return { da: questionnaireTextIn('da', key, params), en: questionnaireTextIn('en', key, params) };
}

/** The text in one language; ISO dates among the values are written out ("10. april 2026"). */
export function questionnaireTextIn(
  lang: Language,
  key: string,
  params: TranslateParams = {},
): string {
  return translate('questionnaires', key, lang, withLongDates(params, lang));
}

function withLongDates(params: TranslateParams, lang: Language): TranslateParams {
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && isIsoDate(value)) out[name] = longDate(value, lang);
  }
  return out;
}

/** An AppError worded from `questionnaires.errors.<key>`. */
export function questionnaireError(
  problem: ProblemCode,
  key: string,
  params: TranslateParams = {},
): AppError {
  return new AppError(problem, questionnaireText(`errors.${key}`, params), {
    extra: { code: `questionnaires.errors.${key}` },
  });
}

/** 422 with one Danish/English field error per question (path = the question's id). */
export function answerErrors(errors: readonly AnswerError[], key = 'invalidAnswers'): AppError {
  const details = errors.map((e) => e.questionId).join(', ');
  return new AppError('unprocessable', questionnaireText(`errors.${key}`, { details }), {
    fieldErrors: errors.map((e) => {
      const text = questionnaireText(`errors.question.${e.code}`, e.params);
      return { path: `answers.${e.questionId}`, message: text.da, messageEn: text.en };
    }),
    extra: { code: `questionnaires.errors.${key}` },
  });
}

export const questionnaireNotFound = (): AppError =>
  notFound(questionnaireText('things.questionnaire'));
export const recipientNotFound = (): AppError => notFound(questionnaireText('things.recipient'));
