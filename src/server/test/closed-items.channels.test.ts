/**
 * Acceptance 3 of issue 4: a closed item's text is absent for a non-member in EVERY channel,
 * one test per channel, so a regression in any one of them fails here:
 * API (agenda list, case detail and list, meeting detail), search, DOCX, PDF, ICS (forum feed,
 * person feed, single meeting) and e-mail. Where a channel shows item content at all, the forum's
 * members (member, secretary, substitute) must see it, which proves the test looks in the
 * right place. ICS and e-mail never carry item content, for anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type OrgFixture } from './cases-fixtures';
import {
  buildClosedItemMeeting,
  decide,
  publish,
  SECRET,
  SECRETS,
  type ClosedItemMeeting,
} from './closed-item-fixture';
import { docxText, pdfFacts } from './extract-text';
import { startTestJobs, waitFor } from './jobs';
import { startTestSmtp, type TestSmtp } from './smtp';
import { createTestContext, type TestClient, type TestContext } from './test-app';

let smtp: TestSmtp;
let ctx: TestContext;
let org: OrgFixture;
let meeting: ClosedItemMeeting;
let outsiders: [string, TestClient][];
let insiders: [string, TestClient][];

/** The secrets a member sees in a document or the API (all of them, once decided). */
const ALL = SECRETS;

function absent(text: string, who: string, channel: string): void {
  for (const s of SECRETS) expect(text.includes(s), `${channel}: ${who} saw ${s}`).toBe(false);
}

function present(text: string, who: string, channel: string, secrets = ALL): void {
  for (const s of secrets) expect(text.includes(s), `${channel}: ${who} missed ${s}`).toBe(true);
}

async function get(client: TestClient, url: string) {
  const res = await client.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  return res;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://samspil.example.dk' });
  await startTestJobs(ctx);
  org = await buildOrganisation(ctx);
  const sec = await ctx.loginAs('secretariat', 'Sekretariat uden plads');
  meeting = await buildClosedItemMeeting(org, sec);
  await publish(org, meeting);
  await decide(org, meeting);
  outsiders = [
    ['reader', await ctx.loginAs('reader')],
    ['secretariat without a seat', sec],
    ['admin', await ctx.loginAs('admin')],
    ['TSS member', org.members.tss.client],
    ['member of the raising cluster', org.members.klyngeNord.client],
  ];
  insiders = [
    ['SSU member', org.members.ssu.client],
    ['SSU secretary', org.ssuSecretary.client],
    ['SSU member’s substitute', org.ssuSubstitute.client],
  ];
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('a closed item’s text, channel by channel', () => {
  it('API: agenda list, case detail and list, meeting detail', async () => {
    const { meetingId, caseId } = meeting;
    const urls = [
      `/api/agendas/${meetingId}`,
      `/api/cases/${caseId}`,
      `/api/cases?forumId=${org.fora.ssu}`,
      `/api/meetings/${meetingId}`,
    ];
    for (const [who, client] of outsiders) {
      for (const url of urls) absent((await get(client, url)).body, who, url);
    }
    for (const [who, client] of insiders) {
      present((await get(client, urls[0] as string)).body, who, 'agenda');
      present((await get(client, urls[1] as string)).body, who, 'case', [SECRET.decision]);
    }
  });

  it('search: no hit and no snippet for non-members, found by members', async () => {
    for (const secret of SECRETS) {
      const url = `/api/search?q=${encodeURIComponent(secret)}`;
      for (const [who, client] of outsiders) {
        const res = await get(client, url);
        expect(res.json().hits, `${who}: ${secret}`).toEqual([]);
      }
      for (const [who, client] of insiders) {
        const res = await get(client, url);
        expect(res.json().hits.length, `${who}: ${secret}`).toBeGreaterThan(0);
      }
    }
  });

  it('DOCX: agenda and minutes', async () => {
    for (const kind of ['agenda', 'minutes']) {
      const url = `/api/meetings/${meeting.meetingId}/${kind}.docx`;
      for (const [who, client] of outsiders)
        absent(docxText((await get(client, url)).rawPayload), who, url);
      for (const [who, client] of insiders) {
        const text = docxText((await get(client, url)).rawPayload);
        present(text, who, url, [SECRET.title, SECRET.body, SECRET.recommendation, SECRET.free]);
        if (kind === 'minutes') present(text, who, url, [SECRET.decision, SECRET.freeDecision]);
      }
    }
  });

  it('PDF: agenda and minutes', async () => {
    for (const kind of ['agenda', 'minutes']) {
      const url = `/api/meetings/${meeting.meetingId}/${kind}.pdf`;
      for (const [who, client] of outsiders) {
        const res = await get(client, url);
        absent((await pdfFacts(res.rawPayload)).text, who, url);
        absent(res.rawPayload.toString('latin1'), who, `${url} (bytes)`);
      }
      const [who, client] = insiders[0] as [string, TestClient];
      const text = (await pdfFacts((await get(client, url)).rawPayload)).text;
      present(text, who, url, [SECRET.title, SECRET.free]);
    }
  });

  it('ICS: forum feed, person feed and the single meeting', async () => {
    const urls = [
      `/api/meetings/forum/${org.fora.ssu}.ics`,
      `/api/meetings/person/${org.members.ssu.personId}.ics`,
      `/api/meetings/${meeting.meetingId}.ics`,
    ];
    for (const [who, client] of [...outsiders, ...insiders]) {
      for (const url of urls) {
        const res = await get(client, url);
        expect(res.body, url).toContain('BEGIN:VEVENT');
        absent(res.body.replace(/\r\n[ \t]/g, ''), who, url);
      }
    }
  });

  it('e-mail: the agenda, minutes and case notifications carry a link and no closed text', async () => {
    await org.ssuSecretary.client.post(`/api/agendas/${meeting.meetingId}/minutes/send`, {});
    const mails = await waitFor(() => {
      const subjects = smtp.messages.map((m) => m.subject);
      const done =
        subjects.some((s) => s.startsWith('Dagsorden udsendt')) &&
        subjects.some((s) => s.startsWith('Referat til godkendelse')) &&
        subjects.some((s) => s.startsWith('Endelig beslutning'));
      return done ? smtp.messages : undefined;
    });
    for (const mail of mails) {
      const who = mail.to.join(', ');
      absent(mail.subject, who, 'e-mail subject');
      absent(mail.text, who, 'e-mail');
      absent(mail.raw, who, 'raw e-mail');
      expect(mail.text).toMatch(/https:\/\/samspil\.example\.dk\/(meetings|cases)\//);
    }
  });
});
