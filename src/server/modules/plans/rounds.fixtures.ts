/** Test fixtures of the rounds module: municipalities in clusters, and a small plan. */
import type { Db } from '../../db/client';
import { SYSTEM_ACTOR } from '../../platform/audit';
import type { TestContext } from '../../test/test-app';
import { addClusterMembership, createParty, orgContext } from '../organisation/index';
import { planDegrees, planGoals, planInitiatives, planOwners, plans } from './plans.table';

const FROM = '2025-01-01';

/** The default scale with scores (ikke relevant is not counted). */
export const DEFAULT_TEST_SCALE = [
  { key: 'notRelevant', label: null, score: null },
  { key: 'notStarted', label: null, score: 0 },
  { key: 'planned', label: null, score: 20 },
  { key: 'inProgress', label: null, score: 40 },
  { key: 'partly', label: null, score: 70 },
  { key: 'full', label: null, score: 100 },
];

/** The seeded plan: two goals, three municipality-level initiatives and one cluster-level. */
export interface RoundsPlan {
  planId: string;
  goal: { g1: string; g2: string };
  init: { i1: string; i2: string; i3: string; i4: string };
}

/** A municipality of the collaboration, member of a cluster. */
export async function createMunicipality(
  ctx: TestContext,
  collaborationId: string,
  name: string,
  cluster: string,
): Promise<string> {
  const db = orgContext(ctx.database.db);
  const id = (
    await createParty(db, SYSTEM_ACTOR, collaborationId, {
      name,
      kind: 'municipality',
      validFrom: FROM,
      acknowledgeBreaches: true,
    })
  ).result.entityId;
  await addClusterMembership(db, SYSTEM_ACTOR, {
    clusterId: cluster,
    partyId: id,
    validFrom: FROM,
    acknowledgeBreaches: true,
  });
  return id;
}

/**
 * A plan owned by a forum, with every party's last values "planlagt" (recorded 2025-12-01) for
 * the three municipality-level initiatives.
 */
export async function seedRoundsPlan(
  db: Db,
  input: {
    collaborationId: string;
    ownerForumId: string;
    partyIds: string[];
    title: string;
    secretTitle: string;
  },
): Promise<RoundsPlan> {
  const [plan] = await db
    .insert(plans)
    .values({
      collaborationId: input.collaborationId,
      key: 'sa-2024',
      kind: 'healthAgreement',
      title: input.title,
      periodFrom: '2024-01-01',
      status: 'adopted',
      degreeScale: DEFAULT_TEST_SCALE,
    })
    .returning();
  const planId = plan?.id ?? '';
  await db
    .insert(planOwners)
    .values({ planId, forumId: input.ownerForumId, validFrom: '2024-01-01' });
  const g = await db
    .insert(planGoals)
    .values([
      { planId, level: 'goal', code: '1', title: 'Sammenhæng', validFrom: '2024-01-01' },
      { planId, level: 'goal', code: '2', title: 'Forebyggelse', validFrom: '2024-01-01' },
    ])
    .returning();
  const goal = { g1: g[0]?.id ?? '', g2: g[1]?.id ?? '' };
  const rows = await db
    .insert(planInitiatives)
    .values([
      {
        planId,
        goalId: goal.g1,
        number: '1',
        title: 'Udskrivning',
        level: 'municipality',
        position: 1,
        validFrom: '2024-01-01',
      },
      {
        planId,
        goalId: goal.g1,
        number: '2',
        title: input.secretTitle,
        level: 'municipality',
        position: 2,
        validFrom: '2024-01-01',
      },
      {
        planId,
        goalId: goal.g2,
        number: '3',
        title: 'Rygestop',
        level: 'municipality',
        position: 3,
        validFrom: '2024-01-01',
      },
      {
        planId,
        goalId: goal.g2,
        number: '4',
        title: 'Klyngeforløb',
        level: 'cluster',
        position: 4,
        validFrom: '2024-01-01',
      },
    ])
    .returning();
  const init = {
    i1: rows[0]?.id ?? '',
    i2: rows[1]?.id ?? '',
    i3: rows[2]?.id ?? '',
    i4: rows[3]?.id ?? '',
  };
  // Last values before the round: everything "planlagt".
  await db.insert(planDegrees).values(
    input.partyIds.flatMap((subjectId) =>
      [init.i1, init.i2, init.i3].map((initiativeId) => ({
        planId,
        initiativeId,
        subjectKind: 'party' as const,
        subjectId,
        degree: 'planned',
        comment: 'udgangspunkt',
        recordedOn: '2025-12-01',
      })),
    ),
  );
  return { planId, goal, init };
}
