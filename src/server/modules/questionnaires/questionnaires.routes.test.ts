/**
 * Questionnaires end to end on a fixed clock (issue 14 point 2, THE ACCEPTANCE): a questionnaire
 * sent to three municipalities and answered by two (one logged in, one through the personal link
 * without logging in) shows 2/3 answered; a revoked link gets a Danish 403, an expired one a
 * Danish 410; answers after the deadline are refused naming the deadline. Also: the party's
 * contact found from its office holders, per-question Danish errors, frozen once sent, results,
 * follow-up comparison, XLSX export, reminders by e-mail, and no token in clear in the audit log.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Comparison,
  QuestionnaireDetail,
  Results,
} from '../../../shared/questionnaires.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { createParty, createPerson, orgContext, startOfficeHolding } from '../organisation/index';
import { createMailer } from '../notifications/mailer';
import { sendReminders } from './questionnaires.service';

const PUBLIC_URL = 'https://samspil.example.dk';
let clock = new Date('2026-03-02T09:00:00Z');
const setDay = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

let smtp: TestSmtp;
let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let contactA: TestClient;
const party: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
const person: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

const SECTIONS = [
  {
    id: 'drift',
    title: 'Drift',
    questions: [
      {
        id: 'akutteam',
        kind: 'single',
        text: 'Har kommunen et akutteam?',
        options: ['Ja', 'Nej'],
        required: true,
      },
      { id: 'pladser', kind: 'number', text: 'Antal akutpladser', min: 0, unit: 'pladser' },
      { id: 'tilfreds', kind: 'scale', text: 'Tilfredshed', min: 1, max: 5 },
      { id: 'note', kind: 'text', text: 'Bemærkninger' },
    ],
  },
];

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function createAndSend(
  title: string,
  recipients: { personId?: string | null; partyId?: string | null }[],
  send: Record<string, unknown>,
) {
  const created = await sec.post('/api/questionnaires', {
    collaborationId: org.collaborationId,
    title,
    sections: SECTIONS,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as QuestionnaireDetail).id;
  const sent = await sec.post(`/api/questionnaires/${id}/send`, { ...send, recipients });
  expect(sent.statusCode, sent.body).toBe(200);
  return {
    id,
    links: (sent.json() as { links: { recipientId: string; personName: string; url: string }[] })
      .links,
  };
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL }, { now: () => clock });
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Fælles sekretariat');
  const o = orgContext(ctx.database.db);
  for (const [k, name] of [
    ['a', 'Albertslund Kommune'],
    ['b', 'Ballerup Kommune'],
    ['c', 'Brøndby Kommune'],
  ] as const) {
    const created = await createParty(o, SYSTEM_ACTOR, org.collaborationId, {
      kind: 'municipality',
      name,
      validFrom: '2025-01-01',
    } as never);
    party[k] = created.result.entityId;
  }
  contactA = await ctx.loginAs('member', 'Kontakt Albertslund');
  person.a = (
    await createPerson(o, SYSTEM_ACTOR, {
      name: 'Kontakt Albertslund',
      email: 'a@albertslund.test',
      userId: contactA.userId,
      fictional: true,
    } as never)
  ).id;
  person.b = (
    await createPerson(o, SYSTEM_ACTOR, {
      name: 'Sundhedschef Ballerup',
      email: 'b@ballerup.test',
      fictional: true,
    } as never)
  ).id;
  person.c = (
    await createPerson(o, SYSTEM_ACTOR, {
      name: 'Kontakt Brøndby',
      email: 'c@broendby.test',
      fictional: true,
    } as never)
  ).id;
  // Ballerup's contact is found from its office holders (the health manager).
  await startOfficeHolding(o, SYSTEM_ACTOR, {
    partyId: party.b,
    personId: person.b,
    office: 'healthManager',
    validFrom: '2025-01-01',
  } as never);
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('a questionnaire to three municipalities (THE ACCEPTANCE)', () => {
  let id = '';
  let links: { recipientId: string; personName: string; url: string }[] = [];

  it('is sent with personal links (mailed), the party contact found from its office holders', async () => {
    setDay('2026-03-02');
    ({ id, links } = await createAndSend(
      'Baseline 2026',
      [
        { partyId: party.a, personId: person.a },
        { partyId: party.b },
        { partyId: party.c, personId: person.c },
      ],
      { deadline: '2026-03-13' },
    ));
    expect(links.map((l) => l.personName).sort()).toEqual([
      'Kontakt Albertslund',
      'Kontakt Brøndby',
      'Sundhedschef Ballerup',
    ]);
    for (const l of links)
      expect(l.url).toMatch(
        /^https:\/\/samspil\.example\.dk\/questionnaires\/answer\/[A-Za-z0-9_-]{43}$/,
      );
    const detail = (await sec.get(`/api/questionnaires/${id}`)).json() as QuestionnaireDetail;
    expect(detail.status).toBe('sent');
    expect(detail.linkExpiresOn).toBe('2026-03-27');
    expect(detail.recipientList.map((r) => r.partyName).sort()).toEqual([
      'Albertslund Kommune',
      'Ballerup Kommune',
      'Brøndby Kommune',
    ]);
    await expect
      .poll(() => smtp.messages.filter((m) => m.subject === 'Spørgeskema: Baseline 2026').length)
      .toBe(3);
    const mailB = smtp.messages.find((m) => m.to.includes('b@ballerup.test'));
    expect(mailB?.text).toContain(links.find((l) => l.personName === 'Sundhedschef Ballerup')?.url);
  });

  it('is frozen once sent', async () => {
    const res = await sec.patch(`/api/questionnaires/${id}`, { title: 'Ændret' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('sendt');
  });

  it('is answered by the logged-in contact on a page (draft, Danish per-question errors, submit)', async () => {
    const mine = await contactA.get('/api/questionnaires/mine');
    expect(mine.statusCode, mine.body).toBe(200);
    const [item] = mine.json().items as { recipientId: string; title: string }[];
    expect(item?.title).toBe('Baseline 2026');
    const path = `/api/questionnaires/responses/${item?.recipientId}`;
    const draft = await contactA.put(path, { answers: { pladser: 4 } });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await contactA.get(path)).json().answers).toEqual({ pladser: 4 });
    const bad = await contactA.post(`${path}/submit`, { answers: { pladser: -2, tilfreds: 9 } });
    expect(bad.statusCode).toBe(422);
    const errors = bad.json().errors as { path: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'answers.akutteam',
          message: 'Spørgsmålet skal besvares.',
          messageEn: expect.any(String),
        },
        expect.objectContaining({
          path: 'answers.pladser',
          message: 'Angiv et tal mellem 0 og –.',
        }),
        expect.objectContaining({
          path: 'answers.tilfreds',
          message: 'Angiv et tal mellem 1 og 5.',
        }),
      ]),
    );
    const ok = await contactA.post(`${path}/submit`, {
      answers: { akutteam: 'Ja', pladser: 4, tilfreds: 4, note: 'Godt samarbejde' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // Someone else's response is not revealed.
    const other = await sec.get(`/api/questionnaires/responses/${item?.recipientId}`);
    expect(other.statusCode).toBe(404);
  });

  it('is answered through the personal link without logging in', async () => {
    const link = links.find((l) => l.personName === 'Sundhedschef Ballerup')!;
    const anon = ctx.anonymous();
    const form = await anon.get(`/api/questionnaires/answer/${tokenOf(link.url)}`);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ title: 'Baseline 2026', deadline: '2026-03-13' });
    const ok = await anon.post(`/api/questionnaires/answer/${tokenOf(link.url)}/submit`, {
      answers: { akutteam: 'Nej', pladser: 10, tilfreds: 2 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await anon.post(`/api/questionnaires/answer/${tokenOf(link.url)}/submit`, {
      answers: { akutteam: 'Nej' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('shows 2/3 answered, with results per question', async () => {
    const list = await sec.get(`/api/questionnaires?collaborationId=${org.collaborationId}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id, recipients: 3, answered: 2 });
    const results = (await sec.get(`/api/questionnaires/${id}/results`)).json() as Results;
    expect(results).toMatchObject({ recipients: 3, answered: 2 });
    const by = new Map(results.questions.map((q) => [q.questionId, q]));
    expect(by.get('akutteam')?.counts).toEqual([
      { label: 'Ja', count: 1, percent: 50 },
      { label: 'Nej', count: 1, percent: 50 },
    ]);
    expect(by.get('pladser')?.stats).toEqual({ min: 4, max: 10, mean: 7, median: 7 });
    expect(by.get('note')?.texts).toEqual(['Godt samarbejde']);
    const detail = (await sec.get(`/api/questionnaires/${id}`)).json() as QuestionnaireDetail;
    expect(
      detail.recipientList
        .filter((r) => r.submittedAt)
        .map((r) => r.partyName)
        .sort(),
    ).toEqual(['Albertslund Kommune', 'Ballerup Kommune']);
  });

  it('exports XLSX: one row per recipient, one column per question, a sheet per question', async () => {
    const res = await sec.get(`/api/questionnaires/${id}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Har kommunen et akutteam?', 'Antal akutpladser']),
    );
    expect(book.worksheets.length).toBe(1 + 4);
  });

  it('refuses a revoked link with a Danish 403, and keeps the token out of the audit log', async () => {
    const link = links.find((l) => l.personName === 'Kontakt Brøndby')!;
    const revoked = await sec.post(
      `/api/questionnaires/${id}/recipients/${link.recipientId}/revoke`,
    );
    expect(revoked.statusCode, revoked.body).toBe(200);
    const res = await ctx.anonymous().get(`/api/questionnaires/answer/${tokenOf(link.url)}`);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe('Linket er tilbagekaldt af sekretariatet.');
    const put = await ctx
      .anonymous()
      .put(`/api/questionnaires/answer/${tokenOf(link.url)}`, { answers: {} });
    expect(put.statusCode).toBe(403);
    const audit = await ctx.database.db.execute(
      sql`select row_to_json(a)::text as t from audit_log a`,
    );
    const text = JSON.stringify(audit);
    for (const l of links) expect(text).not.toContain(tokenOf(l.url));
  });

  it('an unknown link reveals nothing (404)', async () => {
    const res = await ctx.anonymous().get(`/api/questionnaires/answer/${'x'.repeat(43)}`);
    expect(res.statusCode).toBe(404);
  });
});

describe('deadline and expiry on a fixed clock', () => {
  let url = '';
  let id = '';

  it('sends with a link expiring two days after the deadline', async () => {
    setDay('2026-04-01');
    const sent = await createAndSend('Opfølgning på frist', [{ personId: person.c }], {
      deadline: '2026-04-10',
      linkExpiresOn: '2026-04-12',
    });
    id = sent.id;
    url = sent.links[0]!.url;
  });

  it('reminds the ones who have not answered, with a fresh link (the job on a reminder day)', async () => {
    setDay('2026-04-07');
    const before = smtp.messages.length;
    const reminded = await sendReminders(
      {
        db: ctx.database.db,
        config: ctx.config,
        jobs: null,
        mailer: createMailer(ctx.config.smtpUrl, ctx.config.mailFrom),
        now: () => clock,
        log: { warn: () => {} },
      },
      '2026-04-07',
      undefined,
    );
    expect(reminded).toBe(1);
    await expect.poll(() => smtp.messages.length).toBeGreaterThan(before);
    const mail = smtp.messages
      .slice(before)
      .find((m) => m.subject === 'Påmindelse: Opfølgning på frist');
    expect(mail?.text).toContain('2026-04-10');
    const fresh = /questionnaires\/answer\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect((await ctx.anonymous().get(`/api/questionnaires/answer/${fresh}`)).statusCode).toBe(200);
    url = `${PUBLIC_URL}/questionnaires/answer/${fresh}`;
    // Not twice the same day.
    expect(
      await sendReminders(
        {
          db: ctx.database.db,
          config: ctx.config,
          jobs: null,
          mailer: null,
          now: () => clock,
          log: { warn: () => {} },
        },
        '2026-04-07',
      ),
    ).toBe(0);
  });

  it('accepts a draft on the deadline day', async () => {
    setDay('2026-04-10');
    const res = await ctx.anonymous().put(`/api/questionnaires/answer/${tokenOf(url)}`, {
      answers: { akutteam: 'Ja' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses answers after the deadline (Danish 409 naming the deadline)', async () => {
    setDay('2026-04-11');
    const res = await ctx.anonymous().post(`/api/questionnaires/answer/${tokenOf(url)}/submit`, {
      answers: { akutteam: 'Ja' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Svarfristen var 2026-04-10. Der kan ikke længere svares.');
  });

  it('gives an expired link a Danish 410', async () => {
    setDay('2026-04-13');
    const res = await ctx.anonymous().get(`/api/questionnaires/answer/${tokenOf(url)}`);
    expect(res.statusCode).toBe(410);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe(
      'Linket udløb 2026-04-12. Kontakt sekretariatet for et nyt link.',
    );
    void id;
  });
});

describe('follow-up against the baseline, and KL baseline template', () => {
  it('copies the baseline questions and compares per party', async () => {
    setDay('2026-05-01');
    const base = await createAndSend(
      'Baseline sammenligning',
      [{ partyId: party.a, personId: person.a }, { partyId: party.b }],
      { deadline: '2026-05-10' },
    );
    const answer = async (url: string, answers: Record<string, unknown>) => {
      const res = await ctx
        .anonymous()
        .post(`/api/questionnaires/answer/${tokenOf(url)}/submit`, { answers });
      expect(res.statusCode, res.body).toBe(200);
    };
    await answer(base.links.find((l) => l.personName === 'Kontakt Albertslund')!.url, {
      akutteam: 'Nej',
      pladser: 2,
    });
    await answer(base.links.find((l) => l.personName === 'Sundhedschef Ballerup')!.url, {
      akutteam: 'Ja',
      pladser: 5,
    });
    const fu = await sec.post(`/api/questionnaires/${base.id}/follow-up`);
    expect(fu.statusCode, fu.body).toBe(201);
    const follow = fu.json() as QuestionnaireDetail;
    expect(follow.baselineId).toBe(base.id);
    expect(follow.sections).toEqual(
      (await sec.get(`/api/questionnaires/${base.id}`)).json().sections,
    );
    const sent = await sec.post(`/api/questionnaires/${follow.id}/send`, {
      deadline: '2026-06-10',
      recipients: [{ partyId: party.a, personId: person.a }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await answer(sent.json().links[0].url, { akutteam: 'Ja', pladser: 2 });
    const cmp = (await sec.get(`/api/questionnaires/${follow.id}/comparison`)).json() as Comparison;
    expect(cmp.rows.map((r) => r.partyName)).toEqual(['Albertslund Kommune', 'Ballerup Kommune']);
    const albertslund = cmp.rows[0]!;
    expect(albertslund.cells[0]).toEqual({ baseline: 'Nej', followUp: 'Ja', changed: true });
    expect(albertslund.cells[1]).toEqual({ baseline: '2', followUp: '2', changed: false });
    expect(cmp.rows[1]!.cells[0]).toEqual({ baseline: 'Ja', followUp: '', changed: true });
  });

  it("creates KL's baseline from the template, linked to a process step, with its answer status", async () => {
    const processInstanceId = '00000000-0000-4000-8000-000000000001';
    const res = await sec.post('/api/questionnaires/from-template', {
      collaborationId: org.collaborationId,
      template: 'klBaseline',
      processInstanceId,
      processStepKey: 'administrativt-dialogmoede',
    });
    expect(res.statusCode, res.body).toBe(201);
    const q = res.json() as QuestionnaireDetail;
    expect(q.title).toContain('SKABELON');
    expect(q.sections.map((s) => s.title)).toEqual([
      'Forebyggelse af indlæggelser og sygepleje',
      'Kroniske sygdomme og rehabilitering',
      'Styring og opfølgning',
    ]);
    const sent = await sec.post(`/api/questionnaires/${q.id}/send`, {
      deadline: '2026-06-01',
      recipients: [{ partyId: party.a, personId: person.a }, { partyId: party.b }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const status = await contactA.get(`/api/questionnaires/process/${processInstanceId}`);
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json().items).toEqual([
      expect.objectContaining({
        questionnaireId: q.id,
        processStepKey: 'administrativt-dialogmoede',
        recipients: 2,
        answered: 0,
        missingParties: ['Albertslund Kommune', 'Ballerup Kommune'],
      }),
    ]);
  });

  it('refuses a party without a contact, naming the problem in Danish', async () => {
    const created = await sec.post('/api/questionnaires', {
      collaborationId: org.collaborationId,
      title: 'Uden kontakt',
      sections: SECTIONS,
    });
    const res = await sec.post(`/api/questionnaires/${created.json().id}/send`, {
      deadline: '2026-06-01',
      recipients: [{ partyId: party.c }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Vælg en person');
  });
});
