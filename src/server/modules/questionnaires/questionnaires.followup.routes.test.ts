/**
 * Questionnaires on a fixed clock: a follow-up copies its baseline's questions and is compared
 * per party; KL's baseline comes from its template linked to a process step, whose answer status
 * the process shows; a party without a contact is refused in Danish.
 */
import { describe, expect, it } from 'vitest';
import type { Comparison, QuestionnaireDetail } from '../../../shared/questionnaires.contract';
import { SECTIONS, tokenOf, useSurvey } from './questionnaires.test-fixture';

const s = useSurvey();

describe('follow-up against the baseline, and KL baseline template', () => {
  it('copies the baseline questions and compares per party', async () => {
    s.setDay('2026-05-01');
    const base = await s.createAndSend(
      'Baseline sammenligning',
      [{ partyId: s.party.a, personId: s.person.a }, { partyId: s.party.b }],
      { deadline: '2026-05-10' },
    );
    const answer = async (url: string, answers: Record<string, unknown>) => {
      const res = await s.ctx
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
    const fu = await s.sec.post(`/api/questionnaires/${base.id}/follow-up`);
    expect(fu.statusCode, fu.body).toBe(201);
    const follow = fu.json() as QuestionnaireDetail;
    expect(follow.baselineId).toBe(base.id);
    expect(follow.sections).toEqual(
      (await s.sec.get(`/api/questionnaires/${base.id}`)).json().sections,
    );
    const sent = await s.sec.post(`/api/questionnaires/${follow.id}/send`, {
      deadline: '2026-06-10',
      recipients: [{ partyId: s.party.a, personId: s.person.a }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await answer(sent.json().links[0].url, { akutteam: 'Ja', pladser: 2 });
    const cmp = (
      await s.sec.get(`/api/questionnaires/${follow.id}/comparison`)
    ).json() as Comparison;
    expect(cmp.rows.map((r) => r.partyName)).toEqual(['Albertslund Kommune', 'Ballerup Kommune']);
    const albertslund = cmp.rows[0]!;
    expect(albertslund.cells[0]).toEqual({ baseline: 'Nej', followUp: 'Ja', changed: true });
    expect(albertslund.cells[1]).toEqual({ baseline: '2', followUp: '2', changed: false });
    expect(cmp.rows[1]!.cells[0]).toEqual({ baseline: 'Ja', followUp: '', changed: true });
  });

  it("creates KL's baseline from the template, linked to a process step, with its answer status", async () => {
    const processInstanceId = '00000000-0000-4000-8000-000000000001';
    const res = await s.sec.post('/api/questionnaires/from-template', {
      collaborationId: s.org.collaborationId,
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
    const sent = await s.sec.post(`/api/questionnaires/${q.id}/send`, {
      deadline: '2026-06-01',
      recipients: [{ partyId: s.party.a, personId: s.person.a }, { partyId: s.party.b }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const status = await s.contactA.get(`/api/questionnaires/process/${processInstanceId}`);
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
    const created = await s.sec.post('/api/questionnaires', {
      collaborationId: s.org.collaborationId,
      title: 'Uden kontakt',
      sections: SECTIONS,
    });
    const res = await s.sec.post(`/api/questionnaires/${created.json().id}/send`, {
      deadline: '2026-06-01',
      recipients: [{ partyId: s.party.c }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Vælg en person');
  });
});
