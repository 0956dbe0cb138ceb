/**
 * The rounds module's reads and writes of the plan tables (and the organisation's parties and
 * clusters, read-only). Every read is bounded: one plan, one round, or one party; lists are
 * paged in SQL; the slices of degrees come through the plan_degrees indexes.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { DegreeValue, RoundEntry } from '../../../domain/plans/rounds';
import type { InitiativeLevel } from '../../../shared/plans.enums';
import { clusterMemberships, clusters, parties } from '../organisation/index';
import {
  planDegrees,
  planGoals,
  planInitiatives,
  planRoundResponses,
  planRounds,
} from './plans.table';

export type { PlanRow } from './plans.repo';
export type RoundRow = typeof planRounds.$inferSelect;
export type ResponseRow = typeof planRoundResponses.$inferSelect;

/** An initiative as the rounds and views need it. */
export interface InitiativeInfo {
  id: string;
  number: string;
  title: string;
  level: InitiativeLevel;
  goalId: string | null;
  participatingPartyIds: string[];
}

/** A party as the rounds and views need it. */
export interface PartyInfo {
  id: string;
  name: string;
  kind: string;
}

const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

interface Rows<T> {
  rows: T[];
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as Rows<T>).rows;
}

export async function findRound(db: Db, roundId: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(planRounds).where(eq(planRounds.id, roundId)).limit(1);
  return row ?? null;
}

/** The round, locked for the rest of the transaction (answers and closing serialise on it). */
export async function lockRound(tx: Db, roundId: string): Promise<RoundRow | null> {
  const [row] = await tx
    .select()
    .from(planRounds)
    .where(eq(planRounds.id, roundId))
    .for('update')
    .limit(1);
  return row ?? null;
}

/** The latest closed round of a plan (by deadline, then closing time). */
export async function latestClosedRound(db: Db, planId: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(planRounds)
    .where(and(eq(planRounds.planId, planId), eq(planRounds.status, 'closed')))
    .orderBy(desc(planRounds.deadline), desc(planRounds.closedAt))
    .limit(1);
  return row ?? null;
}

/** The closed round before `round` (for "changes since last round"). */
export async function previousClosedRound(db: Db, round: RoundRow): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(planRounds)
    .where(
      and(
        eq(planRounds.planId, round.planId),
        eq(planRounds.status, 'closed'),
        sql`(${planRounds.deadline}, ${planRounds.closedAt}) < (${round.deadline}::date, ${round.closedAt ?? new Date()}::timestamptz)`,
      ),
    )
    .orderBy(desc(planRounds.deadline), desc(planRounds.closedAt))
    .limit(1);
  return row ?? null;
}

/** A plan's rounds, newest first, paged, with their answered counts. */
export async function listRounds(
  db: Db,
  planId: string,
  filter: { status?: 'open' | 'closed' | undefined; limit: number; offset: number },
): Promise<{ items: (RoundRow & { answered: number })[]; total: number }> {
  const where = and(
    eq(planRounds.planId, planId),
    filter.status ? eq(planRounds.status, filter.status) : undefined,
  );
  const answered = sql<number>`(select count(*)::int from plan_round_responses prr where prr.round_id = "plan_rounds"."id" and prr.status = 'answered')`;
  const items = await db
    .select({ round: planRounds, answered })
    .from(planRounds)
    .where(where)
    .orderBy(desc(planRounds.opensOn), desc(planRounds.createdAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(planRounds).where(where);
  return {
    items: items.map((r) => ({ ...r.round, answered: Number(r.answered) })),
    total: Number(total?.n ?? 0),
  };
}

/** Initiatives of a plan by id (those of the plan only), in the plan's order. */
export async function initiativesByIds(
  db: Db,
  planId: string,
  ids: readonly string[],
): Promise<InitiativeInfo[]> {
  if (!ids.length) return [];
  // A plan has a few hundred initiatives at most: read the plan's (by its index) and keep these.
  const wanted = new Set(ids);
  const all = await db
    .select({
      id: planInitiatives.id,
      number: planInitiatives.number,
      title: planInitiatives.title,
      level: planInitiatives.level,
      goalId: planInitiatives.goalId,
      participatingPartyIds: planInitiatives.participatingPartyIds,
    })
    .from(planInitiatives)
    .where(eq(planInitiatives.planId, planId))
    .orderBy(asc(planInitiatives.position), asc(planInitiatives.number));
  return all.filter((i) => wanted.has(i.id));
}

/** The goal ids under a goal (itself included), through the hierarchy. */
export async function goalAndBelow(db: Db, planId: string, goalId: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`with recursive tree as (
      select id from ${planGoals} where plan_id = ${planId}::uuid and id = ${goalId}::uuid
      union all
      select g.id from ${planGoals} g join tree t on g.parent_id = t.id
    ) select id from tree`,
  );
  return found.map((r) => r.id);
}

/** The plan's goals (code and title), for grouping progress. */
export async function goalsOf(
  db: Db,
  planId: string,
): Promise<{ id: string; code: string; title: string; parentId: string | null }[]> {
  return db
    .select({
      id: planGoals.id,
      code: planGoals.code,
      title: planGoals.title,
      parentId: planGoals.parentId,
    })
    .from(planGoals)
    .where(eq(planGoals.planId, planId))
    .orderBy(asc(planGoals.position), asc(planGoals.code));
}

/** Parties by entityId with their name and kind as of a day (else their earliest version). */
export async function partiesByIds(
  db: Db,
  ids: readonly string[],
  on: string,
): Promise<PartyInfo[]> {
  if (!ids.length) return [];
  const found = await rows<{ id: string; name: string; kind: string }>(
    db,
    sql`select distinct on (entity_id) entity_id as id, name, kind
      from ${parties}
      where entity_id in (${idList(ids)})
      order by entity_id, (valid_from <= ${on}::date) desc,
        case when valid_from <= ${on}::date then valid_from end desc, valid_from asc`,
  );
  return found.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The clusters each party belongs to on a day, and the clusters' names. */
export async function clustersOfParties(
  db: Db,
  partyIds: readonly string[],
  on: string,
): Promise<{ byParty: Map<string, string[]>; names: Map<string, string> }> {
  const byParty = new Map<string, string[]>();
  const names = new Map<string, string>();
  if (!partyIds.length) return { byParty, names };
  const found = await rows<{ party_id: string; cluster_id: string; name: string | null }>(
    db,
    sql`select m.party_id, m.cluster_id,
        (select c.name from ${clusters} c where c.entity_id = m.cluster_id
          order by (c.valid_from <= ${on}::date) desc, c.valid_from desc limit 1) as name
      from ${clusterMemberships} m
      where m.party_id in (${idList(partyIds)})
        and m.valid_from <= ${on}::date and (m.valid_to is null or m.valid_to >= ${on}::date)`,
  );
  for (const r of found) {
    byParty.set(r.party_id, [...(byParty.get(r.party_id) ?? []), r.cluster_id]);
    names.set(r.cluster_id, r.name ?? '');
  }
  return { byParty, names };
}

/**
 * The last value per (initiative, subject) of a plan, outside open rounds (answers in an open
 * round are not values yet), for these subjects and initiatives.
 */
export async function lastValuesOf(
  db: Db,
  planId: string,
  subjectIds: readonly string[],
  initiativeIds: readonly string[],
): Promise<DegreeValue[]> {
  if (!subjectIds.length || !initiativeIds.length) return [];
  const found = await rows<{
    initiative_id: string;
    subject_id: string;
    degree: string;
    comment: string;
    recorded_on: string;
  }>(
    db,
    sql`select distinct on (d.initiative_id, d.subject_id)
        d.initiative_id, d.subject_id, d.degree, d.comment, d.recorded_on::text as recorded_on
      from ${planDegrees} d
      where d.plan_id = ${planId}::uuid
        and d.subject_id in (${idList(subjectIds)})
        and d.initiative_id in (${idList(initiativeIds)})
        and (d.round_id is null or not exists (
          select 1 from ${planRounds} r where r.id = d.round_id and r.status = 'open'))
      order by d.initiative_id, d.subject_id, d.recorded_on desc, d.created_at desc`,
  );
  return found.map((r) => ({
    initiativeId: r.initiative_id,
    subjectId: r.subject_id,
    degree: r.degree,
    comment: r.comment,
    recordedOn: r.recorded_on,
  }));
}

/** A round's stored values (one indexed slice), optionally of some subjects only. */
export async function roundValues(
  db: Db,
  roundId: string,
  subjectIds?: readonly string[],
): Promise<(RoundEntry & { initiativeId: string })[]> {
  const found = await db
    .select({
      initiativeId: planDegrees.initiativeId,
      subjectId: planDegrees.subjectId,
      degree: planDegrees.degree,
      comment: planDegrees.comment,
      recordedOn: planDegrees.recordedOn,
      changed: planDegrees.changed,
      carried: planDegrees.carried,
    })
    .from(planDegrees)
    .where(
      and(
        eq(planDegrees.roundId, roundId),
        subjectIds ? inArray(planDegrees.subjectId, [...subjectIds]) : undefined,
      ),
    );
  return found;
}

/**
 * The cells of a round: only what a heatmap needs (initiative, subject, degree). One indexed read
 * of the round's slice, aggregated per subject into one JSON text (far less to carry and parse
 * than a row per cell).
 */
export async function roundCells(
  db: Db,
  roundId: string,
): Promise<{ initiativeId: string; subjectId: string; degree: string }[]> {
  const found = await rows<{ s: string; c: string }>(
    db,
    sql`select subject_id as s, json_object_agg(initiative_id, degree)::text as c
      from ${planDegrees} where round_id = ${roundId}::uuid group by subject_id`,
  );
  const out: { initiativeId: string; subjectId: string; degree: string }[] = [];
  for (const r of found) {
    const cells = JSON.parse(r.c) as Record<string, string>;
    for (const [initiativeId, degree] of Object.entries(cells)) {
      out.push({ initiativeId, subjectId: r.s, degree });
    }
  }
  return out;
}

/** Replaces a party's values in a round. */
export async function replaceRoundValues(
  tx: Db,
  round: RoundRow,
  subjectId: string | null,
  entries: readonly RoundEntry[],
  recordedBy: string | null,
): Promise<void> {
  if (subjectId) {
    await tx
      .delete(planDegrees)
      .where(and(eq(planDegrees.roundId, round.id), eq(planDegrees.subjectId, subjectId)));
  }
  const values = entries.map((e) => ({
    planId: round.planId,
    initiativeId: e.initiativeId,
    subjectKind: 'party' as const,
    subjectId: e.subjectId,
    degree: e.degree,
    comment: e.comment,
    recordedOn: e.recordedOn,
    roundId: round.id,
    carried: e.carried,
    changed: e.changed,
    recordedBy,
  }));
  for (let i = 0; i < values.length; i += 1000) {
    await tx.insert(planDegrees).values(values.slice(i, i + 1000));
  }
}

/** A round's responses (one per party), in no particular order. */
export async function responsesOf(db: Db, roundId: string): Promise<ResponseRow[]> {
  return db.select().from(planRoundResponses).where(eq(planRoundResponses.roundId, roundId));
}

export async function findResponse(
  db: Db,
  roundId: string,
  partyId: string,
): Promise<ResponseRow | null> {
  const [row] = await db
    .select()
    .from(planRoundResponses)
    .where(and(eq(planRoundResponses.roundId, roundId), eq(planRoundResponses.partyId, partyId)))
    .limit(1);
  return row ?? null;
}
