/**
 * Issue 12: a reorganisation carries a forum's OPEN return steps (decisions that came back and
 * still await it) to its successor, like pending steps; noted ones stay where they were noted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, VisibleCase } from '../../../shared/cases.contract';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { carryOverForumCases } from './carry-over';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
});
afterAll(() => ctx.close());

function visible(c: CaseDetail): VisibleCase {
  if (c.redacted) throw new Error('expected a visible case');
  return c;
}

const getCase = async (id: string) => visible((await sec.get(`/api/cases/${id}`)).json());
const back = (c: VisibleCase) => c.steps.filter((s) => s.origin === 'trail');

describe('carry-over of return steps (issue 12)', () => {
  it('moves an open return step to the successor and leaves a noted one', async () => {
    const route = (['klyngeNord', 'eu', 'tss'] as const).map((f) => org.fora[f]);
    const raised = await sec.post('/api/cases', {
      collaborationId: org.collaborationId,
      title: 'Fælles udskrivningsforløb',
      summary: '',
      type: 'decision',
      raisedInForumId: org.fora.klyngeNord,
      route,
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const id = visible(raised.json().case as CaseDetail).id;
    for (const forum of ['klyngeNord', 'eu', 'tss'] as const) {
      const c = await getCase(id);
      const meetingId = await createMeeting(sec, org, forum, daysFromToday(0));
      const stepId = c.currentStepId as string;
      const placed = await sec.post(`/api/agendas/${meetingId}/items`, {
        kind: 'case',
        caseId: id,
        stepId,
      });
      expect(placed.statusCode, placed.body).toBe(201);
      const decided = await sec.post(`/api/cases/${id}/steps/${stepId}/decision`, {
        text: `Besluttet i ${forum}`,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    const decided = await getCase(id);
    expect(back(decided).map((s) => s.forumId)).toEqual([org.fora.eu, org.fora.klyngeNord]);
    const cluster = back(decided).find((s) => s.forumId === org.fora.klyngeNord)!;
    expect((await sec.post(`/api/cases/${id}/steps/${cluster.id}/note`, {})).statusCode).toBe(200);

    const moved = await ctx.database.db.transaction((tx) =>
      carryOverForumCases(tx, {
        fromForumId: org.fora.eu,
        toForumId: org.fora.ssu,
        on: daysFromToday(1),
      }),
    );
    expect(moved).toEqual([id]);
    const noted = await ctx.database.db.transaction((tx) =>
      carryOverForumCases(tx, {
        fromForumId: org.fora.klyngeNord,
        toForumId: org.fora.klyngeSyd,
        on: daysFromToday(1),
      }),
    );
    expect(noted).toEqual([]);
    const after = await getCase(id);
    expect(after.status).toBe('decided');
    expect(back(after).map((s) => [s.forumId, s.status])).toEqual([
      [org.fora.ssu, 'toNote'],
      [org.fora.klyngeNord, 'noted'],
    ]);
    // The successor sees the decision it inherited in its returned list.
    const list = (await sec.get(`/api/cases/returned?forumId=${org.fora.ssu}`)).json();
    expect(list.items.map((i: { case: { id: string } }) => i.case.id)).toEqual([id]);
    expect(list.items[0].steps.map((s: { status: string }) => s.status)).toEqual(['toNote']);
  });
});
