/**
 * One error type for the whole server and one handler that turns every error into an
 * RFC 9457 problem+json body in Danish and English. 5xx details are logged, never returned.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  PROBLEMS,
  problemType,
  type Problem,
  type ProblemCode,
  type ProblemFieldError,
} from '../../shared/problem';

/** A bilingual text. */
export interface Text {
  da: string;
  en: string;
}

/** The error every module throws for an expected failure. */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: Text,
    readonly options: { fieldErrors?: ProblemFieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail?.en ?? PROBLEMS[code].en);
    this.name = 'AppError';
  }
}

/** Shorthand for a 404 of one kind of thing. */
export function notFound(what: Text): AppError {
  return new AppError('notFound', {
    da: `${what.da} findes ikke`,
    en: `${what.en} was not found`,
  });
}

const daLocale = z.locales.da();
const enLocale = z.locales.en();

type RawIssue = Parameters<typeof daLocale.localeError>[0];

function localise(locale: typeof daLocale, issue: RawIssue): string {
  const out = locale.localeError(issue);
  return typeof out === 'string' ? out : (out?.message ?? issue.message ?? '');
}

/** Turns zod issues into bilingual field errors; custom messages are kept as written. */
export function fieldErrorsFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix = '',
): ProblemFieldError[] {
  return issues.map((issue) => {
    const raw = issue as unknown as RawIssue;
    const en = localise(enLocale, raw);
    const custom = issue.message && issue.message !== en && issue.code === 'custom';
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return {
      path,
      message: custom ? issue.message : localise(daLocale, raw),
      messageEn: custom ? issue.message : en,
    };
  });
}

/** Writes a problem reply. */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ProblemCode,
  detail?: Text,
  options: { fieldErrors?: ProblemFieldError[]; extra?: Record<string, unknown> } = {},
): FastifyReply {
  const def = PROBLEMS[code];
  const body: Problem = {
    type: problemType(code),
    title: def.da,
    status: def.status,
    code,
    instance: request.url.split('?')[0],
    en: { title: def.en, ...(detail ? { detail: detail.en } : {}) },
    ...(detail ? { detail: detail.da } : {}),
    ...(options.fieldErrors?.length ? { errors: options.fieldErrors } : {}),
    ...(options.extra ? { extra: options.extra } : {}),
  };
  return reply.status(def.status).type('application/problem+json').send(body);
}

interface ValidationEntry {
  params?: { issue?: z.core.$ZodIssue };
}

/** Maps framework and database error codes to problems. */
const FRAMEWORK_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'badRequest',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'badRequest',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'badRequest',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
  FST_ERR_CTP_INVALID_TYPE: 'unsupportedMediaType',
  FST_CSRF_INVALID_TOKEN: 'csrf',
  FST_CSRF_MISSING_SECRET: 'csrf',
  FST_ERR_VALIDATION: 'validation',
  FST_ERR_BAD_URL: 'badRequest',
  FST_ERR_MAX_PARAM_LENGTH: 'uriTooLong',
  FST_ERR_ASYNC_CONSTRAINT: 'badRequest',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupportedMediaType',
  FST_REQ_FILE_TOO_LARGE: 'payloadTooLarge',
  FST_FILES_LIMIT: 'payloadTooLarge',
  FST_PARTS_LIMIT: 'payloadTooLarge',
  // PostgreSQL: unique violation, foreign key violation, check violation, bad text input.
  '23505': 'conflict',
  '23503': 'conflict',
  '23514': 'unprocessable',
  '22P02': 'validation',
  '22007': 'validation',
  '22008': 'validation',
  '22003': 'validation',
  '22001': 'validation',
};

function codeForStatus(status: number): ProblemCode {
  const byStatus: Record<number, ProblemCode> = {
    400: 'badRequest',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'notFound',
    405: 'methodNotAllowed',
    409: 'conflict',
    413: 'payloadTooLarge',
    414: 'uriTooLong',
    415: 'unsupportedMediaType',
    422: 'unprocessable',
    429: 'tooManyRequests',
    503: 'unavailable',
  };
  return byStatus[status] ?? (status >= 400 && status < 500 ? 'badRequest' : 'internal');
}

function errorCode(error: unknown): string | undefined {
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any route or error
 * handler runs (a malformed percent-encoding, an over-long path parameter) become problems too.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const code = FRAMEWORK_CODES[error.code] ?? codeForStatus(error.statusCode ?? 400);
  request.log.info({ err: { message: error.message, code: error.code } }, 'client error');
  return sendProblem(reply, request, code);
}

/** Installs the problem+json error and not-found handlers on an API scope. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, request, error.code, error.detail, error.options);
    }
    const validation = error.validation as ValidationEntry[] | undefined;
    if (validation?.length) {
      const issues = validation.map((v) => v.params?.issue).filter((i) => i !== undefined);
      const where = error.validationContext ?? '';
      return sendProblem(reply, request, 'validation', undefined, {
        fieldErrors: fieldErrorsFromZod(issues, where),
      });
    }
    const mapped = FRAMEWORK_CODES[errorCode(error) ?? ''];
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    const code = mapped ?? codeForStatus(status);
    if (PROBLEMS[code].status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, code);
    }
    request.log.info({ err: { message: error.message, code: errorCode(error) } }, 'client error');
    return sendProblem(reply, request, code);
  });
}
