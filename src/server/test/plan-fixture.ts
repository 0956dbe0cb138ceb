/** A plan with one of each of its parts, for the scope matrix (src/server/test/scope-matrix.test.ts). */
import type { Db } from '../db/client';
import {
  planGoals,
  planIndicators,
  planInitiatives,
  planLinks,
  planMilestones,
  planOwners,
  planRoundResponses,
  planRounds,
  plans,
} from '../db/schema';
import type { OrgFixture } from './cases-fixtures';

/** A plan of the Capital Region's collaboration with one of each of its parts. */
export async function planFixture(
  db: Db,
  org: OrgFixture,
  partyId: string,
): Promise<Record<string, string>> {
  const [plan] = await db
    .insert(plans)
    .values({
      collaborationId: org.collaborationId,
      key: 'sundhedsaftale',
      kind: 'healthAgreement',
      title: 'Sundhedsaftale (test)',
      periodFrom: '2024-01-01',
      periodTo: '2027-12-31',
      degreeScale: [
        { key: 'notStarted', label: null, score: 0 },
        { key: 'full', label: null, score: 100 },
      ],
    })
    .returning({ id: plans.id });
  const planId = plan!.id;
  await db.insert(planOwners).values({ planId, forumId: org.fora.ssu, validFrom: '2024-01-01' });
  const [goal] = await db
    .insert(planGoals)
    .values({ planId, level: 'goal', code: '1', title: 'Mål', validFrom: '2024-01-01' })
    .returning({ id: planGoals.id });
  const [initiative] = await db
    .insert(planInitiatives)
    .values({
      planId,
      goalId: goal!.id,
      number: '1',
      title: 'Indsats',
      level: 'municipality',
      validFrom: '2024-01-01',
    })
    .returning({ id: planInitiatives.id });
  const initiativeId = initiative!.id;
  const [milestone] = await db
    .insert(planMilestones)
    .values({ planId, initiativeId, title: 'Milepæl', dueDate: '2026-06-30' })
    .returning({ id: planMilestones.id });
  const [link] = await db
    .insert(planLinks)
    .values({ planId, initiativeId, kind: 'case', targetId: initiativeId })
    .returning({ id: planLinks.id });
  const [round] = await db
    .insert(planRounds)
    .values({
      planId,
      title: 'Runde',
      opensOn: '2026-01-01',
      deadline: '2026-02-01',
      initiativeIds: [initiativeId],
      partyIds: [partyId],
    })
    .returning({ id: planRounds.id });
  await db.insert(planRoundResponses).values({ roundId: round!.id, partyId });
  const [indicator] = await db
    .insert(planIndicators)
    .values({ planId, key: 'ind', name: 'Indikator', unit: 'antal', direction: 'higherIsBetter' })
    .returning({ id: planIndicators.id });
  return {
    plan: planId,
    planGoal: goal!.id,
    planInitiative: initiativeId,
    planMilestone: milestone!.id,
    planLink: link!.id,
    planRound: round!.id,
    planIndicator: indicator!.id,
  };
}
