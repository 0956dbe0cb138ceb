/**
 * Case attachments (ASVS V5): size limit, type allowlist by extension AND content, the Office
 * zip-bomb guard, downloads as attachments with nosniff, confirmed soft delete. A refused upload
 * is a 4xx problem+json and stores nothing (and writes no audit row: TestClient checks).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { caseAttachments } from './index';
import { buildOrganisation, multipartFile, PDF, type OrgFixture } from '../../test/cases-fixtures';

let ctx: TestContext;
let org: OrgFixture;
let member: TestClient;
let caseId: string;

const DOCX_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function docx(extra: Record<string, Uint8Array> = {}): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(DOCX_TYPES),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
      'word/document.xml': strToU8('<?xml version="1.0"?><w:document/>'),
      ...extra,
    }),
  );
}

/** A DOCX whose central directory claims a 4 GB entry (a zip bomb's declared size). */
function bombDeclared(): Buffer {
  const zip = docx();
  const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(0xfffffff0, cd + 24);
  return zip;
}

function tooManyEntries(): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2_001; i += 1) entries[`word/media/x${i}.xml`] = strToU8('<a/>');
  return docx(entries);
}

const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
  Buffer.alloc(200, 1),
]);

async function stored(): Promise<number> {
  const rows = await ctx.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseAttachments);
  return rows[0]?.n ?? 0;
}

async function upload(client: TestClient, name: string, content: Buffer, type?: string) {
  const body = multipartFile(name, content, type);
  return client.post(`/api/cases/${caseId}/attachments`, body.payload, { headers: body.headers });
}

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  member = org.members.klyngeNord.client;
  const res = await member.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: 'Sag med bilag',
    type: 'information',
    raisedInForumId: org.fora.klyngeNord,
    route: [org.fora.klyngeNord],
  });
  caseId = res.json().case.id;
});
afterAll(() => ctx.close());

describe('upload and download', () => {
  it.each([
    ['notat.pdf', PDF, 'application/pdf'],
    [
      'Referat æøå.docx',
      docx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['liste.csv', Buffer.from('kommune;antal\nVejle;3\n'), 'text/csv; charset=utf-8'],
    ['noter.txt', Buffer.from('Hej med dig\n'), 'text/plain; charset=utf-8'],
  ])('stores %s with its hash and serves it as an attachment', async (name, content, mediaType) => {
    const res = await upload(member, name, content);
    expect(res.statusCode, res.body).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({ fileName: name, mediaType, sizeBytes: content.length });
    expect(meta.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    const file = await member.get(`/api/cases/${caseId}/attachments/${meta.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(content)).toBe(true);
    expect(file.headers['content-type']).toBe(mediaType);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
    );
    expect(file.headers['content-disposition']).toContain(encodeURIComponent(name));
  });

  it('lists the attachments on the case', async () => {
    const c = (await member.get(`/api/cases/${caseId}`)).json();
    expect(c.attachments.map((a: { fileName: string }) => a.fileName)).toContain('notat.pdf');
  });
});

describe('refused uploads: 4xx problem+json, nothing stored', () => {
  it.each([
    [
      'too big',
      'stor.pdf',
      Buffer.concat([PDF, Buffer.alloc(15 * 1024 * 1024)]),
      413,
      'payloadTooLarge',
    ],
    ['an executable', 'program.exe', EXE, 415, 'unsupportedMediaType'],
    ['an exe renamed .pdf', 'faktura.pdf', EXE, 415, 'unsupportedMediaType'],
    ['an exe renamed .docx', 'referat.docx', EXE, 415, 'unsupportedMediaType'],
    ['an exe renamed .txt', 'noter.txt', EXE, 415, 'unsupportedMediaType'],
    [
      'a PNG renamed .pdf',
      'billede.pdf',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      415,
      'unsupportedMediaType',
    ],
    [
      'a plain zip renamed .docx',
      'arkiv.docx',
      Buffer.from(zipSync({ 'a.txt': strToU8('a') })),
      415,
      'unsupportedMediaType',
    ],
    ['a zip bomb (declared size)', 'bombe.docx', bombDeclared(), 422, 'unprocessable'],
    ['a zip with too many entries', 'mange.docx', tooManyEntries(), 422, 'unprocessable'],
    ['an empty file', 'tom.pdf', Buffer.alloc(0), 422, 'unprocessable'],
    ['no extension', 'README', Buffer.from('tekst'), 415, 'unsupportedMediaType'],
  ])('refuses %s', async (_label, name, content, status, code) => {
    const before = await stored();
    const res = await upload(member, name, content);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code, en: { title: expect.any(String) } });
    expect(res.json().detail).toBeTruthy();
    expect(await stored()).toBe(before);
  });

  it('refuses a request without a file', async () => {
    const res = await member.post(`/api/cases/${caseId}/attachments`, { x: 1 });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('refuses readers', async () => {
    const reader = await ctx.loginAs('reader');
    expect((await upload(reader, 'notat.pdf', PDF)).statusCode).toBe(403);
  });
});

describe('delete with confirmation', () => {
  it('needs the confirmation, is soft and audited, and hides the file', async () => {
    const meta = (await upload(member, 'slet-mig.pdf', PDF)).json();
    const url = `/api/cases/${caseId}/attachments/${meta.id}`;
    expect((await member.request('DELETE', url, { payload: {} })).statusCode).toBe(400);
    const other = await org.members.eu.client.request('DELETE', url, {
      payload: { confirm: true },
    });
    expect(other.statusCode).toBe(403);
    const res = await member.request('DELETE', url, {
      payload: { confirm: true, reason: 'Forkert fil' },
    });
    expect(res.statusCode, res.body).toBe(204);
    expect((await member.get(url)).statusCode).toBe(404);
    const rows = await ctx.database.db.select().from(caseAttachments);
    expect(rows.find((r) => r.id === meta.id)).toMatchObject({
      deleteReason: 'Forkert fil',
      deletedBy: member.userId,
    });
    const again = await member.request('DELETE', url, { payload: { confirm: true } });
    expect(again.statusCode).toBe(404);
  });
});
