/**
 * Questionnaires end to end on a fixed clock (issue 14 point 2, THE ACCEPTANCE): a questionnaire
 * sent to three municipalities and answered by two (one logged in, one through the personal link
 * without logging in) shows 2/3 answered; a revoked link gets a Danish 403, an expired one a
 * Danish 410; answers after the deadline are refused naming the deadline. Also: the party's
 * contact found from its office holders, per-question Danish errors, frozen once sent, results,
 * XLSX export, reminders by e-mail, and no token in clear in the audit log.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDetail, Results } from '../../../shared/questionnaires.contract';
import { createMailer } from '../notifications/index';
import { sendReminders } from './answers.service';
import { PUBLIC_URL, tokenOf, useSurvey, type Link } from './questionnaires.test-fixture';

const s = useSurvey();

describe('a questionnaire to three municipalities (THE ACCEPTANCE)', () => {
  let id = '';
  let links: Link[] = [];

  it('is sent with personal links (mailed), the party contact found from its office holders', async () => {
    s.setDay('2026-03-02');
    ({ id, links } = await s.createAndSend(
      'Baseline 2026',
      [
        { partyId: s.party.a, personId: s.person.a },
        { partyId: s.party.b },
        { partyId: s.party.c, personId: s.person.c },
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
    const detail = (await s.sec.get(`/api/questionnaires/${id}`)).json() as QuestionnaireDetail;
    expect(detail.status).toBe('sent');
    expect(detail.linkExpiresOn).toBe('2026-03-27');
    expect(detail.recipientList.map((r) => r.partyName).sort()).toEqual([
      'Albertslund Kommune',
      'Ballerup Kommune',
      'Brøndby Kommune',
    ]);
    await expect
      .poll(() => s.smtp.messages.filter((m) => m.subject === 'Spørgeskema: Baseline 2026').length)
      .toBe(3);
    const mailB = s.smtp.messages.find((m) => m.to.includes('b@ballerup.test'));
    expect(mailB?.text).toContain(links.find((l) => l.personName === 'Sundhedschef Ballerup')?.url);
  });

  it('is frozen once sent', async () => {
    const res = await s.sec.patch(`/api/questionnaires/${id}`, { title: 'Ændret' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('sendt');
  });

  it('is answered by the logged-in contact on a page (draft, Danish per-question errors, submit)', async () => {
    const mine = await s.contactA.get('/api/questionnaires/mine');
    expect(mine.statusCode, mine.body).toBe(200);
    const [item] = mine.json().items as { recipientId: string; title: string }[];
    expect(item?.title).toBe('Baseline 2026');
    const path = `/api/questionnaires/responses/${item?.recipientId}`;
    const draft = await s.contactA.put(path, { answers: { pladser: 4 } });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await s.contactA.get(path)).json().answers).toEqual({ pladser: 4 });
    const bad = await s.contactA.post(`${path}/submit`, { answers: { pladser: -2, tilfreds: 9 } });
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
    const ok = await s.contactA.post(`${path}/submit`, {
      answers: { akutteam: 'Ja', pladser: 4, tilfreds: 4, note: 'Godt samarbejde' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // Someone else's response is not revealed.
    const other = await s.sec.get(`/api/questionnaires/responses/${item?.recipientId}`);
    expect(other.statusCode).toBe(404);
  });

  it('is answered through the personal link without logging in', async () => {
    const link = links.find((l) => l.personName === 'Sundhedschef Ballerup')!;
    const anon = s.ctx.anonymous();
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
    const list = await s.sec.get(`/api/questionnaires?collaborationId=${s.org.collaborationId}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id, recipients: 3, answered: 2 });
    const results = (await s.sec.get(`/api/questionnaires/${id}/results`)).json() as Results;
    expect(results).toMatchObject({ recipients: 3, answered: 2 });
    const by = new Map(results.questions.map((q) => [q.questionId, q]));
    expect(by.get('akutteam')?.counts).toEqual([
      { label: 'Ja', count: 1, percent: 50 },
      { label: 'Nej', count: 1, percent: 50 },
    ]);
    expect(by.get('pladser')?.stats).toEqual({ min: 4, max: 10, mean: 7, median: 7 });
    expect(by.get('note')?.texts).toEqual(['Godt samarbejde']);
    const detail = (await s.sec.get(`/api/questionnaires/${id}`)).json() as QuestionnaireDetail;
    expect(
      detail.recipientList
        .filter((r) => r.submittedAt)
        .map((r) => r.partyName)
        .sort(),
    ).toEqual(['Albertslund Kommune', 'Ballerup Kommune']);
  });

  it('exports XLSX: one row per recipient, one column per question, a sheet per question', async () => {
    const res = await s.sec.get(`/api/questionnaires/${id}/export.xlsx`);
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
    const revoked = await s.sec.post(
      `/api/questionnaires/${id}/recipients/${link.recipientId}/revoke`,
    );
    expect(revoked.statusCode, revoked.body).toBe(200);
    const res = await s.ctx.anonymous().get(`/api/questionnaires/answer/${tokenOf(link.url)}`);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe('Linket er tilbagekaldt af sekretariatet.');
    const put = await s.ctx
      .anonymous()
      .put(`/api/questionnaires/answer/${tokenOf(link.url)}`, { answers: {} });
    expect(put.statusCode).toBe(403);
    const audit = await s.ctx.database.db.execute(
      sql`select row_to_json(a)::text as t from audit_log a`,
    );
    const text = JSON.stringify(audit);
    for (const l of links) expect(text).not.toContain(tokenOf(l.url));
  });

  it('an unknown link reveals nothing (404)', async () => {
    const res = await s.ctx.anonymous().get(`/api/questionnaires/answer/${'x'.repeat(43)}`);
    expect(res.statusCode).toBe(404);
  });
});

describe('deadline and expiry on a fixed clock', () => {
  let url = '';
  let id = '';

  it('sends with a link expiring two days after the deadline', async () => {
    s.setDay('2026-04-01');
    const sent = await s.createAndSend('Opfølgning på frist', [{ personId: s.person.c }], {
      deadline: '2026-04-10',
      linkExpiresOn: '2026-04-12',
    });
    id = sent.id;
    url = sent.links[0]!.url;
  });

  it('reminds the ones who have not answered, with a fresh link (the job on a reminder day)', async () => {
    s.setDay('2026-04-07');
    const before = s.smtp.messages.length;
    const reminded = await sendReminders(
      {
        db: s.ctx.database.db,
        config: s.ctx.config,
        jobs: null,
        mailer: createMailer(s.ctx.config.smtpUrl, s.ctx.config.mailFrom),
        now: s.now,
        log: { warn: () => {} },
      },
      '2026-04-07',
      undefined,
    );
    expect(reminded).toBe(1);
    await expect.poll(() => s.smtp.messages.length).toBeGreaterThan(before);
    const mail = s.smtp.messages
      .slice(before)
      .find((m) => m.subject === 'Påmindelse: Opfølgning på frist');
    expect(mail?.text).toContain('Svarfristen er 10. april 2026.');
    const fresh = /questionnaires\/answer\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect((await s.ctx.anonymous().get(`/api/questionnaires/answer/${fresh}`)).statusCode).toBe(
      200,
    );
    url = `${PUBLIC_URL}/questionnaires/answer/${fresh}`;
    // Not twice the same day.
    expect(
      await sendReminders(
        {
          db: s.ctx.database.db,
          config: s.ctx.config,
          jobs: null,
          mailer: null,
          now: s.now,
          log: { warn: () => {} },
        },
        '2026-04-07',
      ),
    ).toBe(0);
  });

  it('accepts a draft on the deadline day', async () => {
    s.setDay('2026-04-10');
    const res = await s.ctx.anonymous().put(`/api/questionnaires/answer/${tokenOf(url)}`, {
      answers: { akutteam: 'Ja' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses answers after the deadline (Danish 409 naming the deadline)', async () => {
    s.setDay('2026-04-11');
    const res = await s.ctx.anonymous().post(`/api/questionnaires/answer/${tokenOf(url)}/submit`, {
      answers: { akutteam: 'Ja' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Svarfristen var 10. april 2026. Der kan ikke længere svares.');
  });

  it('gives an expired link a Danish 410', async () => {
    s.setDay('2026-04-13');
    const res = await s.ctx.anonymous().get(`/api/questionnaires/answer/${tokenOf(url)}`);
    expect(res.statusCode).toBe(410);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe(
      'Linket udløb 12. april 2026. Kontakt sekretariatet for et nyt link.',
    );
    void id;
  });
});
