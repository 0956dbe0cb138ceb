/**
 * A reorganisation (the organisation module's `reorganise`, as the reform routes run it) passes
 * a plan owned by an ended forum, and the initiatives it was responsible for, to the successor
 * from the effective date: the plan as of the day before shows the old owner, as of the
 * effective date the successor; the successor's secretariat-scoped users may then change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeDetail, PlanDetail } from '../../../shared/plans.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { orgContext, reorganise } from '../organisation/index';
import { buildPlanOrganisation, createPlan, type PlanOrgFixture } from './test/plans-fixtures';

let ctx: TestContext;
let org: PlanOrgFixture;
let sec: TestClient;
let planId: string;
let initiativeId: string;

const REFORM = '2026-07-01';

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildPlanOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  planId = await createPlan(sec, org, org.fora.tss);
  const res = await sec.post(`/api/plans/${planId}/initiatives`, {
    number: '1',
    title: 'Fælles forløb',
    level: 'joint',
    responsibleForumId: org.fora.tss,
  });
  expect(res.statusCode, res.body).toBe(201);
  initiativeId = (res.json() as InitiativeDetail).id;
});
afterAll(() => ctx.close());

const plan = async (asOf: string): Promise<PlanDetail> =>
  (await sec.get(`/api/plans/${planId}?asOf=${asOf}`)).json();

describe('reorganisation', () => {
  it('passes the plan to the successor from the effective date', async () => {
    const result = await reorganise(
      orgContext(ctx.database.db),
      SYSTEM_ACTOR,
      org.collaborationId,
      {
        effectiveDate: REFORM,
        mappings: [{ fromForumId: org.fora.tss, toForumIds: [org.fora.ssu] }],
      },
    );
    const report = result.carriedOver.find((r) => r.handler === 'plans');
    expect(report?.movedIds).toEqual([planId, initiativeId]);

    const before = await plan('2026-06-30');
    expect([before.ownerForumId, before.ownerForumName]).toEqual([
      org.fora.tss,
      'Tværsektorielt Strategisk Samarbejdsforum',
    ]);
    const after = await plan(REFORM);
    expect([after.ownerForumId, after.ownerForumName]).toEqual([
      org.fora.ssu,
      'Sundhedssamarbejdsudvalget',
    ]);
    expect(after.owners).toEqual([
      expect.objectContaining({
        forumId: org.fora.tss,
        validFrom: '2025-01-01',
        validTo: '2026-06-30',
      }),
      expect.objectContaining({ forumId: org.fora.ssu, validFrom: REFORM, validTo: null }),
    ]);
    const initiative = (
      await sec.get(`/api/plans/${planId}/initiatives/${initiativeId}?asOf=${REFORM}`)
    ).json() as InitiativeDetail;
    expect(initiative.responsibleForumId).toBe(org.fora.ssu);
  });

  it('lets a secretariat scoped to the successor change the plan', async () => {
    const scoped = await ctx.loginAs('secretariat', 'SSU-sekretariat', {
      scopes: [{ kind: 'forum', target: org.fora.ssu }],
    });
    const res = await scoped.patch(`/api/plans/${planId}`, { title: 'Sundhedsaftale (SSU)' });
    expect(res.statusCode, res.body).toBe(200);
  });
});
