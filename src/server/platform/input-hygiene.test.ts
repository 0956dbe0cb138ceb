/**
 * Input hygiene: one app-wide hook refuses control characters (NUL and the other C0 controls
 * except tab, LF and CR, and DEL) in every path parameter, query value and JSON body text with a
 * 400 `controlCharacters` problem in Danish and English, before any schema or handler runs.
 */
import { strToU8, zipSync } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS } from '../../shared/problem';
import { buildOrganisation, multipartFile } from '../test/cases-fixtures';
import { apiRoutes, fillPath, pathParamNames, type CollectedRoute } from '../test/routes';
import {
  createTestContext,
  type Method,
  type TestClient,
  type TestContext,
} from '../test/test-app';
import { findControlCharacters } from './validation';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.loginAs('admin', 'Astrid Admin');
});
afterAll(() => ctx.close());

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const label = (route: CollectedRoute) => `${route.method} ${route.url}`;

/** Asserts the bilingual control-character problem and returns its body. */
function expectRefused(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({
    code: 'controlCharacters',
    status: 400,
    title: PROBLEMS.controlCharacters.da,
    en: { title: PROBLEMS.controlCharacters.en },
  });
  return body as {
    detail: string;
    en: { detail: string };
    errors: { path: string; message: string; messageEn: string; line?: number; column?: number }[];
  };
}

describe('the probed URLs', () => {
  it('GET /api/users/directory?q=%00 → 400 in Danish and English, naming the field', async () => {
    const body = expectRefused(await admin.get('/api/users/directory?q=%00'));
    expect(body.detail).toBe(
      'Feltet »querystring.q« indeholder kontroltegnet U+0000 (tegn nr. 1). Fjern det, og prøv igen.',
    );
    expect(body.en.detail).toBe(
      'The field "querystring.q" contains the control character U+0000 (character 1). Remove it and try again.',
    );
    expect(body.errors).toEqual([
      {
        path: 'querystring.q',
        message: body.detail,
        messageEn: body.en.detail,
        line: 1,
        column: 1,
      },
    ]);
  });

  it('GET /api/org/collaborations/a%00b/export → 400', async () => {
    const body = expectRefused(await admin.get('/api/org/collaborations/a%00b/export'));
    expect(body.errors[0]).toMatchObject({ path: 'params.key', column: 2 });
  });
});

describe('every route', () => {
  const routes = () => apiRoutes(ctx.routes);

  it('refuses a control character in each path parameter, with or without a params schema', async () => {
    const withParams = routes().filter((r) => pathParamNames(r.url).length > 0);
    expect(withParams.length).toBeGreaterThan(20);
    for (const route of withParams) {
      for (const name of pathParamNames(route.url)) {
        const path = fillPath(route.url, (n) => (n === name ? 'a%00b' : SAMPLE_ID));
        const res = await admin.request(route.method as Method, path, {
          payload: route.method === 'GET' ? undefined : {},
        });
        expect(res.statusCode, `${label(route)} ${name}: ${res.body}`).toBe(400);
        expect(res.json().errors[0].path, label(route)).toBe(`params.${name}`);
      }
    }
  });

  it('refuses a control character in a query value or key, also where no query schema is declared', async () => {
    for (const route of routes()) {
      const path = fillPath(route.url, () => SAMPLE_ID);
      const payload = route.method === 'GET' ? undefined : {};
      for (const query of ['x=%01', 'x%1F=1']) {
        const res = await admin.request(route.method as Method, `${path}?${query}`, { payload });
        expect(res.statusCode, `${label(route)}?${query}: ${res.body}`).toBe(400);
        expect(res.json().code, label(route)).toBe('controlCharacters');
      }
    }
  });
});

describe('JSON bodies', () => {
  it('refuses a NUL in a text field and names it', async () => {
    const user = await ctx.loginAs('member', 'Bente Bruger');
    const res = await admin.patch(`/api/users/${user.userId}`, { name: 'Bente\u0000Bruger' });
    const body = expectRefused(res);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'body.name', line: 1, column: 6 }),
    ]);
    expect(body.detail).toContain('»body.name«');
  });

  it('refuses a NUL in a key, deep inside the body, and writes the key out readably', async () => {
    const res = await admin.post('/api/org/files/check', { yaml: 'a: 1', ['x\u0000y']: 1 });
    const body = expectRefused(res);
    expect(body.errors).toEqual([
      { path: 'body.x\\u0000y', message: expect.any(String), messageEn: expect.any(String) },
    ]);
    expect(body.detail).toBe(
      'Navnet på feltet »body.x\\u0000y« indeholder kontroltegnet U+0000. Fjern det, og prøv igen.',
    );
    const deep = await admin.post('/api/org/files/check', { a: [{ b: { c: ['ok', 'x\u0007'] } }] });
    expect(expectRefused(deep).errors[0]).toMatchObject({ path: 'body.a.0.b.c.1' });
  });

  it('still accepts tab, line feed and carriage return in text', async () => {
    const user = await ctx.loginAs('member', 'Carl Clausen');
    const res = await admin.patch(`/api/users/${user.userId}`, { name: 'Carl\tClausen' });
    expect(res.statusCode, res.body).toBe(200);
    const yaml = 'collaboration:\r\n  key: "a\\tb"\n  name: "Linje\tmed tab"\n';
    const check = await admin.post('/api/org/files/check', { yaml });
    expect(check.json().code, check.body).not.toBe('controlCharacters');
  });

  it('gives the line and column of a control character in a YAML text body', async () => {
    const res = await admin.post('/api/org/files/check', 'a: 1\nb: x\u0000\n', {
      headers: { 'content-type': 'text/yaml' },
    });
    expect(expectRefused(res).errors[0]).toMatchObject({ path: 'body', line: 2, column: 5 });
  });
});

describe('multipart uploads', () => {
  it('leaves binary file content alone (a DOCX is full of NUL bytes)', async () => {
    const org = await buildOrganisation(ctx);
    const member = org.members.klyngeNord.client;
    const created = await member.post('/api/cases', {
      collaborationId: org.collaborationId,
      title: 'Sag med bilag',
      type: 'information',
      raisedInForumId: org.fora.klyngeNord,
      route: [org.fora.klyngeNord],
    });
    const types =
      '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const docx = Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8(types),
        '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
        'word/document.xml': strToU8('<?xml version="1.0"?><w:document/>'),
      }),
    );
    expect(docx.includes(0)).toBe(true);
    const file = multipartFile('Referat.docx', docx);
    const res = await member.post(
      `/api/cases/${created.json().case.id}/attachments`,
      file.payload,
      { headers: file.headers },
    );
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('findControlCharacters', () => {
  it('walks strings, arrays and plain objects, and skips buffers', () => {
    const hits = findControlCharacters({
      body: { ok: 'tab\there\r\nand lines', list: ['x', 'y\u001b'], file: Buffer.from([0, 1, 2]) },
      querystring: { q: ['a', 'b\u007f'] },
    });
    expect(hits.map((h) => [h.path.join('.'), h.character])).toEqual([
      ['body.list.1', 'U+001B'],
      ['querystring.q.1', 'U+007F'],
    ]);
  });

  it('checks multipart text fields, skips file contents, and survives the parts pointing back', () => {
    const body: Record<string, unknown> = {};
    body.note = { type: 'field', fieldname: 'note', value: 'a\u0000b', fields: body };
    body.file = {
      type: 'file',
      filename: 'x.docx',
      _buf: Buffer.from([0, 0, 1]),
      toBuffer: () => Buffer.from([0]),
      fields: body,
    };
    const hits = findControlCharacters({ body });
    expect(hits.map((h) => h.path.join('.'))).toEqual(['body.note.value']);
  });

  it('handles a body nested twenty thousand levels deep', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 20_000; i += 1) deep = [deep];
    const [hit] = findControlCharacters({ body: deep });
    expect(hit?.path).toHaveLength(20_001);
  });
});
