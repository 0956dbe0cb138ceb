/** Texts of the questionnaires module (the shared `questionnaires` namespace) and its refusals. */
import type { AnswerError } from '../../../domain/questionnaires/index';
import type { Language } from '../../../shared/i18n/index';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, notFound, type Text } from '../../platform/errors';

/** The text of `key` in the questionnaires namespace, in Danish and English. */
export function questionnaireText(key: string, params: TranslateParams = {}): Text {
  return {
    da: translate('questionnaires', key, 'da', params),
    en: translate('questionnaires', key, 'en', params),
  };
}

export function questionnaireTextIn(
  lang: Language,
  key: string,
  params: TranslateParams = {},
): string {
  return translate('questionnaires', key, lang, params);
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
