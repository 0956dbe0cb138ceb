/**
 * RFC 9457 problem details, in Danish (the default) with an English translation beside it.
 * Every error the API returns has this shape and `application/problem+json`.
 */
import { z } from 'zod';

/** The problem catalogue: code → HTTP status and title in both languages. */
export const PROBLEMS = {
  validation: { status: 400, da: 'Ugyldige data', en: 'Invalid data' },
  badRequest: { status: 400, da: 'Forespørgslen kan ikke læses', en: 'The request cannot be read' },
  controlCharacters: {
    status: 400,
    da: 'Teksten indeholder et kontroltegn, som ikke er tilladt',
    en: 'The text contains a control character that is not allowed',
  },
  unauthenticated: { status: 401, da: 'Du er ikke logget ind', en: 'You are not logged in' },
  invalidCredentials: {
    status: 401,
    da: 'Forkert e-mail eller adgangskode',
    en: 'Wrong e-mail or password',
  },
  forbidden: {
    status: 403,
    da: 'Du har ikke adgang til denne handling',
    en: 'You do not have access to this action',
  },
  csrf: {
    status: 403,
    da: 'Sikkerhedstoken mangler eller er ugyldigt. Genindlæs siden og prøv igen',
    en: 'Security token missing or invalid. Reload the page and try again',
  },
  notFound: { status: 404, da: 'Findes ikke', en: 'Not found' },
  gone: { status: 410, da: 'Findes ikke længere', en: 'No longer available' },
  methodNotAllowed: { status: 405, da: 'Metoden er ikke tilladt', en: 'Method not allowed' },
  conflict: {
    status: 409,
    da: 'Ændringen er i konflikt med eksisterende data',
    en: 'The change conflicts with existing data',
  },
  compositionBreach: {
    status: 409,
    da: 'Ændringen bryder en sammensætningsregel',
    en: 'The change breaks a composition rule',
  },
  orderingWarning: {
    status: 409,
    da: 'Mødet bryder en rækkefølgeregel eller ligger på en fridag',
    en: 'The meeting breaks an ordering rule or falls on a non-working day',
  },
  orderingRuleInvalid: {
    status: 422,
    da: 'Rækkefølgereglerne hænger ikke sammen',
    en: 'The ordering rules are inconsistent',
  },
  seriesInvalid: {
    status: 422,
    da: 'Mødeserien kan ikke dannes',
    en: 'The meeting series cannot be generated',
  },
  processInvalid: {
    status: 422,
    da: 'Procesforløbet kan ikke oprettes',
    en: 'The process cannot be created',
  },
  payloadTooLarge: { status: 413, da: 'Indholdet er for stort', en: 'The content is too large' },
  uriTooLong: {
    status: 414,
    da: 'Adressen er for lang',
    en: 'The address (URL) is too long',
  },
  unsupportedMediaType: {
    status: 415,
    da: 'Indholdstypen understøttes ikke',
    en: 'The content type is not supported',
  },
  unprocessable: {
    status: 422,
    da: 'Data kan ikke behandles',
    en: 'The data cannot be processed',
  },
  tooManyRequests: {
    status: 429,
    da: 'For mange forsøg. Vent lidt og prøv igen',
    en: 'Too many attempts. Wait a moment and try again',
  },
  internal: {
    status: 500,
    da: 'Der opstod en uventet fejl',
    en: 'An unexpected error occurred',
  },
  unavailable: {
    status: 503,
    da: 'Tjenesten er ikke tilgængelig lige nu',
    en: 'The service is unavailable right now',
  },
} as const satisfies Record<string, { status: number; da: string; en: string }>;

/** A problem code from the catalogue. */
export type ProblemCode = keyof typeof PROBLEMS;

/** A field-level error inside a problem. */
export const ProblemFieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageEn: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/** The problem+json body. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    en: z.object({ title: z.string(), detail: z.string().optional() }),
    errors: z.array(ProblemFieldErrorSchema).optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof ProblemSchema>;
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

/** The `type` URI of a problem code. */
export function problemType(code: ProblemCode): string {
  return `https://samspil.dk/problemer/${code}`;
}
