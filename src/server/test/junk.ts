/**
 * Generators of bad input for the route matrix (fast-check), and the oracle that says when a
 * request must be refused: a control character anywhere the server reads text (path parameters,
 * query keys and values, body strings and keys: the app-wide input-hygiene hook), else the
 * route's own zod schemas, applied to what was sent.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { CollectedRoute } from './routes';
import { fillPath, pathParamNames } from './routes';

/** One generated request. The `*Value` fields are what the server will see, for the oracle. */
export interface JunkRequest {
  /** The path, already percent-encoded. */
  path: string;
  /** The decoded path parameters, or null when one cannot be decoded at all. */
  paramsValue: Record<string, string> | null;
  /** The query string without `?`, possibly empty. */
  query: string;
  /** The parsed query, or null when the raw text is malformed on purpose. */
  queryValue: Record<string, string | string[]> | null;
  body: JunkBody | null;
}

/** A request body: its media type, its text, and (when it parses) the parsed value. */
export interface JunkBody {
  contentType: string;
  payload: string;
  /** False when Fastify cannot or must not parse it (malformed, too large, unknown type). */
  parseable: boolean;
  value: unknown;
}

const NASTY = [
  'not-a-uuid',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '..',
  '%00',
  '\u0000',
  '\u202e\u0007',
  'ø'.repeat(120),
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '2026-02-30',
];

/**
 * Control characters the server refuses everywhere (C0 other than tab, LF and CR, and DEL);
 * must stay in step with `findControlCharacters` in src/server/platform/validation.ts.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Refused control characters, and the three that stay allowed in text. */
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
];
const ALLOWED_CONTROLS = ['\t', '\n', '\r', '\r\n'];

/** Short text with a control character (refused, or one of the allowed three) somewhere in it. */
export const controlString: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...CONTROLS) },
      { weight: 1, arbitrary: fc.constantFrom(...ALLOWED_CONTROLS) },
    ),
    fc.string({ maxLength: 8 }),
  )
  .map(([before, control, after]) => `${before}${control}${after}`);

/** Strings that tend to break things: ASCII, Unicode, known-nasty values, control characters, UUIDs. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: controlString },
  { weight: 1, arbitrary: fc.uuid() },
);

/**
 * True when a refused control character is in any string or key of `value`, at any depth
 * (walked without recursion: the extreme bodies nest twenty thousand levels).
 */
export function hasControlCharacter(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      if (CONTROL.test(next)) return true;
    } else if (Array.isArray(next)) {
      stack.push(...next);
    } else if (next !== null && typeof next === 'object') {
      for (const [k, v] of Object.entries(next)) {
        if (CONTROL.test(k)) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

function decodeOrNull(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Path values: often a valid UUID, so that junk in the query and body is reached too. */
const pathValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: junkString.filter((s) => s.length > 0).map(encodeURIComponent) },
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF') },
);

function pathArb(route: CollectedRoute): fc.Arbitrary<Pick<JunkRequest, 'path' | 'paramsValue'>> {
  const names = pathParamNames(route.url);
  const values = fc.tuple(...names.map(() => pathValue));
  return values.map((raw) => {
    const byName = new Map(names.map((n, i) => [n, raw[i] as string]));
    const decoded = Object.fromEntries(names.map((n) => [n, decodeOrNull(byName.get(n) ?? '')]));
    const undecodable = Object.values(decoded).some((v) => v === null);
    return {
      path: fillPath(route.url, (name) => byName.get(name) ?? 'x'),
      paramsValue: undecodable ? null : (decoded as Record<string, string>),
    };
  });
}

/** The top-level keys of an object schema, so junk can use the names the route expects. */
export function schemaKeys(schema: z.ZodType | null): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function keyArb(known: string[]): fc.Arbitrary<string> {
  const random = fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: controlString },
  );
  const key = known.length ? fc.oneof(fc.constantFrom(...known), random) : random;
  return key.filter((k) => k !== '__proto__');
}

function toSearch(value: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [key, v] of Object.entries(value)) {
    for (const item of Array.isArray(v) ? v : [v]) search.append(key, item);
  }
  return search.toString();
}

function queryArb(route: CollectedRoute): fc.Arbitrary<Pick<JunkRequest, 'query' | 'queryValue'>> {
  const value = fc.oneof(junkString, fc.array(junkString, { minLength: 2, maxLength: 3 }));
  const structured = fc
    .dictionary(keyArb(schemaKeys(route.querystring)), value, { maxKeys: 4 })
    .map((queryValue) => ({ query: toSearch(queryValue), queryValue }));
  const raw = fc
    .constantFrom('%zz', '&&&', '=', 'a[b]=1&a[c]=2', 'limit=%', `x=${'y'.repeat(5000)}`)
    .map((query) => ({ query, queryValue: null }));
  // Raw control characters, percent-encoded by hand, with what the server decodes them to.
  const rawControls = fc
    .constantFrom<[string, Record<string, string>]>(
      ['%00=%00', { '\u0000': '\u0000' }],
      ['q=%00', { q: '\u0000' }],
      ['a%01b=1', { 'a\u0001b': '1' }],
      ['x=a%7Fb&y=1', { x: 'a\u007fb', y: '1' }],
    )
    .map(([query, queryValue]) => ({ query, queryValue }));
  return fc.oneof(
    { weight: 5, arbitrary: structured },
    { weight: 1, arbitrary: fc.oneof(raw, rawControls) },
  );
}

function json(value: unknown): JunkBody {
  return {
    contentType: 'application/json',
    payload: JSON.stringify(value),
    parseable: true,
    value,
  };
}

/** Bodies Fastify refuses before any schema: malformed JSON, poisoning, unknown media types. */
const UNPARSEABLE: JunkBody[] = [
  ...['{', '{"a":', '[1,', 'nul', '{"a":1}}', "{'a':1}", '\u0000', '{"__proto__":{"x":1}}'].map(
    (payload) => ({ contentType: 'application/json', payload, parseable: false, value: undefined }),
  ),
  { contentType: 'application/xml', payload: '<a/>', parseable: false, value: undefined },
  {
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x--',
    parseable: false,
    value: undefined,
  },
];

/** JSON whose strings and keys are junk, control characters included, a few levels deep. */
const junkJson: fc.Arbitrary<unknown> = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    junkString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(keyArb([]), tie('json'), { maxKeys: 3 }),
  ),
})).json;

function bodyArb(route: CollectedRoute): fc.Arbitrary<JunkBody | null> {
  const keys = schemaKeys(route.body);
  // The route's own field names, some with junk values (control characters too), plus a stray key.
  const knownWithJunk = fc.dictionary(keyArb(keys), junkJson, {
    maxKeys: Math.max(keys.length, 2),
  });
  const withKeys = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: keys.length,
      })
    : fc.dictionary(keyArb([]), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
  const text = junkString
    .filter((s) => s.length > 0)
    .map((s) => ({ contentType: 'text/plain', payload: s, parseable: true, value: s }));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) },
    { weight: 4, arbitrary: withKeys.map(json) },
    { weight: 3, arbitrary: knownWithJunk.map(json) },
    { weight: 1, arbitrary: text },
    { weight: 2, arbitrary: fc.constantFrom(...UNPARSEABLE) },
  );
}

/** Requests with junk in every part the route has: path parameters, query and (if unsafe) body. */
export function junkRequestArb(route: CollectedRoute): fc.Arbitrary<JunkRequest> {
  const unsafe = route.method !== 'GET';
  return fc
    .tuple(pathArb(route), queryArb(route), unsafe ? bodyArb(route) : fc.constant(null))
    .map(([path, query, body]) => ({ ...path, ...query, body }));
}

/** Fixed extremes sent once per route: too large, deeply nested, huge strings. */
export function extremeBodies(route: CollectedRoute): JunkBody[] {
  if (route.method === 'GET') return [];
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
  const keys = schemaKeys(route.body);
  const huge = Object.fromEntries(
    (keys.length ? keys : ['x']).map((k) => [k, 'å'.repeat(100_000)]),
  );
  return [
    { ...json('x'.repeat(3 * 1024 * 1024)), parseable: false },
    { contentType: 'application/json', payload: deep, parseable: true, value: JSON.parse(deep) },
    {
      contentType: 'application/json',
      payload: deepObject,
      parseable: true,
      value: JSON.parse(deepObject),
    },
    json(huge),
  ];
}

/**
 * True when the route's declared schemas (or the parser) must refuse the request, so anything
 * but a 4xx is a bug. When this is false the input happens to be valid and any non-5xx is fine.
 */
export function mustRefuse(route: CollectedRoute, request: JunkRequest): boolean {
  if (request.paramsValue === null) return true;
  // Input hygiene: a control character anywhere the server reads text is refused on every route.
  if (hasControlCharacter(request.paramsValue) || hasControlCharacter(request.queryValue)) {
    return true;
  }
  if (request.body?.parseable && hasControlCharacter(request.body.value)) return true;
  if (route.params && !route.params.safeParse(request.paramsValue).success) return true;
  if (request.queryValue && route.querystring) {
    if (!route.querystring.safeParse(request.queryValue).success) return true;
  }
  if (request.body && !request.body.parseable) return true;
  if (route.body && route.method !== 'GET') {
    return !route.body.safeParse(request.body?.value).success;
  }
  return false;
}
