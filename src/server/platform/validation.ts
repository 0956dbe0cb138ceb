/**
 * Zod as Fastify's validator and serializer. The validator keeps each raw zod issue so the
 * error handler can word it in Danish and English; the serializer refuses any response that
 * does not match its declared schema, so no field leaks by accident. Before any schema runs,
 * one app-wide hook refuses control characters in every text a request carries.
 */
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { translate } from '../../shared/i18n/translate';
import { AppError, type Text } from './errors';

/** Validates request parts with zod, keeping the raw issues (with input) for translation. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const validation = result.error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
      message: issue.message,
      params: { issue },
    }));
    const error = Object.assign(new Error(validation[0]?.message ?? 'invalid'), {
      validation,
      statusCode: 400,
    });
    return { error };
  };

export const serializerCompiler = zodSerializerCompiler;

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL
 * cannot store NUL in text, and none of them belongs in anything a person types.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** At most this many fields are listed in one refusal. */
const MAX_HITS = 20;

/** A control character found in a request: where, which, and (in a value) at what position. */
export interface ControlCharacterHit {
  /** `params`, `querystring` or `body`, then the keys and indexes down to the string. */
  path: readonly string[];
  /** True when the character is in a key (a field name), not in a value. */
  inKey: boolean;
  /** The character as `U+0000`. */
  character: string;
  /** 1-based position in the value, and its line and column (for multi-line text). */
  position: number;
  line: number;
  column: number;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function hitIn(text: string, path: readonly string[], inKey: boolean): ControlCharacterHit | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    path,
    inKey,
    character: codePoint(match[0]),
    position: match.index + 1,
    line: before.split('\n').length,
    column: match.index - lineStart + 1,
  };
}

/**
 * Arrays and plain objects are walked (the parsed query's prototype is itself null-prototyped);
 * buffers, streams and other class instances (multipart file contents) are not.
 */
function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** A place in the walk; the path is linked to its parent so deep nesting costs no copies. */
interface Place {
  value: unknown;
  key: string;
  parent: Place | null;
}

function pathOf(place: Place, key?: string): string[] {
  const path = key === undefined ? [] : [key];
  for (let p: Place | null = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
}

/**
 * Every string (value or key) with a control character in the parts of a request, depth first,
 * without recursion (a body may nest thousands of levels). Binary content is not text and is
 * skipped: multipart file parts arrive as buffers or streams.
 */
export function findControlCharacters(
  parts: Readonly<Record<string, unknown>>,
): ControlCharacterHit[] {
  const hits: ControlCharacterHit[] = [];
  const stack: Place[] = Object.entries(parts)
    .reverse()
    .map(([key, value]) => ({ value, key, parent: null }));
  // Multipart bodies (attachFieldsToBody) point back at themselves from every part.
  const seen = new Set<object>();
  for (let place = stack.pop(); place && hits.length < MAX_HITS; place = stack.pop()) {
    const { value } = place;
    if (typeof value === 'string') {
      const hit = CONTROL.test(value) ? hitIn(value, pathOf(place), false) : null;
      if (hit) hits.push(hit);
    } else if (isWalkable(value) && !seen.has(value)) {
      seen.add(value);
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] as string;
        if (!Array.isArray(value) && CONTROL.test(key)) {
          hits.push(hitIn(key, pathOf(place, key), true) as ControlCharacterHit);
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], key, parent: place });
        }
      }
    }
  }
  return hits.slice(0, MAX_HITS);
}

/** A field's dotted path with its control characters written out (`\u0000`), for messages. */
function fieldName(path: readonly string[]): string {
  return path
    .join('.')
    .replace(CONTROL_ALL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

function textOfHit(hit: ControlCharacterHit): Text {
  const key = hit.inKey ? 'errors.controlCharacterInName' : 'errors.controlCharacter';
  const params = { field: fieldName(hit.path), character: hit.character, position: hit.position };
  return { da: translate('common', key, 'da', params), en: translate('common', key, 'en', params) };
}

/** The 400 `controlCharacters` problem for what was found, naming the first field in `detail`. */
export function controlCharacterError(hits: readonly ControlCharacterHit[]): AppError {
  const texts = hits.map(textOfHit);
  const fieldErrors = hits.map((hit, i) => ({
    path: fieldName(hit.path),
    message: texts[i]?.da ?? '',
    messageEn: texts[i]?.en ?? '',
    ...(hit.inKey ? {} : { line: hit.line, column: hit.column }),
  }));
  return new AppError('controlCharacters', texts[0], { fieldErrors });
}

/**
 * The app-wide `preValidation` hook: a control character in any path parameter, query value or
 * key, or text anywhere in the body (deeply, keys included) is refused with 400 before any
 * schema or handler sees it. Runs after authentication, so anonymous calls still get 401.
 */
export async function refuseControlCharacters(request: FastifyRequest): Promise<void> {
  const hits = findControlCharacters({
    params: request.params,
    querystring: request.query,
    body: request.body,
  });
  if (hits.length > 0) throw controlCharacterError(hits);
}
