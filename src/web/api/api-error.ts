/**
 * ApiError: every failed API call, in both languages. Problem+json bodies from the server carry
 * Danish and English texts and field errors; a network failure or an unreadable response gets
 * the code `network` or `unexpected`, which the UI words itself.
 */
import { ProblemSchema } from '../../shared/problem';
import type { Language } from '../../shared/i18n/index';

/** A text in both languages; `null` when the server sent none. */
export interface BilingualText {
  da: string;
  en: string;
}

/** One field's error, in both languages. */
export interface ApiFieldError {
  /** Dotted path of the field in the request body, e.g. `email`. */
  path: string;
  message: BilingualText;
  /** Where in an uploaded text the error is (1-based), when the server located it. */
  line?: number;
  column?: number;
}

/** The codes the client itself produces when there is no problem body to read. */
export type ClientErrorCode = 'network' | 'unexpected';

/** An API failure. `code` is a problem code from `src/shared/problem.ts` or a client code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: BilingualText | null,
    readonly detail: BilingualText | null,
    readonly fieldErrors: readonly ApiFieldError[] = [],
    /** The problem's `extra` member (e.g. `breaches` of a 409 `compositionBreach`). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail?.en ?? title?.en ?? code);
    this.name = 'ApiError';
  }

  /** The text to show: the detail when there is one, else the title; null for client codes. */
  textIn(language: Language): string | null {
    return (this.detail ?? this.title)?.[language] ?? null;
  }

  /** The error of one field, in the language, or undefined. */
  fieldError(path: string, language: Language): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message[language];
  }
}

/** Builds an ApiError from a response status and its (possibly non-problem) body. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = ProblemSchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, 'unexpected', null, null);
  const p = parsed.data;
  const detail = p.detail !== undefined ? { da: p.detail, en: p.en.detail ?? p.detail } : null;
  const fieldErrors = (p.errors ?? []).map((e) => ({
    path: e.path,
    message: { da: e.message, en: e.messageEn },
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  }));
  const title = { da: p.title, en: p.en.title };
  return new ApiError(status, p.code, title, detail, fieldErrors, p.extra ?? {});
}
