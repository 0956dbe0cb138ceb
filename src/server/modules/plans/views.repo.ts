/** The views' reads across a plan's rounds: a party's answers, and counts per closed round. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { planDegrees, planRoundResponses, planRounds } from './plans.table';
import type { ResponseRow, RoundRow } from './rounds.repo';

const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A party's responses across a plan's rounds, newest first (bounded). */
export async function partyResponses(
  db: Db,
  planId: string,
  partyId: string,
  closedOnly: boolean,
  limit = 100,
): Promise<{ round: RoundRow; response: ResponseRow }[]> {
  return db
    .select({ round: planRounds, response: planRoundResponses })
    .from(planRoundResponses)
    .innerJoin(planRounds, eq(planRounds.id, planRoundResponses.roundId))
    .where(
      and(
        eq(planRoundResponses.partyId, partyId),
        eq(planRounds.planId, planId),
        closedOnly ? eq(planRounds.status, 'closed') : undefined,
      ),
    )
    .orderBy(desc(planRounds.opensOn), desc(planRounds.createdAt))
    .limit(limit);
}

/** Per closed round of a plan: the count per degree, and the burden. */
export async function closedRoundCounts(
  db: Db,
  planId: string,
): Promise<{
  rounds: RoundRow[];
  counts: Map<string, Map<string, number>>;
  burden: Map<string, number>;
}> {
  const rounds = await db
    .select()
    .from(planRounds)
    .where(and(eq(planRounds.planId, planId), eq(planRounds.status, 'closed')))
    .orderBy(asc(planRounds.deadline), asc(planRounds.closedAt))
    .limit(500);
  const counts = new Map<string, Map<string, number>>();
  const burden = new Map<string, number>();
  if (!rounds.length) return { rounds, counts, burden };
  const ids = rounds.map((r) => r.id);
  const degreeRows = await rows<{ round_id: string; degree: string; n: number }>(
    db,
    sql`select round_id, degree, count(*)::int as n from ${planDegrees}
      where round_id in (${idList(ids)}) group by round_id, degree`,
  );
  for (const r of degreeRows) {
    const m = counts.get(r.round_id) ?? new Map<string, number>();
    m.set(r.degree, Number(r.n));
    counts.set(r.round_id, m);
  }
  const burdenRows = await rows<{ round_id: string; n: number }>(
    db,
    sql`select round_id, coalesce(sum(fields_touched), 0)::int as n from ${planRoundResponses}
      where round_id in (${idList(ids)}) group by round_id`,
  );
  for (const r of burdenRows) burden.set(r.round_id, Number(r.n));
  return { rounds, counts, burden };
}

/** How many parties answered a round. */
export async function countAnswered(db: Db, roundId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${planRoundResponses}
      where round_id = ${roundId}::uuid and status = 'answered'`,
  );
  return Number(row?.n ?? 0);
}
