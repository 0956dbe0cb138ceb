/**
 * Route-test fixtures of the plans module: the cases fixture's collaboration (fora, two clusters)
 * with two municipalities and the region as parties, and a plan owned by a forum.
 */
import { expect } from 'vitest';
import type { CreatePartyRequest } from '../../../../shared/organisation-requests.contract';
import type { PartyKind } from '../../../../shared/organisation.enums';
import { SYSTEM_ACTOR } from '../../../platform/audit';
import { buildOrganisation, type OrgFixture } from '../../../test/cases-fixtures';
import type { TestClient, TestContext } from '../../../test/test-app';
import { createParty, orgContext } from '../../organisation/index';

export interface PlanOrgFixture extends OrgFixture {
  parties: { a: string; b: string; region: string };
}

async function party(ctx: TestContext, collaborationId: string, name: string, kind: PartyKind) {
  const created = await createParty(orgContext(ctx.database.db), SYSTEM_ACTOR, collaborationId, {
    name,
    kind,
    validFrom: '2025-01-01',
  } as CreatePartyRequest);
  return created.result.entityId;
}

/** The cases fixture plus Kommune A, Kommune B and the region. */
export async function buildPlanOrganisation(
  ctx: TestContext,
  names?: { name: string; regionName: string },
): Promise<PlanOrgFixture> {
  const org = await buildOrganisation(ctx, names);
  const prefix = names?.name ?? 'Test';
  return {
    ...org,
    parties: {
      a: await party(ctx, org.collaborationId, `${prefix} Kommune A`, 'municipality'),
      b: await party(ctx, org.collaborationId, `${prefix} Kommune B`, 'municipality'),
      region: await party(ctx, org.collaborationId, names?.regionName ?? 'Region Test', 'region'),
    },
  };
}

/** Creates a plan (2025–2027) owned by `ownerForumId`; returns its id. */
export async function createPlan(
  client: TestClient,
  org: OrgFixture,
  ownerForumId: string,
  key = 'sundhedsaftale',
): Promise<string> {
  const res = await client.post('/api/plans', {
    collaborationId: org.collaborationId,
    ownerForumId,
    key,
    kind: 'healthAgreement',
    title: 'Sundhedsaftale 2025–2027',
    description: 'Fiktiv plan til test',
    periodFrom: '2025-01-01',
    periodTo: '2027-12-31',
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

/** A plan with one initiative per level (municipality: Kommune A only); their ids by level. */
export async function seedPlan(
  client: TestClient,
  org: PlanOrgFixture,
): Promise<{
  planId: string;
  initiatives: Record<'muni' | 'cluster' | 'region' | 'joint', string>;
}> {
  const planId = await createPlan(client, org, org.fora.ssu);
  const add = async (body: Record<string, unknown>) => {
    const res = await client.post(`/api/plans/${planId}/initiatives`, body);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  return {
    planId,
    initiatives: {
      muni: await add({
        number: '1',
        title: 'Opfølgende hjemmebesøg',
        level: 'municipality',
        participatingPartyIds: [org.parties.a],
      }),
      cluster: await add({ number: '2', title: 'Fælles akutteam', level: 'cluster' }),
      region: await add({ number: '3', title: 'Regional hotline', level: 'region' }),
      joint: await add({ number: '4', title: 'Fælles data', level: 'joint' }),
    },
  };
}
