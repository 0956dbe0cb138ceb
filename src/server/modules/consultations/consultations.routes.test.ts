/**
 * Issue 13, joint consultation responses. The acceptance: two municipalities co-sign and one
 * dissents → the DOCX and the PDF list exactly those positions (and nobody else); a late
 * contribution is refused with a Danish message naming the deadline. The day is the injected
 * clock's, never the real date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  createMeeting,
  multipartFile,
  PDF,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { docxText, pdfFacts } from '../../test/extract-text';
import { createTestContext, type TestClient } from '../../test/test-app';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createParty, orgContext } from '../organisation/index';
import { sentConsultationResponses } from './index';

let now = new Date('2026-02-10T09:00:00Z');
const ctx = await createTestContext({}, { clock: () => now });
afterAll(() => ctx.close());

let org: OrgFixture;
let secretariat: TestClient;
const party: Record<'aarhus' | 'odder' | 'samso' | 'favrskov', string> = {
  aarhus: '',
  odder: '',
  samso: '',
  favrskov: '',
};
const contact = {} as Record<keyof typeof party, TestClient>;
let consultationId = '';

const NAMES = {
  aarhus: 'Aarhus Kommune',
  odder: 'Odder Kommune',
  samso: 'Samsø Kommune',
  favrskov: 'Favrskov Kommune',
};
const DISSENT = 'Samsø Kommune kan ikke støtte forslaget om fælles visitation.';

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat', 'Klyngesekretær');
  org = await buildOrganisation(ctx);
  const db = orgContext(ctx.database.db);
  for (const key of Object.keys(party) as (keyof typeof party)[]) {
    party[key] = (
      await createParty(db, SYSTEM_ACTOR, org.collaborationId, {
        name: NAMES[key],
        kind: 'municipality',
        validFrom: '2025-01-01',
        acknowledgeBreaches: true,
      })
    ).result.entityId;
    contact[key] = await ctx.loginAs('member', `Kontakt ${NAMES[key]}`, {
      scopes: [{ kind: 'party', target: party[key] }],
    });
  }
  // The officials' committee meets 12 March 2026, the cluster forum 24 February and 3 March.
  await createMeeting(secretariat, org, 'eu', '2026-03-12');
  await createMeeting(secretariat, org, 'klyngeNord', '2026-02-24');
  await createMeeting(secretariat, org, 'klyngeNord', '2026-03-03');
}, 300_000);

const create = (client: TestClient, extra: Record<string, unknown> = {}) =>
  client.post('/api/consultations', {
    collaborationId: org.collaborationId,
    sender: 'Sundhedsstyrelsen',
    title: 'Høring over anbefalinger for forebyggelsestilbud',
    externalDeadline: '2026-03-20',
    draftingForumId: org.fora.klyngeNord,
    reviewForumIds: [org.fora.eu],
    partyIds: [party.aarhus, party.odder, party.samso, party.favrskov],
    ...extra,
  });

describe('creating a consultation', () => {
  it('computes the internal deadlines backwards from the external deadline', async () => {
    const res = await create(secretariat);
    expect(res.statusCode, res.body).toBe(201);
    consultationId = res.json().id;
    const detail = (await secretariat.get(`/api/consultations/${consultationId}`)).json();
    // EU 12 March: agenda closes 10 working days before (26 February); the cluster forum's
    // latest meeting by then is 24 February, whose agenda closes 10 February.
    expect(
      detail.steps.map((s: { forumId: string; meetingDate: string; deadline: string }) => [
        s.forumId,
        s.meetingDate,
        s.deadline,
      ]),
    ).toEqual([
      [org.fora.klyngeNord, '2026-02-24', '2026-02-10'],
      [org.fora.eu, '2026-03-12', '2026-02-26'],
    ]);
    expect(detail).toMatchObject({
      contributionDeadline: '2026-02-10',
      contributionsOpen: true,
      status: 'draft',
      mayManage: true,
    });
    expect(detail.parties).toHaveLength(4);
  });

  it('refuses fora or parties of another collaboration, and a forum twice', async () => {
    const twice = await create(secretariat, { reviewForumIds: [org.fora.klyngeNord] });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().detail).toBe('Et forum må kun optræde én gang i rækkefølgen.');
    const other = await buildOrganisation(ctx, {
      name: 'Andet samarbejde',
      regionName: 'Region Andet',
    });
    const foreign = await create(secretariat, { reviewForumIds: [other.fora.eu] });
    expect(foreign.statusCode).toBe(422);
  });

  it('refuses a member (403)', async () => {
    expect((await create(contact.aarhus)).statusCode).toBe(403);
  });
});

describe('documents', () => {
  it('stores a document in the database and refuses a disguised one', async () => {
    const file = multipartFile('udkast.pdf', PDF, 'application/pdf');
    const res = await secretariat.request(
      'POST',
      `/api/consultations/${consultationId}/documents`,
      {
        payload: file.payload,
        headers: file.headers,
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const back = await secretariat.get(
      `/api/consultations/${consultationId}/documents/${res.json().id}`,
    );
    expect(back.statusCode).toBe(200);
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(back.rawPayload).equals(PDF)).toBe(true);
    const fake = multipartFile('virus.pdf', Buffer.from('MZ not a pdf'), 'application/pdf');
    const refused = await secretariat.request(
      'POST',
      `/api/consultations/${consultationId}/documents`,
      {
        payload: fake.payload,
        headers: fake.headers,
      },
    );
    expect(refused.statusCode).toBe(415);
  });
});

describe('contributions', () => {
  it('lets a municipality’s contact write its own party’s contribution until the deadline', async () => {
    const url = `/api/consultations/${consultationId}/parties/${party.aarhus}/contribution`;
    const res = await contact.aarhus.put(url, {
      text: 'Aarhus foreslår et afsnit om sårbare borgere.',
    });
    expect(res.statusCode, res.body).toBe(204);
    const detail = (await contact.aarhus.get(`/api/consultations/${consultationId}`)).json();
    const mine = detail.parties.find((p: { partyId: string }) => p.partyId === party.aarhus);
    expect(mine).toMatchObject({
      contribution: 'Aarhus foreslår et afsnit om sårbare borgere.',
      mayEdit: true,
    });
    expect(detail.parties.find((p: { partyId: string }) => p.partyId === party.odder).mayEdit).toBe(
      false,
    );
    expect(detail.mayManage).toBe(false);
  });

  it('refuses a contact editing another party’s contribution (403)', async () => {
    const res = await contact.aarhus.put(
      `/api/consultations/${consultationId}/parties/${party.odder}/contribution`,
      { text: 'Ikke min kommune' },
    );
    expect(res.statusCode).toBe(403);
  });

  it('refuses a member of the drafting forum who does not act for the party (403)', async () => {
    const res = await org.members.klyngeNord.client.put(
      `/api/consultations/${consultationId}/parties/${party.aarhus}/contribution`,
      { text: 'Fra et medlem af klyngeforummet' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toBe(
      'Du kan kun ændre bidrag og stillingtagen for den kommune eller part, du handler for.',
    );
  });

  it('refuses a late contribution with a Danish message naming the deadline', async () => {
    now = new Date('2026-02-11T08:00:00Z');
    const res = await contact.odder.put(
      `/api/consultations/${consultationId}/parties/${party.odder}/contribution`,
      { text: 'For sent' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toContain('Fristen for bidrag var 10. februar 2026');
    expect(res.json().en.detail).toContain('10 February 2026');
    const detail = (await contact.odder.get(`/api/consultations/${consultationId}`)).json();
    expect(detail.contributionsOpen).toBe(false);
  });
});

describe('the draft: comments, versions and the diff', () => {
  it('saves versions (who, when) and diffs any two word by word', async () => {
    const url = `/api/consultations/${consultationId}/versions`;
    const first = await secretariat.post(url, { text: 'Klyngen støtter anbefalingerne.' });
    expect(first.json()).toEqual({ number: 1 });
    const second = await secretariat.post(url, {
      text: 'Klyngen støtter overordnet anbefalingerne.\n\nDer bør afsættes midler.',
    });
    expect(second.json()).toEqual({ number: 2 });
    const diff = (
      await secretariat.get(`/api/consultations/${consultationId}/diff?from=1&to=2`)
    ).json();
    expect(diff.segments).toContainEqual({ kind: 'inserted', text: 'overordnet ' });
    const back = (
      await secretariat.get(`/api/consultations/${consultationId}/diff?from=2&to=1`)
    ).json();
    expect(back.segments).toContainEqual({ kind: 'deleted', text: 'overordnet ' });
    const missing = await secretariat.get(`/api/consultations/${consultationId}/diff?from=1&to=9`);
    expect(missing.statusCode).toBe(404);
    const detail = (await secretariat.get(`/api/consultations/${consultationId}`)).json();
    expect(
      detail.versions.map((v: { number: number; savedBy: string }) => [v.number, v.savedBy]),
    ).toEqual([
      [2, 'Klyngesekretær'],
      [1, 'Klyngesekretær'],
    ]);
    expect(detail.currentVersion).toBe(2);
  });

  it('refuses a member saving a version (403) and takes their comment', async () => {
    expect(
      (await contact.aarhus.post(`/api/consultations/${consultationId}/versions`, { text: 'x' }))
        .statusCode,
    ).toBe(403);
    const res = await contact.aarhus.post(`/api/consultations/${consultationId}/comments`, {
      body: 'Godt udkast.',
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('positions and the consolidated response (acceptance)', () => {
  const position = (who: keyof typeof party, body: Record<string, unknown>) =>
    contact[who].put(`/api/consultations/${consultationId}/parties/${party[who]}/position`, body);

  it('takes co-signatures and a dissent; a dissent needs its text', async () => {
    expect((await position('samso', { position: 'dissent' })).statusCode).toBe(422);
    expect((await position('aarhus', { position: 'cosign' })).statusCode).toBe(204);
    expect((await position('odder', { position: 'cosign' })).statusCode).toBe(204);
    expect(
      (await position('samso', { position: 'dissent', dissentText: DISSENT })).statusCode,
    ).toBe(204);
  });

  it('lists exactly the two co-signers and the dissent with its text in the DOCX and the PDF', async () => {
    const docx = await secretariat.get(`/api/consultations/${consultationId}/response.docx`);
    expect(docx.statusCode).toBe(200);
    const pdf = await secretariat.get(`/api/consultations/${consultationId}/response.pdf`);
    expect(pdf.statusCode).toBe(200);
    const texts = {
      docx: docxText(Buffer.from(docx.rawPayload)),
      pdf: (await pdfFacts(Buffer.from(pdf.rawPayload))).text,
    };
    for (const [format, text] of Object.entries(texts)) {
      const lines = text
        .split('\n')
        .map((l) => l.replace(/^[•\s]+/, '').trim())
        .filter(Boolean);
      const at = (heading: string) => lines.indexOf(heading);
      const signers = lines.slice(at('Tiltrædes af') + 1, at('Mindretalsudtalelser'));
      expect(signers, format).toEqual(['Aarhus Kommune', 'Odder Kommune']);
      expect(lines.slice(at('Mindretalsudtalelser') + 1), format).toEqual([
        'Mindretalsudtalelse fra Samsø Kommune',
        DISSENT,
        ...(format === 'pdf' ? lines.slice(at(DISSENT) + 1) : []),
      ]);
      expect(text, format).not.toContain('Favrskov');
      expect(text, format).not.toContain('Undlader');
      expect(text, format).toContain('Sundhedsstyrelsen');
      expect(text, format).toContain('Der bør afsættes midler.');
    }
    // Only the footer may follow the dissent in the PDF.
    const pdfLines = texts.pdf
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(
      pdfLines
        .slice(pdfLines.indexOf(DISSENT) + 1)
        .every((l) => l.startsWith('Fælles høringssvar')),
    ).toBe(true);
  });
});

describe('sending and the archive', () => {
  it('marks it sent, freezes it and lists it in the archive', async () => {
    const sent = await secretariat.post(`/api/consultations/${consultationId}/send`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', sentOn: '2026-02-11', mayManage: false });
    const late = await contact.favrskov.put(
      `/api/consultations/${consultationId}/parties/${party.favrskov}/position`,
      { position: 'abstain' },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe(
      'Høringssvaret er afsendt 11. februar 2026 og kan ikke længere ændres.',
    );
    const archive = await secretariat.get(
      '/api/consultations?status=sent&year=2026&sender=sundheds',
    );
    expect(archive.json()).toMatchObject({
      total: 1,
      items: [{ id: consultationId, status: 'sent' }],
    });
    const none = await secretariat.get('/api/consultations?status=sent&year=2025');
    expect(none.json()).toEqual({ items: [], total: 0 });
  });

  it('gives newsletters the sent public responses only', async () => {
    const hidden = await create(secretariat, { title: 'Intern høring', isPublic: false });
    const hiddenId = hidden.json().id;
    await secretariat.post(`/api/consultations/${hiddenId}/versions`, { text: 'Svar' });
    await secretariat.post(`/api/consultations/${hiddenId}/send`, { sentOn: '2026-02-12' });
    const draft = await create(secretariat, { title: 'Ikke afsendt' });
    expect(draft.statusCode).toBe(201);
    const found = await sentConsultationResponses(ctx.database.db, {
      collaborationId: org.collaborationId,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(found.map((f) => f.id)).toEqual([consultationId]);
    expect(found[0]).toMatchObject({
      signatories: ['Aarhus Kommune', 'Odder Kommune'],
      dissents: [{ partyName: 'Samsø Kommune', text: DISSENT }],
    });
    // A newsletter for the period is pre-filled with the public response, never the others.
    const letter = await secretariat.post('/api/newsletters', {
      collaborationId: org.collaborationId,
      title: 'Nyt fra klyngen',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    expect(letter.statusCode, letter.body).toBe(201);
    const items = (
      letter.json() as { content: { sections: { items: { title: string; text: string }[] }[] } }
    ).content.sections.flatMap((section) => section.items);
    const response = items.filter((i) => i.title === found[0]?.title);
    expect(response).toHaveLength(1);
    expect(response[0]?.text).toContain('Tiltrådt af: Aarhus Kommune, Odder Kommune.');
    expect(response[0]?.text).toContain('Mindretalsudtalelser fra: Samsø Kommune.');
    expect(items.some((i) => i.title === 'Ikke afsendt')).toBe(false);
  });
});

describe('search', () => {
  it('finds consultations by Danish full text, compound words included', async () => {
    const res = await contact.favrskov.get('/api/search?q=forebyggelse&types=consultation');
    expect(res.statusCode, res.body).toBe(200);
    const hits = res.json().hits as { type: string; id: string; link: string }[];
    expect(hits.map((h) => h.id)).toContain(consultationId);
    expect(hits.every((h) => h.type === 'consultation')).toBe(true);
    expect(hits.find((h) => h.id === consultationId)?.link).toBe(
      `/consultations/${consultationId}`,
    );
    const inflected = await secretariat.get('/api/search?q=midlerne&types=consultation');
    expect(inflected.json().hits.map((h: { id: string }) => h.id)).toContain(consultationId);
  });
});
