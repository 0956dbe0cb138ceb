/**
 * What an audit entry is about, by name: the subject names of one page of entries, resolved in
 * SQL (one query per page, an indexed primary-key or entity-id look-up per entity type present
 * on it), so the log shows "Sag: Genoptræning efter udskrivning" instead of a UUID and never
 * loads a whole history. A confidential case's title is withheld, as in its audit summary.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isAuditEntityType, type AuditEntityType } from '../../../shared/audit-actions';
import { ZONE } from '../../../shared/dates';

/** A resolved subject: its name, a date that belongs to it (a meeting's day), or withheld. */
export interface AuditSubject {
  name: string | null;
  date: string | null;
  hidden: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The current name of a versioned organisation entity (its latest version). */
function latestName(table: string, idExpr: SQL, nameExpr = 'name'): SQL {
  const t = sql.identifier(table);
  return sql`(select ${sql.raw(nameExpr)} from ${t} v where v.entity_id = ${idExpr}
    order by v.valid_from desc limit 1)`;
}

const forumName = (idExpr: SQL) => latestName('fora', idExpr);

/**
 * Per entity type: a select of (id, name, day, hidden) for the ids in `$ids` (a uuid[]).
 * A type missing here shows its label only (the entry's summary names it).
 */
const SUBJECTS: Partial<Record<AuditEntityType, (ids: SQL) => SQL>> = {
  user: (ids) => sql`select id::text, name, null::text, false from users where id = any(${ids})`,
  case: (ids) => sql`select id::text, case when confidential then null else title end,
    null::text, confidential from cases where id = any(${ids})`,
  meeting: (ids) => meetingSubjects(ids),
  agenda: (ids) => meetingSubjects(ids),
  meetingSeries: (ids) => sql`select id::text, title, null::text, false
    from meeting_series where id = any(${ids})`,
  processInstance: (ids) => sql`select id::text, title, null::text, false
    from process_instances where id = any(${ids})`,
  orderingRule: (ids) => sql`select r.id::text, ${forumName(sql`r.forum_id`)}, null::text, false
    from ordering_rules r where r.id = any(${ids})`,
  closureDay: (ids) => sql`select id::text, name, null::text, false
    from closure_days where id = any(${ids})`,
  calendarFeed: (ids) => sql`select id::text, label, null::text, false
    from calendar_feed_tokens where id = any(${ids})`,
  collaboration: (ids) => versioned('collaborations', ids),
  party: (ids) => versioned('parties', ids),
  cluster: (ids) => versioned('clusters', ids),
  forum: (ids) => versioned('fora', ids),
  seat: (ids) => sql`select distinct on (s.entity_id) s.entity_id::text,
    s.label || ', ' || coalesce(${forumName(sql`s.forum_id`)}, ''), null::text, false
    from seats s where s.entity_id = any(${ids}) order by s.entity_id, s.valid_from desc`,
  clusterMembership: (ids) => sql`select m.id::text,
    ${latestName('parties', sql`m.party_id`)} || ' – ' || ${latestName('clusters', sql`m.cluster_id`)},
    null::text, false from cluster_memberships m where m.id = any(${ids})`,
  officeHolding: (ids) => sql`select o.id::text, p.name, null::text, false
    from office_holdings o join persons p on p.id = o.person_id where o.id = any(${ids})`,
  appointment: (ids) => sql`select a.id::text, p.name, null::text, false
    from appointments a join persons p on p.id = a.person_id where a.id = any(${ids})`,
  compositionRule: (ids) => sql`select r.id::text, ${forumName(sql`r.forum_id`)}, null::text, false
    from composition_rules r where r.id = any(${ids})`,
  person: (ids) =>
    sql`select id::text, name, null::text, false from persons where id = any(${ids})`,
  plan: (ids) => sql`select id::text, title, null::text, false from plans where id = any(${ids})`,
  planGoal: (ids) => sql`select id::text, code || ' ' || title, null::text, false
    from plan_goals where id = any(${ids})`,
  planInitiative: (ids) => sql`select id::text, number || '. ' || title, null::text, false
    from plan_initiatives where id = any(${ids})`,
  planMilestone: (ids) => sql`select id::text, title, null::text, false
    from plan_milestones where id = any(${ids})`,
  planIndicator: (ids) => sql`select id::text, name, null::text, false
    from plan_indicators where id = any(${ids})`,
  planRound: (ids) => sql`select id::text, title, null::text, false
    from plan_rounds where id = any(${ids})`,
};

function versioned(table: string, ids: SQL): SQL {
  const t = sql.identifier(table);
  return sql`select distinct on (entity_id) entity_id::text, name, null::text, false
    from ${t} where entity_id = any(${ids}) order by entity_id, valid_from desc`;
}

/** A meeting (or its agenda: the agenda's entity id is the meeting's): forum name and day. */
function meetingSubjects(ids: SQL): SQL {
  return sql`select m.id::text, coalesce(${forumName(sql`m.forum_id`)}, m.title),
    ((m.starts_at at time zone ${ZONE})::date)::text, false from meetings m where m.id = any(${ids})`;
}

/** The key of a subject in the result map. */
export function subjectKey(entityType: string, entityId: string): string {
  return `${entityType}:${entityId.toLowerCase()}`;
}

/** The subjects of a page of entries, keyed by {@link subjectKey}. */
export async function resolveSubjects(
  db: Db,
  entries: readonly { entityType: string; entityId: string | null }[],
): Promise<Map<string, AuditSubject>> {
  const byType = new Map<AuditEntityType, Set<string>>();
  for (const e of entries) {
    if (!e.entityId || !UUID.test(e.entityId) || !isAuditEntityType(e.entityType)) continue;
    if (!SUBJECTS[e.entityType]) continue;
    const set = byType.get(e.entityType) ?? new Set<string>();
    set.add(e.entityId.toLowerCase());
    byType.set(e.entityType, set);
  }
  const parts: SQL[] = [];
  for (const [type, ids] of byType) {
    const select = SUBJECTS[type];
    if (!select) continue;
    const list = sql`${`{${[...ids].join(',')}}`}::uuid[]`;
    parts.push(
      sql`select ${type}::text as type, s.* from (${select(list)}) as s(id, name, day, hidden)`,
    );
  }
  const found = new Map<string, AuditSubject>();
  if (parts.length === 0) return found;
  const result = (await db.execute(sql.join(parts, sql` union all `))) as unknown as {
    rows: { type: string; id: string; name: string | null; day: string | null; hidden: boolean }[];
  };
  for (const r of result.rows) {
    found.set(subjectKey(r.type, r.id), {
      name: r.name,
      date: r.day,
      hidden: r.hidden,
    });
  }
  return found;
}
