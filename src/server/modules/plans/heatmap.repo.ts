/**
 * The heatmap's read: ONE statement per call, answering one row with the round's answered count,
 * the initiatives shown (the round's, in the plan's order, filtered by level and goal subtree)
 * and per party shown (the round's, named as of its deadline, filtered by cluster) its clusters
 * and a compact row of cells — one character per initiative, the index of the degree on the
 * plan's scale ('0'–'9', a scale has at most 10 steps) or '-' for nothing recorded. The cells are
 * built in SQL from one indexed slice of plan_degrees (`plan_degrees_round_unique`), joined to
 * the initiatives shown and aggregated per party (only a party whose row has gaps is crossed
 * with every initiative, to mark them '-'; a closed round has none but never-recorded ones): a closed
 * round is its slice; an open round (live) is its answers over the last values of the parties
 * that have not answered yet (DISTINCT ON over `plan_degrees_latest_idx`). No work per cell in
 * JS, no state kept between calls. A CLOSED round instead reads the rows stored when it closed
 * (plan_round_rows, round-rows.repo.ts) by its key, and picks the initiatives shown by index in
 * JS (src/domain/plans/round-rows.ts), remapping the characters if the scale was reordered since.
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { HeatmapQuery } from '../../../shared/plan-rounds.contract';
import { clusterMemberships, parties } from '../organisation/index';
import {
  planDegrees,
  planGoals,
  planInitiatives,
  planRoundResponses,
  planRounds,
  plans,
} from './plans.table';
import type { InitiativeInfo, PlanRow, RoundRow } from './rounds.repo';
import { planRoundColumns, planRoundRows } from './round-rows.table';
import { readRow, rowReader } from '../../../domain/plans/round-rows';

/** Danish name order (one collator: `localeCompare` with a locale builds one per call). */
const byName = new Intl.Collator('da');

/** A party row of the heatmap: its clusters on the round's deadline and its cells. */
export interface HeatmapPartyRow {
  id: string;
  name: string;
  clusterIds: string[];
  cells: string;
}

export interface HeatmapRows {
  answered: number;
  initiatives: InitiativeInfo[];
  parties: HeatmapPartyRow[];
}

/**
 * A plan and, in the same statement, the round asked for (any plan's: the caller checks it is
 * this plan's) or else the plan's latest closed round (by deadline, then closing time).
 */
export async function planAndRound(
  db: Db,
  planId: string,
  roundId: string | undefined,
): Promise<{ plan: PlanRow; round: RoundRow | null } | null> {
  const latest = db
    .select({ id: planRounds.id })
    .from(planRounds)
    .where(and(eq(planRounds.planId, planId), eq(planRounds.status, 'closed')))
    .orderBy(desc(planRounds.deadline), desc(planRounds.closedAt))
    .limit(1);
  const [row] = await db
    .select({ plan: plans, round: planRounds })
    .from(plans)
    .leftJoin(
      planRounds,
      roundId ? eq(planRounds.id, roundId) : eq(planRounds.id, sql`(${latest})`),
    )
    .where(eq(plans.id, planId))
    .limit(1);
  return row ? { plan: row.plan, round: row.round } : null;
}

/** The slice of (subject, initiative, degree) a round shows. */
function sliceSql(round: RoundRow): SQL {
  const stored = sql`select subject_id, initiative_id, degree from ${planDegrees}
    where round_id = ${round.id}::uuid`;
  if (round.status === 'closed') return stored;
  // Live: the round's answers, and for parties without any, their last values outside open rounds.
  return sql`${stored}
    union all
    select * from (
      select distinct on (x.initiative_id, x.subject_id) x.subject_id, x.initiative_id, x.degree
      from ${planDegrees} x
      where x.plan_id = ${round.planId}::uuid
        and x.subject_id in (select id from pty)
        and x.initiative_id in (select id from ini)
        and x.subject_id not in (
          select a.subject_id from ${planDegrees} a where a.round_id = ${round.id}::uuid)
        and (x.round_id is null or not exists (
          select 1 from ${planRounds} o where o.id = x.round_id and o.status = 'open'))
      order by x.initiative_id, x.subject_id, x.recorded_on desc, x.created_at desc
    ) last`;
}

/** The cells computed from the slice (an open round, or a closed one without stored rows). */
function computed(round: RoundRow, scaleKeys: SQL): SQL {
  return sql`slice as (${sliceSql(round)}),
    sl as (
      select d.subject_id, ini.ord, array_position(${scaleKeys}, d.degree) - 1 as idx
      from slice d join ini on ini.id = d.initiative_id
    ),
    whole as (
      select subject_id as id, string_agg(coalesce(idx::text, '-'), '' order by ord) as c
      from sl group by subject_id having count(*) = (select count(*) from ini)
    ),
    holes as (
      select x.id, string_agg(coalesce(s.idx::text, '-'), '' order by ini.ord) as c
      from pty x cross join ini left join sl s on s.subject_id = x.id and s.ord = ini.ord
      where x.id not in (select id from whole)
      group by x.id
    ),
    cells as (select id, c from whole union all select id, c from holes)`;
}

/** The heatmap of a round, filtered as asked: one statement, one row. */
export async function heatmapRows(
  db: Db,
  round: RoundRow,
  keys: readonly string[],
  query: Pick<HeatmapQuery, 'goalId' | 'level' | 'clusterId'>,
): Promise<HeatmapRows> {
  const on = round.deadline;
  const scaleKeys = keys.length
    ? sql`array[${sql.join(
        keys.map((k) => sql`${k}::text`),
        sql`, `,
      )}]`
    : sql`array[]::text[]`;
  const tree = query.goalId
    ? sql`tree as (
        select id from ${planGoals} where plan_id = ${round.planId}::uuid and id = ${query.goalId}::uuid
        union all
        select g.id from ${planGoals} g join tree t on g.parent_id = t.id
      ),`
    : sql``;
  const read = (stored: boolean) =>
    db.execute(sql`with recursive ${tree}
    rnd as (select initiative_ids, party_ids from ${planRounds} where id = ${round.id}::uuid),
    ini as (
      select i.id, i.number, i.title, i.level, i.goal_id,
        row_number() over (order by i.position, i.number) as ord
      from ${planInitiatives} i
      where i.plan_id = ${round.planId}::uuid
        and i.id in (select jsonb_array_elements_text(initiative_ids)::uuid from rnd)
        ${query.level ? sql`and i.level = ${query.level}` : sql``}
        ${query.goalId ? sql`and i.goal_id in (select id from tree)` : sql``}
    ),
    pty as (
      select distinct on (p.entity_id) p.entity_id as id, p.name
      from ${parties} p
      where p.entity_id in (select jsonb_array_elements_text(party_ids)::uuid from rnd)
      order by p.entity_id, (p.valid_from <= ${on}::date) desc,
        case when p.valid_from <= ${on}::date then p.valid_from end desc, p.valid_from asc
    ),
    mem as (
      select m.party_id, json_agg(m.cluster_id order by m.cluster_id) as cluster_ids,
        bool_or(${query.clusterId ? sql`m.cluster_id = ${query.clusterId}::uuid` : sql`true`}) as shown
      from ${clusterMemberships} m
      where m.party_id in (select id from pty)
        and m.valid_from <= ${on}::date and (m.valid_to is null or m.valid_to >= ${on}::date)
      group by m.party_id
    ),
    ${
      stored
        ? sql`cells as (select party_id as id, cells as c from ${planRoundRows}
      where round_id = ${round.id}::uuid)`
        : computed(round, scaleKeys)
    }
    select
      ${
        stored
          ? sql`(select json_build_object('order', initiative_ids, 'keys', scale_keys)
        from ${planRoundColumns} where round_id = ${round.id}::uuid)`
          : sql`null`
      } as cols,
      (select count(*)::int from ${planRoundResponses}
        where round_id = ${round.id}::uuid and status = 'answered') as answered,
      coalesce((select json_agg(json_build_object('id', id, 'number', number, 'title', title,
          'level', level, 'goalId', goal_id) order by ord) from ini), '[]'::json) as initiatives,
      coalesce((select json_agg(json_build_object('id', pty.id, 'name', pty.name,
          'clusterIds', coalesce(mem.cluster_ids, '[]'::json), 'cells', coalesce(cells.c, '')))
        from pty left join mem on mem.party_id = pty.id left join cells on cells.id = pty.id
        ${query.clusterId ? sql`where mem.shown` : sql``}), '[]'::json) as parties`);
  const first = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows[0];
  const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
  // A closed round reads its stored rows (a round closed without them: computed, as when open).
  let row = first(await read(round.status === 'closed'));
  const cols = json<{ order: string[]; keys: string[] } | null>(row?.cols ?? null);
  if (round.status === 'closed' && !cols) row = first(await read(false));
  const initiatives = json<InitiativeInfo[]>(row?.initiatives ?? []);
  const found = json<HeatmapPartyRow[]>(row?.parties ?? []);
  if (cols) {
    const reader = rowReader(
      cols.order,
      initiatives.map((i) => i.id),
      cols.keys,
      keys,
    );
    for (const p of found) p.cells = readRow(p.cells, reader);
  }
  return {
    answered: Number(row?.answered ?? 0),
    initiatives,
    parties: found.sort((a, b) => byName.compare(a.name, b.name)),
  };
}
