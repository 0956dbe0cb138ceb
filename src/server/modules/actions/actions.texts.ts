/** The actions module's refusals, worded from the shared `actions` namespace (da + en). */
import { DateTime } from 'luxon';
import { actions } from '../../../shared/i18n/actions';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, type Text } from '../../platform/errors';

type Params = Readonly<Record<string, string | number>>;
type Errors = typeof actions.da.errors;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function format(text: string, params: Params, lang: 'da' | 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && ISO_DATE.test(value)) {
      const date = DateTime.fromISO(value, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
      return date.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy');
    }
    return String(value);
  });
}

/** The Danish and English text of an error key. */
export function actionText(key: keyof Errors, params: Params = {}): Text {
  return {
    da: format(actions.da.errors[key], params, 'da'),
    en: format(actions.en.errors[key], params, 'en'),
  };
}

/** A problem+json refusal with the key as its `code`. */
export function actionError(
  problem: ProblemCode,
  key: keyof Errors,
  params: Params = {},
): AppError {
  return new AppError(problem, actionText(key, params), {
    extra: { code: `action.${key}`, params },
  });
}
