/**
 * Agenda and minutes as DOCX and PDF, parsed back: header, items in order, Danish letters,
 * closed items as "Lukket punkt" for non-members and whole for members, the download headers,
 * and the PDF's tagging (structure tree, language, title).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import {
  buildClosedItemMeeting,
  decide,
  OPEN,
  publish,
  SECRET,
  SECRETS,
  type ClosedItemMeeting,
} from '../../test/closed-item-fixture';
import { docxPart, docxText, pdfFacts } from '../../test/extract-text';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { asciiFileName, contentDisposition } from './file-name';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let reader: TestClient;
let meeting: ClosedItemMeeting;

const HEADINGS = [
  `Punkt 1. ${OPEN.first}`,
  'Punkt 2. Lukket punkt',
  'Punkt 3. Lukket punkt',
  `Punkt 4. ${OPEN.last}`,
];

function expectInOrder(text: string, parts: readonly string[]): void {
  const positions = parts.map((p) => text.indexOf(p));
  expect(
    positions.every((p) => p >= 0),
    `missing one of ${parts.join(' | ')}\n${text}`,
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

function expectNoSecret(text: string): void {
  for (const s of SECRETS) expect(text.includes(s), `leaked ${s}`).toBe(false);
}

async function download(client: TestClient, path: string): Promise<LightMyRequestResponse> {
  const res = await client.get(`/api/meetings/${meeting.meetingId}/${path}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res;
}

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariat');
  reader = await ctx.loginAs('reader', 'Læser');
  meeting = await buildClosedItemMeeting(org, sec);
  const placed = await sec.patch(`/api/meetings/${meeting.meetingId}`, {
    location: 'Rådhuset i Ærøskøbing, mødelokale Å',
    onlineUrl: 'https://moede.example.dk/ssu',
    acknowledgeWarnings: true,
  });
  expect(placed.statusCode, placed.body).toBe(200);
});
afterAll(() => ctx.close());

describe('before the agenda is published', () => {
  it('gives a reader the header and a notice, no items; minutes are refused', async () => {
    const text = docxText((await download(reader, 'agenda.docx')).rawPayload);
    expect(text).toContain('Dagsordenen er endnu ikke udsendt.');
    expect(text).not.toContain('Punkt 1.');
    const minutes = await reader.get(`/api/meetings/${meeting.meetingId}/minutes.pdf`);
    expect([minutes.statusCode, minutes.json().code]).toEqual([409, 'conflict']);
  });
});

describe('the agenda', () => {
  beforeAll(() => publish(org, meeting));

  it('as DOCX: header, items in order, Danish letters, closed items as placeholders', async () => {
    const res = await download(reader, 'agenda.docx');
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Dagsorden Sundhedssamarbejdsudvalget \d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''Dagsorden%20Sundhedssamarbejdsudvalget%20/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const text = docxText(res.rawPayload);
    expectInOrder(text, ['Dagsorden', 'Forum: Sundhedssamarbejdsudvalget', ...HEADINGS]);
    expect(text).toMatch(
      /Tidspunkt: \p{L}+dag den \d{1,2}\. \p{L}+ \d{4} kl\. \d\d\.\d\d–\d\d\.\d\d/u,
    );
    expect(text).toContain('Sted: Rådhuset i Ærøskøbing, mødelokale Å');
    expect(text).toContain('Online: https://moede.example.dk/ssu');
    expect(text).toContain('Type: Orientering');
    expect(text).toContain(OPEN.lastRecommendation);
    expect(text).toContain('Punktet er lukket. Indholdet vises kun for forummets medlemmer.');
    expect(text).toContain('Medlem ssu (medlem)');
    expectNoSecret(res.body);
    expectNoSecret(text);
    expect(docxPart(res.rawPayload, 'docProps/core.xml')).toContain(
      '<dc:title>Dagsorden: Sundhedssamarbejdsudvalget:',
    );
    expect(docxPart(res.rawPayload, 'word/styles.xml')).toContain('w:val="da-DK"');
  });

  it('as DOCX for a member: the closed items whole, marked as closed', async () => {
    const text = docxText((await download(org.members.ssu.client, 'agenda.docx')).rawPayload);
    expectInOrder(text, [
      `Punkt 1. ${OPEN.first}`,
      `Punkt 2. ${SECRET.title}`,
      'Lukket punkt – Lukket efter Offentlighedsloven § 30, nr. 2',
      SECRET.body,
      SECRET.recommendation,
      `Punkt 3. ${SECRET.free}`,
      `Punkt 4. ${OPEN.last}`,
    ]);
  });

  it('as tagged PDF: text in order, Danish letters, no secret for a reader', async () => {
    const res = await download(reader, 'agenda.pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await pdfFacts(res.rawPayload);
    expectInOrder(pdf.text, ['Dagsorden', 'Sundhedssamarbejdsudvalget', ...HEADINGS]);
    expect(pdf.text).toContain('Æbleø og Åbenrå');
    expect(pdf.text).toContain('øget samarbejde');
    expectNoSecret(pdf.text);
    expectNoSecret(res.rawPayload.toString('latin1'));
    expect(pdf.marked).toBe(true);
    expect(pdf.title).toMatch(/^Dagsorden: Sundhedssamarbejdsudvalget: /);
    expect(pdf.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'P', 'L']));
    expect(pdf.roles.indexOf('H1')).toBeLessThan(pdf.roles.indexOf('H3'));
    expect(res.rawPayload.toString('latin1')).toContain('/Lang (da-DK)');
    expect(res.rawPayload.toString('latin1')).toMatch(/\/FontFile2/);
  });
});

describe('the minutes', () => {
  beforeAll(() => decide(org, meeting));

  it('as PDF: decisions for a reader, placeholders for closed items', async () => {
    const pdf = await pdfFacts((await download(reader, 'minutes.pdf')).rawPayload);
    expectInOrder(pdf.text, ['Referat', 'Fremmøde', ...HEADINGS, OPEN.lastDecision]);
    expect(pdf.text).toContain('Beslutning');
    expectNoSecret(pdf.text);
  });

  it('as DOCX and PDF for members: the closed decisions too', async () => {
    for (const member of [org.members.ssu.client, org.ssuSecretary.client]) {
      const docx = docxText((await download(member, 'minutes.docx')).rawPayload);
      const pdf = (await pdfFacts((await download(member, 'minutes.pdf')).rawPayload)).text;
      for (const text of [docx, pdf]) {
        expectInOrder(text, [SECRET.title, SECRET.decision, SECRET.free, SECRET.freeDecision]);
        expect(text).toContain(OPEN.lastDecision);
      }
    }
  });

  it('as DOCX for a non-member: no secret anywhere in the file', async () => {
    for (const client of [reader, sec, org.members.tss.client]) {
      const res = await download(client, 'minutes.docx');
      expectNoSecret(docxText(res.rawPayload));
      expectInOrder(docxText(res.rawPayload), HEADINGS);
    }
  });
});

describe('the routes', () => {
  it('refuses anonymous users and unknown meetings', async () => {
    const anonymous = await ctx.anonymous().get(`/api/meetings/${meeting.meetingId}/agenda.pdf`);
    expect(anonymous.statusCode).toBe(401);
    const unknown = await reader.get(
      '/api/meetings/00000000-0000-4000-8000-000000000000/agenda.docx',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('writes Danish file names safely', () => {
    expect(asciiFileName('Referat Sundhedsstyregruppen Ærø 2027-01-05.pdf')).toBe(
      'Referat Sundhedsstyregruppen Aeroe 2027-01-05.pdf',
    );
    expect(contentDisposition('Dagsorden "a/b"; ø.pdf')).toBe(
      `attachment; filename="Dagsorden a b oe.pdf"; filename*=UTF-8''Dagsorden%20a%20b%20%3B%20%C3%B8.pdf`,
    );
  });
});
