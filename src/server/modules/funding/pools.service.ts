/** Funding pools (puljer) of a collaboration: create, change, list (paged). */
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Pool, PoolInput, PoolList, PoolUpdate } from '../../../shared/funding.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { collaborationExists } from './funding.names';
import { notInCollaboration, POOL } from './funding.texts';
import { fundingApplications, fundingPools } from './funding.table';

type PoolRow = typeof fundingPools.$inferSelect;

const toPool = (row: PoolRow, applicationCount: number): Pool => ({
  id: row.id,
  collaborationId: row.collaborationId,
  owner: row.owner,
  title: row.title,
  amountOre: row.amountOre,
  deadline: row.deadline,
  criteriaUrl: row.criteriaUrl,
  applicationCount,
});

/** A pool, or 404. */
export async function requirePool(db: Db, poolId: string): Promise<PoolRow> {
  const [row] = await db.select().from(fundingPools).where(eq(fundingPools.id, poolId));
  if (!row) throw notFound(POOL);
  return row;
}

const applicationCount = sql<number>`(select count(*)::int from ${fundingApplications} where ${fundingApplications.poolId} = ${fundingPools.id})`;

export async function listPools(
  db: Db,
  query: { collaborationId: string; limit: number; offset: number },
): Promise<PoolList> {
  const rows = await db
    .select({ pool: fundingPools, n: applicationCount })
    .from(fundingPools)
    .where(eq(fundingPools.collaborationId, query.collaborationId))
    .orderBy(asc(fundingPools.deadline), asc(fundingPools.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(fundingPools)
    .where(eq(fundingPools.collaborationId, query.collaborationId));
  return { items: rows.map((r) => toPool(r.pool, Number(r.n))), total: Number(total?.n ?? 0) };
}

export async function createPool(db: Db, actor: Actor, input: PoolInput): Promise<Pool> {
  if (!(await collaborationExists(db, input.collaborationId))) {
    throw notInCollaboration({ da: 'Samarbejdet', en: 'The collaboration' });
  }
  return mutate(db, actor, async (tx) => {
    const [row] = await tx.insert(fundingPools).values(input).returning();
    const pool = toPool(row!, 0);
    return {
      result: pool,
      audit: {
        action: 'fundingPool.create',
        entityType: 'fundingPool',
        entityId: pool.id,
        summary: `${pool.owner}: ${pool.title}`,
        after: pool,
        relatedIds: [pool.collaborationId],
      },
    };
  });
}

export async function updatePool(
  db: Db,
  actor: Actor,
  poolId: string,
  input: PoolUpdate,
): Promise<Pool> {
  const before = await requirePool(db, poolId);
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .update(fundingPools)
      .set(input)
      .where(eq(fundingPools.id, poolId))
      .returning();
    const [n] = await tx
      .select({ n: count() })
      .from(fundingApplications)
      .where(eq(fundingApplications.poolId, poolId));
    const pool = toPool(row!, Number(n?.n ?? 0));
    return {
      result: pool,
      audit: {
        action: 'fundingPool.update',
        entityType: 'fundingPool',
        entityId: poolId,
        summary: `${pool.owner}: ${pool.title}`,
        before: toPool(before, pool.applicationCount),
        after: pool,
        relatedIds: [pool.collaborationId],
      },
    };
  });
}
