/**
 * The reform through its route (`POST /api/org/reorganisations`, the South Danish reform of
 * org-reform.routes.test.ts): a plan owned by Fyn's political cluster forum passes to
 * Sundhedsråd Fyn from the effective date; the reform's before/after counts still match.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../../shared/plans.contract';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import { findEntityIdByKey, importOrgFile } from '../organisation/index';
import { forumId, SOUTH, southSuccessor } from '../organisation/test/reform-fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

let secretariat: TestClient;
let south: string;
let fyn: string;
let planId: string;

beforeAll(async () => {
  await importOrgFile(db, SYSTEM_ACTOR, SOUTH, { dryRun: false });
  south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) as string;
  fyn = await forumId(db, south, 'politisk-fyn');
  secretariat = await ctx.loginAs('secretariat');
  const res = await secretariat.post('/api/plans', {
    collaborationId: south,
    ownerForumId: fyn,
    key: 'klyngeplan-fyn',
    kind: 'other',
    title: 'Klyngeplan Fyn',
    periodFrom: '2025-01-01',
    periodTo: '2028-12-31',
  });
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json().id;
});

describe('the reform route carries a plan over', () => {
  it('shows the old owner the day before and the successor from the effective date', async () => {
    const res = await secretariat.post('/api/org/reorganisations', {
      sourceCollaborationIds: [south],
      effectiveDate: '2027-01-01',
      successorYaml: southSuccessor(),
      acknowledgeBreaches: true,
      dryRun: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as ReformResult;
    for (const c of result.counts) expect(c.after, c.kind).toBe(c.before);
    const successor = await forumId(db, south, 'sundhedsraad-fyn');
    const asOf = async (day: string) =>
      ((await secretariat.get(`/api/plans/${planId}?asOf=${day}`)).json() as PlanDetail)
        .ownerForumId;
    expect(await asOf('2026-12-31')).toBe(fyn);
    expect(await asOf('2027-01-01')).toBe(successor);
  });
});
