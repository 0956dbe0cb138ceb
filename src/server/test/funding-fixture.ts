/**
 * A funding pool, application (with an obligation) and a charter request (with a delivery) of
 * the Capital Region's collaboration, for the scope matrix (src/server/test/scope-matrix.test.ts).
 */
import type { Db } from '../db/client';
import {
  charterDeliveries,
  charterRequests,
  charterVersions,
  fundingApplicationParties,
  fundingApplications,
  fundingObligations,
  fundingPools,
} from '../db/schema';
import type { OrgFixture } from './cases-fixtures';

export async function fundingFixture(
  db: Db,
  org: OrgFixture,
  partyId: string,
): Promise<Record<string, string>> {
  const collaborationId = org.collaborationId;
  const [pool] = await db
    .insert(fundingPools)
    .values({
      collaborationId,
      owner: 'Sundhedsstyrelsen',
      title: 'Pulje (test)',
      amountOre: 100_00,
      deadline: '2026-03-01',
      criteriaUrl: 'https://example.org/pulje',
    })
    .returning({ id: fundingPools.id });
  const [application] = await db
    .insert(fundingApplications)
    .values({
      collaborationId,
      poolId: pool!.id,
      ownerForumId: org.fora.ssu,
      title: 'Ansøgning (test)',
      leadPartyId: partyId,
      totalBudgetOre: 100_00,
      year: 2026,
      ideaOn: '2026-01-01',
    })
    .returning({ id: fundingApplications.id });
  await db
    .insert(fundingApplicationParties)
    .values({ applicationId: application!.id, partyId, amountOre: 100_00, position: 0 });
  const [obligation] = await db
    .insert(fundingObligations)
    .values({
      applicationId: application!.id,
      collaborationId,
      title: 'Rapport',
      dueDate: '2026-12-01',
    })
    .returning({ id: fundingObligations.id });
  const [version] = await db
    .insert(charterVersions)
    .values({
      forumId: org.fora.klyngeNord,
      version: 1,
      purpose: 'Formål',
      validFrom: '2025-01-01',
      savedByName: 'Test',
    })
    .returning({ id: charterVersions.id });
  const [request] = await db
    .insert(charterRequests)
    .values({
      collaborationId,
      requestingForumId: org.fora.ssu,
      title: 'Kommissorier (test)',
      asOf: '2025-06-01',
      deadline: '2025-09-01',
      requirements: ['Formål beskrevet'],
    })
    .returning({ id: charterRequests.id });
  const [delivery] = await db
    .insert(charterDeliveries)
    .values({
      requestId: request!.id,
      clusterId: org.clusters.nord,
      forumId: org.fora.klyngeNord,
      versionId: version!.id,
      deliveredOn: '2025-08-01',
      met: [null],
    })
    .returning({ id: charterDeliveries.id });
  return {
    fundingPool: pool!.id,
    fundingApplication: application!.id,
    fundingObligation: obligation!.id,
    charterRequest: request!.id,
    charterDelivery: delivery!.id,
  };
}
