/**
 * Danish and English texts of the task transfers (the shared `transfers` i18n namespace) and the
 * mapping of the domain's refusals to problem+json: bad input 422, a clash with state 409.
 */
import type { TransferError, TransferErrorCode } from '../../../domain/transfers/index';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { TRANSFER_DIMENSIONS, type TransferDimension } from '../../../shared/transfers.contract';
import { AppError, notFound, type Text } from '../../platform/errors';

/** The text of `key` in the transfers namespace, in Danish and English. */
export function transferText(key: string, params: TranslateParams = {}): Text {
  return {
    da: translate('transfers', key, 'da', params),
    en: translate('transfers', key, 'en', params),
  };
}

/** The dimensions' names joined in one language ("ressourcer og økonomi"). */
function dimensionList(codes: string, lang: 'da' | 'en'): string {
  const names = codes
    .split(',')
    .filter((c): c is TransferDimension => (TRANSFER_DIMENSIONS as readonly string[]).includes(c))
    .map((c) => translate('transfers', `dimensions.${c}`, lang).toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${names.at(-1)}`;
}

/** An AppError worded from `transfers.errors.<key>`; the key and params go into `extra`. */
export function transferError(
  problem: ProblemCode,
  key: string,
  params: Record<string, string | number> = {},
): AppError {
  const text: Text =
    typeof params.dimensions === 'string'
      ? {
          da: translate('transfers', `errors.${key}`, 'da', {
            ...params,
            dimensions: dimensionList(params.dimensions, 'da'),
          }),
          en: translate('transfers', `errors.${key}`, 'en', {
            ...params,
            dimensions: dimensionList(params.dimensions, 'en'),
          }),
        }
      : transferText(`errors.${key}`, params);
  return new AppError(problem, text, { extra: { code: `transfers.errors.${key}`, params } });
}

const CONFLICTS: ReadonlySet<TransferErrorCode> = new Set([
  'statusTransition',
  'alreadyDecided',
  'notEditable',
]);

/** Unwraps a domain result or throws its problem. */
export function must<T>(result: { ok: true; value: T } | { ok: false; error: TransferError }): T {
  if (result.ok) return result.value;
  const { code, params } = result.error;
  throw transferError(CONFLICTS.has(code) ? 'conflict' : 'unprocessable', code, params);
}

export const transferNotFound = (): AppError => notFound(transferText('things.transfer'));
