/**
 * Demo content for joint funding applications and charters (issue 13), dated from the day the
 * demo is made for: in the collaboration with most clusters that day, a pool, a submitted
 * application of one cluster's forum with an overdue and a coming reporting obligation, the
 * cluster forum's charter, and a request for charters (from the officials' committee when there
 * is one) that this cluster has delivered. Written through the modules' use cases (audited as
 * the system); skipped when no collaboration has clusters that day.
 */
import { and, desc, eq, gte, ilike, isNull, lte, or, sql } from 'drizzle-orm';
import { addDays } from '../../shared/dates';
import type { Database } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import { clusterMemberships, clusters, fora } from '../modules/organisation/index';
import {
  addObligation,
  clustersOn,
  createApplication,
  createPool,
  setApplicationStatus,
} from '../modules/funding/index';
import { createRequest, deliverCharter, saveCharter } from '../modules/charters/index';
import type { DemoOptions } from './demo';

export async function loadFundingDemo(database: Database, { today }: DemoOptions): Promise<void> {
  const db = database.db;
  const validToday = (t: typeof clusters | typeof fora | typeof clusterMemberships) =>
    and(lte(t.validFrom, today), or(isNull(t.validTo), gte(t.validTo, today)));
  const [busiest] = await db
    .select({ collaborationId: clusters.collaborationId, n: sql<number>`count(*)::int` })
    .from(clusters)
    .where(validToday(clusters))
    .groupBy(clusters.collaborationId)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  if (!busiest) return;
  const collaborationId = busiest.collaborationId;
  const cluster = (await clustersOn(db, collaborationId, today)).find((c) => c.fora.length > 0);
  if (!cluster) return;
  const members = await db
    .selectDistinct({ partyId: clusterMemberships.partyId })
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.clusterId, cluster.id), validToday(clusterMemberships)))
    .limit(2);
  const [lead, other] = members.map((m) => m.partyId);
  if (!lead) return;
  const forumId = cluster.fora[0]!.id;

  const pool = await createPool(db, SYSTEM_ACTOR, {
    collaborationId,
    owner: 'Sundhedsstyrelsen',
    title: 'Pulje til styrkelse af det nære sundhedsvæsen (demo)',
    amountOre: 12_000_000_00,
    deadline: addDays(today, 45),
    criteriaUrl: 'https://www.sst.dk/',
  });
  const shares = other
    ? [
        { partyId: lead, amountOre: 450_000_00 },
        { partyId: other, amountOre: 300_000_00 },
      ]
    : [{ partyId: lead, amountOre: 750_000_00 }];
  const applicationId = await createApplication(
    db,
    SYSTEM_ACTOR,
    {
      poolId: pool.id,
      ownerForumId: forumId,
      title: 'Fælles akutteam for ældre medicinske patienter (demo)',
      description: 'Klyngens kommuner og akuthospitalet søger sammen om et fælles akutteam.',
      leadPartyId: lead,
      totalBudgetOre: 750_000_00,
      shares,
      initiativeIds: [],
      pilotIds: [],
      ideaOn: addDays(today, -120),
    },
    today,
  );
  for (const [to, days] of [
    ['inPreparation', -90],
    ['submitted', -60],
  ] as const) {
    await setApplicationStatus(db, SYSTEM_ACTOR, applicationId, { to, on: addDays(today, days) });
  }
  await addObligation(db, SYSTEM_ACTOR, applicationId, {
    title: 'Statusnotat til puljeudbyderen',
    dueDate: addDays(today, -7),
  });
  await addObligation(db, SYSTEM_ACTOR, applicationId, {
    title: 'Slutrapport',
    dueDate: addDays(today, 300),
  });

  const version = await saveCharter(db, SYSTEM_ACTOR, forumId, {
    purpose: 'Klyngen skal styrke sammenhængen i borgernes forløb på tværs af sektorer.',
    mustTasks: ['Ansvar for den fælles population i klyngen', 'Udarbejde fælles høringssvar'],
    mayTasks: ['Fælles ansøgninger til puljer og/eller koordinering af ansøgninger'],
    composition: 'Sundhedschefer fra klyngens kommuner og akuthospitalet; 4 møder om året.',
    validFrom: addDays(today, -365),
  });
  const [committee] = await db
    .select({ id: fora.entityId })
    .from(fora)
    .where(
      and(
        eq(fora.collaborationId, collaborationId),
        validToday(fora),
        ilike(fora.name, '%embedsmand%'),
      ),
    )
    .limit(1);
  const requesting = committee?.id ?? forumId;
  const requestId = await createRequest(db, SYSTEM_ACTOR, {
    requestingForumId: requesting,
    title: 'Kommissorier og minimumskrav for klyngerne (demo)',
    asOf: today,
    deadline: addDays(today, 30),
    requirements: ['Formål beskrevet', 'Faste opgaver og forpligtelser', 'Mødefrekvens'],
  });
  await deliverCharter(
    db,
    SYSTEM_ACTOR,
    requestId,
    { forumId, versionId: version.id, deliveredOn: today },
    today,
  );
}
