/**
 * The questionnaire route tests' fixture: a fixed clock, a test SMTP server, the organisation with
 * three municipalities (Ballerup's contact is its health manager, an office holding), their
 * contacts (Albertslund's with an account) and the secretariat. `useSurvey()` registers the
 * set-up and tear-down and returns the handles, filled in once `beforeAll` has run.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { QuestionnaireDetail } from '../../../shared/questionnaires.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { createParty, createPerson, orgContext, startOfficeHolding } from '../organisation/index';

export const PUBLIC_URL = 'https://samspil.example.dk';
export type Link = { recipientId: string; personName: string; url: string };
export const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export interface Survey {
  smtp: TestSmtp;
  ctx: TestContext;
  org: OrgFixture;
  sec: TestClient;
  contactA: TestClient;
  party: Record<'a' | 'b' | 'c', string>;
  person: Record<'a' | 'b' | 'c', string>;
  now: () => Date;
  setDay: (day: string) => void;
  createAndSend: (
    title: string,
    recipients: { personId?: string | null; partyId?: string | null }[],
    send: Record<string, unknown>,
  ) => Promise<{ id: string; links: Link[] }>;
}

export const SECTIONS = [
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

export function useSurvey(): Survey {
  let clock = new Date('2026-03-02T09:00:00Z');
  const s = {
    party: { a: '', b: '', c: '' },
    person: { a: '', b: '', c: '' },
    now: () => clock,
    setDay: (day: string) => {
      clock = new Date(`${day}T09:00:00Z`);
    },
  } as Survey;
  s.createAndSend = async (title, recipients, send) => {
    const created = await s.sec.post('/api/questionnaires', {
      collaborationId: s.org.collaborationId,
      title,
      sections: SECTIONS,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as QuestionnaireDetail).id;
    const sent = await s.sec.post(`/api/questionnaires/${id}/send`, { ...send, recipients });
    expect(sent.statusCode, sent.body).toBe(200);
    return { id, links: (sent.json() as { links: Link[] }).links };
  };
  beforeAll(async () => {
    s.smtp = await startTestSmtp();
    s.ctx = await createTestContext({ SMTP_URL: s.smtp.url, PUBLIC_URL }, { clock: s.now });
    s.org = await buildOrganisation(s.ctx);
    s.sec = await s.ctx.loginAs('secretariat', 'Fælles sekretariat');
    const o = orgContext(s.ctx.database.db);
    for (const [k, name] of [
      ['a', 'Albertslund Kommune'],
      ['b', 'Ballerup Kommune'],
      ['c', 'Brøndby Kommune'],
    ] as const) {
      const created = await createParty(o, SYSTEM_ACTOR, s.org.collaborationId, {
        kind: 'municipality',
        name,
        validFrom: '2025-01-01',
      } as never);
      s.party[k] = created.result.entityId;
    }
    s.contactA = await s.ctx.loginAs('member', 'Kontakt Albertslund');
    s.person.a = (
      await createPerson(o, SYSTEM_ACTOR, {
        name: 'Kontakt Albertslund',
        email: 'a@albertslund.test',
        userId: s.contactA.userId,
        fictional: true,
      } as never)
    ).id;
    s.person.b = (
      await createPerson(o, SYSTEM_ACTOR, {
        name: 'Sundhedschef Ballerup',
        email: 'b@ballerup.test',
        fictional: true,
      } as never)
    ).id;
    s.person.c = (
      await createPerson(o, SYSTEM_ACTOR, {
        name: 'Kontakt Brøndby',
        email: 'c@broendby.test',
        fictional: true,
      } as never)
    ).id;
    // Ballerup's contact is found from its office holders (the health manager).
    await startOfficeHolding(o, SYSTEM_ACTOR, {
      partyId: s.party.b,
      personId: s.person.b,
      office: 'healthManager',
      validFrom: '2025-01-01',
    } as never);
  }, 120_000);

  afterAll(async () => {
    await s.ctx?.close();
    await s.smtp?.close();
  });
  return s;
}
