/**
 * A meeting of the SSU (fixture of cases-fixtures.ts) whose agenda mixes open and closed items,
 * for the output channels (documents, search, e-mail, ICS): every secret text is unique, so a
 * test can assert it is absent from a whole response, file or e-mail.
 *
 * Items, in order: 1 an open free item, 2 a case item closed with secret wording, 3 a closed
 * free item, 4 an open free decision item about the health agreement.
 */
import { expect } from 'vitest';
import type { Agenda } from '../../shared/agendas.contract';
import { createMeeting, daysFromToday, type OrgFixture } from './cases-fixtures';
import type { TestClient } from './test-app';

/** Secret texts of the closed items; none may reach a non-member through any channel. */
export const SECRET = {
  title: 'HEMMELIG-TITEL-4d1e',
  body: 'HEMMELIG-FREMSTILLING-4d1e',
  recommendation: 'HEMMELIG-INDSTILLING-4d1e',
  decision: 'HEMMELIG-BESLUTNING-4d1e',
  free: 'HEMMELIGT-PUNKT-4d1e',
  freeDecision: 'HEMMELIG-REFERATTEKST-4d1e',
} as const;

/** Every secret text. */
export const SECRETS: readonly string[] = Object.values(SECRET);

/** Open texts, with Danish letters, that every reader of the published agenda may see. */
export const OPEN = {
  caseTitle: 'Fælles indsats i sundhedsklyngerne på Ærø',
  first: 'Godkendelse af dagsorden – Æbleø og Åbenrå',
  last: 'Sundhedsaftalen 2024–2027: status på øget samarbejde',
  lastRecommendation: 'Det indstilles, at udvalget godkender sundhedsaftalens næste fase.',
  lastDecision: 'Godkendt. Sekretariatet følger op på økonomien i sundhedsklyngen.',
} as const;

/** The meeting and its items. */
export interface ClosedItemMeeting {
  meetingId: string;
  caseId: string;
  itemIds: [string, string, string, string];
}

async function addItem(client: TestClient, meetingId: string, body: object): Promise<string> {
  const res = await client.post(`/api/agendas/${meetingId}/items`, body);
  expect(res.statusCode, res.body).toBe(201);
  return ((res.json() as Agenda).items.at(-1)?.id ?? '') as string;
}

/** Creates the meeting and its four items (draft agenda; publish with {@link publish}). */
export async function buildClosedItemMeeting(
  org: OrgFixture,
  secretariat: TestClient,
): Promise<ClosedItemMeeting> {
  const ssuSec = org.ssuSecretary.client;
  const raised = await org.members.klyngeNord.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: OPEN.caseTitle,
    summary: 'Klyngerne vil styrke samarbejdet med almen praksis om borgere med KOL.',
    type: 'decision',
    raisedInForumId: org.fora.klyngeNord,
    route: [org.fora.ssu],
  });
  expect(raised.statusCode, raised.body).toBe(201);
  const caseId = raised.json().case.id as string;
  // Decisions need a held meeting (issue 11): the meeting is today.
  const meetingId = await createMeeting(secretariat, org, 'ssu', daysFromToday(0));
  const first = await addItem(ssuSec, meetingId, {
    kind: 'free',
    title: OPEN.first,
    type: 'information',
  });
  const caseItem = await addItem(ssuSec, meetingId, {
    kind: 'case',
    caseId,
    stepId: `${caseId}-1`,
  });
  const closing = await ssuSec.patch(`/api/agendas/${meetingId}/items/${caseItem}`, {
    closed: true,
    closedReason: 'Offentlighedsloven § 30, nr. 2',
    title: SECRET.title,
    body: SECRET.body,
    recommendation: SECRET.recommendation,
  });
  expect(closing.statusCode, closing.body).toBe(200);
  const free = await addItem(ssuSec, meetingId, {
    kind: 'free',
    title: SECRET.free,
    body: SECRET.free,
    type: 'discussion',
    closed: true,
    closedReason: 'Offentlighedsloven § 13',
  });
  const last = await addItem(ssuSec, meetingId, {
    kind: 'free',
    title: OPEN.last,
    body: 'Sagsfremstilling om sundhedsaftaler og klyngernes rolle.',
    type: 'decision',
  });
  const recommended = await ssuSec.patch(`/api/agendas/${meetingId}/items/${last}`, {
    recommendation: OPEN.lastRecommendation,
  });
  expect(recommended.statusCode, recommended.body).toBe(200);
  return { meetingId, caseId, itemIds: [first, caseItem, free, last] };
}

/** Publishes the agenda (by the SSU's secretary). */
export async function publish(org: OrgFixture, meeting: ClosedItemMeeting): Promise<void> {
  const res = await org.ssuSecretary.client.post(`/api/agendas/${meeting.meetingId}/publish`, {});
  expect(res.statusCode, res.body).toBe(200);
}

/** Records the decisions of the closed case item, the closed free item and the last item. */
export async function decide(org: OrgFixture, meeting: ClosedItemMeeting): Promise<void> {
  const [, caseItem, free, last] = meeting.itemIds;
  const decisions: [string, string][] = [
    [caseItem, SECRET.decision],
    [free, SECRET.freeDecision],
    [last, OPEN.lastDecision],
  ];
  for (const [itemId, text] of decisions) {
    const res = await org.ssuSecretary.client.post(
      `/api/agendas/${meeting.meetingId}/items/${itemId}/decision`,
      { text },
    );
    expect(res.statusCode, res.body).toBe(200);
  }
}
