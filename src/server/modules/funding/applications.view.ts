/**
 * Reads of joint funding applications: one application's detail, the paged and filtered list,
 * the overview per cluster and year (aggregated in SQL), and the overdue reporting obligations.
 */
import { and, asc, count, desc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { isEditable, isOverdue, NEXT_STATUSES } from '../../../domain/funding/index';
import type { IsoDate } from '../../../shared/dates';
import type {
  ApplicationDetail,
  ApplicationList,
  ApplicationListQuery,
  ApplicationSummary,
  Obligation,
  OverdueList,
  Overview,
} from '../../../shared/funding.contract';
import type { Db } from '../../db/client';
import { planInitiatives } from '../plans/index';
import { requireApplication, type ApplicationRow } from './applications.service';
import { clusterNames, namesOfFora, partyNames } from './funding.names';
import {
  fundingApplicationInitiatives,
  fundingApplicationParties,
  fundingApplicationPilots,
  fundingApplications,
  fundingObligations,
  fundingPools,
} from './funding.table';
import { requirePool } from './pools.service';

type PoolRow = typeof fundingPools.$inferSelect;

async function summaries(
  db: Db,
  rows: { app: ApplicationRow; pool: Pick<PoolRow, 'id' | 'title' | 'owner'> }[],
): Promise<ApplicationSummary[]> {
  const [fora, parties, clusters] = await Promise.all([
    namesOfFora(
      db,
      rows.map((r) => r.app.ownerForumId),
    ),
    partyNames(
      db,
      rows.map((r) => r.app.leadPartyId),
    ),
    clusterNames(
      db,
      rows.flatMap((r) => (r.app.clusterId ? [r.app.clusterId] : [])),
    ),
  ]);
  return rows.map(({ app, pool }) => ({
    id: app.id,
    collaborationId: app.collaborationId,
    title: app.title,
    status: app.status,
    pool: { id: pool.id, title: pool.title, owner: pool.owner },
    ownerForum: { id: app.ownerForumId, name: fora.get(app.ownerForumId) ?? '' },
    clusterId: app.clusterId,
    clusterName: app.clusterId ? (clusters.get(app.clusterId) ?? null) : null,
    leadParty: { id: app.leadPartyId, name: parties.get(app.leadPartyId) ?? '' },
    year: app.year,
    totalBudgetOre: app.totalBudgetOre,
    amountGrantedOre: app.amountGrantedOre,
    ideaOn: app.ideaOn,
    preparationOn: app.preparationOn,
    submittedOn: app.submittedOn,
    decidedOn: app.decidedOn,
  }));
}

const toObligation = (row: typeof fundingObligations.$inferSelect, on: IsoDate): Obligation => ({
  id: row.id,
  applicationId: row.applicationId,
  title: row.title,
  dueDate: row.dueDate,
  doneOn: row.doneOn,
  overdue: isOverdue(row, on),
});

export async function applicationDetail(
  db: Db,
  id: string,
  on: IsoDate,
): Promise<ApplicationDetail> {
  const app = await requireApplication(db, id);
  const pool = await requirePool(db, app.poolId);
  const [summary] = await summaries(db, [{ app, pool }]);
  const shares = await db
    .select()
    .from(fundingApplicationParties)
    .where(eq(fundingApplicationParties.applicationId, id))
    .orderBy(asc(fundingApplicationParties.position));
  const names = await partyNames(
    db,
    shares.map((s) => s.partyId),
  );
  const initiatives = await db
    .select({
      id: planInitiatives.id,
      planId: planInitiatives.planId,
      number: planInitiatives.number,
      title: planInitiatives.title,
    })
    .from(fundingApplicationInitiatives)
    .innerJoin(planInitiatives, eq(planInitiatives.id, fundingApplicationInitiatives.initiativeId))
    .where(eq(fundingApplicationInitiatives.applicationId, id))
    .orderBy(asc(planInitiatives.number));
  const pilots = await db
    .select({ id: fundingApplicationPilots.pilotId })
    .from(fundingApplicationPilots)
    .where(eq(fundingApplicationPilots.applicationId, id));
  const obligations = await db
    .select()
    .from(fundingObligations)
    .where(eq(fundingObligations.applicationId, id))
    .orderBy(asc(fundingObligations.dueDate), asc(fundingObligations.id));
  return {
    ...summary!,
    description: app.description,
    pool: {
      id: pool.id,
      collaborationId: pool.collaborationId,
      owner: pool.owner,
      title: pool.title,
      amountOre: pool.amountOre,
      deadline: pool.deadline,
      criteriaUrl: pool.criteriaUrl,
    },
    shares: shares.map((s) => ({
      partyId: s.partyId,
      amountOre: s.amountOre,
      partyName: names.get(s.partyId) ?? '',
    })),
    initiatives,
    pilotIds: pilots.map((p) => p.id),
    obligations: obligations.map((o) => toObligation(o, on)),
    nextStatuses: [...NEXT_STATUSES[app.status]],
    editable: isEditable(app.status),
  };
}

export async function listApplications(
  db: Db,
  query: ApplicationListQuery,
): Promise<ApplicationList> {
  const where: SQL[] = [eq(fundingApplications.collaborationId, query.collaborationId)];
  if (query.status) where.push(eq(fundingApplications.status, query.status));
  if (query.poolId) where.push(eq(fundingApplications.poolId, query.poolId));
  if (query.clusterId) where.push(eq(fundingApplications.clusterId, query.clusterId));
  if (query.year) where.push(eq(fundingApplications.year, query.year));
  const rows = await db
    .select({
      app: fundingApplications,
      pool: { id: fundingPools.id, title: fundingPools.title, owner: fundingPools.owner },
    })
    .from(fundingApplications)
    .innerJoin(fundingPools, eq(fundingPools.id, fundingApplications.poolId))
    .where(and(...where))
    .orderBy(
      desc(fundingApplications.year),
      asc(fundingApplications.title),
      asc(fundingApplications.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(fundingApplications)
    .where(and(...where));
  return { items: await summaries(db, rows), total: Number(total?.n ?? 0) };
}

const sumIf = (status: SQL) =>
  sql<number>`coalesce(sum(case when ${status} then ${fundingApplications.totalBudgetOre} else 0 end), 0)::bigint`;
const countIf = (status: SQL) => sql<number>`count(*) filter (where ${status})::int`;

export async function fundingOverview(
  db: Db,
  query: { collaborationId: string; year?: number | undefined },
): Promise<Overview> {
  const s = fundingApplications.status;
  const applied = sql`${s} in ('submitted', 'granted', 'refused')`;
  const where = [eq(fundingApplications.collaborationId, query.collaborationId)];
  if (query.year) where.push(eq(fundingApplications.year, query.year));
  const rows = await db
    .select({
      clusterId: fundingApplications.clusterId,
      year: fundingApplications.year,
      count: sql<number>`count(*)::int`,
      appliedCount: countIf(applied),
      appliedOre: sumIf(applied),
      grantedCount: countIf(sql`${s} = 'granted'`),
      grantedOre: sql<number>`coalesce(sum(${fundingApplications.amountGrantedOre}) filter (where ${s} = 'granted'), 0)::bigint`,
      pendingCount: countIf(sql`${s} = 'submitted'`),
      pendingOre: sumIf(sql`${s} = 'submitted'`),
      refusedCount: countIf(sql`${s} = 'refused'`),
      refusedOre: sumIf(sql`${s} = 'refused'`),
    })
    .from(fundingApplications)
    .where(and(...where))
    .groupBy(fundingApplications.clusterId, fundingApplications.year)
    .orderBy(desc(fundingApplications.year));
  const names = await clusterNames(
    db,
    rows.flatMap((r) => (r.clusterId ? [r.clusterId] : [])),
  );
  return {
    rows: rows
      .map((r) => ({
        ...r,
        clusterName: r.clusterId ? (names.get(r.clusterId) ?? null) : null,
        appliedOre: Number(r.appliedOre),
        grantedOre: Number(r.grantedOre),
        pendingOre: Number(r.pendingOre),
        refusedOre: Number(r.refusedOre),
      }))
      .sort(
        (a, b) =>
          b.year - a.year || (a.clusterName ?? '~').localeCompare(b.clusterName ?? '~', 'da'),
      ),
  };
}

export async function overdueObligations(
  db: Db,
  query: { collaborationId: string; on: IsoDate; limit: number; offset: number },
): Promise<OverdueList> {
  const where = and(
    eq(fundingObligations.collaborationId, query.collaborationId),
    isNull(fundingObligations.doneOn),
    lt(fundingObligations.dueDate, query.on),
  );
  const rows = await db
    .select({
      o: fundingObligations,
      title: fundingApplications.title,
      clusterId: fundingApplications.clusterId,
    })
    .from(fundingObligations)
    .innerJoin(fundingApplications, eq(fundingApplications.id, fundingObligations.applicationId))
    .where(where)
    .orderBy(asc(fundingObligations.dueDate), asc(fundingObligations.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(fundingObligations).where(where);
  const names = await clusterNames(
    db,
    rows.flatMap((r) => (r.clusterId ? [r.clusterId] : [])),
  );
  return {
    on: query.on,
    items: rows.map((r) => ({
      ...toObligation(r.o, query.on),
      applicationTitle: r.title,
      clusterName: r.clusterId ? (names.get(r.clusterId) ?? null) : null,
    })),
    total: Number(total?.n ?? 0),
  };
}
