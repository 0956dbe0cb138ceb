/**
 * YAML errors through the API: an alias bomb and a syntax error in an organisation file come back
 * as a 422 problem whose located errors are Danish in `message` and English in `messageEn`, for
 * both the check and the import, as YAML text or as JSON `{ yaml }`. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let secretariat: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat');
});
afterAll(() => ctx.close());

/** A billion laughs: nine levels of nine aliases each. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

const SYNTAX_ERROR = 'collaboration:\n  key: [syd, nord\nparties: []\n';

const ROUTES = ['/api/org/files/check', '/api/org/files/import?dryRun=false'];

describe.each(ROUTES)('%s', (route) => {
  it.each([
    [
      'an alias bomb',
      ALIAS_BOMB,
      'YAML: Filen bruger aliaser (*navn) for mange gange; så stor en fil kan ikke læses',
      'YAML: The file uses aliases (*name) too many times; a file that large cannot be read',
      2,
    ],
    [
      'a syntax error',
      SYNTAX_ERROR,
      'YAML: Forkert indrykning',
      'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      3,
    ],
  ])('answers %s in Danish and in English', async (_name, text, da, en, line) => {
    for (const send of [
      () => secretariat.post(route, text, { headers: { 'content-type': 'text/yaml' } }),
      () => secretariat.post(route, { yaml: text }),
    ]) {
      const res = await send();
      expect(res.statusCode, res.body).toBe(422);
      const body = res.json();
      expect(body).toMatchObject({
        code: 'unprocessable',
        detail: 'Organisationsfilen har 1 fejl',
      });
      expect(body.en.detail).toBe('The organisation file has 1 error');
      expect(body.errors).toEqual([
        { path: '', line, column: expect.any(Number), message: da, messageEn: en },
      ]);
    }
  });
});
