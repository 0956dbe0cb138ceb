/** Reads of the audit log. There is deliberately no update or delete here. */
import { and, arrayContains, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AuditEntry, AuditPage, AuditQuery } from '../../../shared/audit.contract';
import { addDays, ZONE } from '../../../shared/dates';
import { resolveSubjects, subjectKey, type AuditSubject } from './audit.subjects';
import { auditLog } from './audit.table';

type Row = typeof auditLog.$inferSelect;

const NO_SUBJECT: AuditSubject = { name: null, date: null, hidden: false };

function present(row: Row, subjects: ReadonlyMap<string, AuditSubject>): AuditEntry {
  const subject =
    (row.entityId ? subjects.get(subjectKey(row.entityType, row.entityId)) : undefined) ??
    NO_SUBJECT;
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    subjectName: subject.name,
    subjectDate: subject.date,
    subjectHidden: subject.hidden,
    summary: row.summary,
    before: row.before,
    after: row.after,
    relatedIds: row.relatedIds,
    ip: row.ip,
  };
}

/** Danish calendar day → the instant it starts. */
function startOfDay(date: string): SQL {
  return sql`(${date}::date::timestamp at time zone ${ZONE})`;
}

/**
 * One page of entries, newest first, filtered; keyset-paginated on id. The subjects' names are
 * resolved for this page only (audit.subjects.ts).
 */
export async function listAudit(db: Db, q: AuditQuery): Promise<AuditPage> {
  const filters: SQL[] = [];
  if (q.actorUserId) filters.push(eq(auditLog.actorUserId, q.actorUserId));
  if (q.relatedTo) {
    const related = or(
      eq(auditLog.entityId, q.relatedTo),
      arrayContains(auditLog.relatedIds, [q.relatedTo]),
    );
    if (related) filters.push(related);
  }
  if (q.entityType) filters.push(eq(auditLog.entityType, q.entityType));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.from) filters.push(gte(auditLog.at, startOfDay(q.from)));
  if (q.to) filters.push(lt(auditLog.at, startOfDay(addDays(q.to, 1))));
  if (q.beforeId) filters.push(lt(auditLog.id, q.beforeId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const subjects = await resolveSubjects(db, page);
  return {
    items: page.map((row) => present(row, subjects)),
    nextBeforeId: rows.length > q.limit && last ? last.id : null,
  };
}

/**
 * The distinct values of an indexed text column, by skipping through its index (one index probe
 * per value) instead of reading the whole log: a recursive "loose index scan".
 */
async function distinctValues(db: Db, column: 'action' | 'entity_type'): Promise<string[]> {
  const c = sql.identifier(column);
  const result = (await db.execute(sql`
    with recursive t(v) as (
      (select ${c} from audit_log order by ${c} limit 1)
      union all
      select (select ${c} from audit_log where ${c} > t.v order by ${c} limit 1)
      from t where t.v is not null
    )
    select v from t where v is not null`)) as unknown as { rows: { v: string | null }[] };
  return result.rows.flatMap((r) => (r.v === null ? [] : [r.v]));
}

/** The distinct actions and entity types, for filter menus. */
export async function auditFacets(db: Db): Promise<{ actions: string[]; entityTypes: string[] }> {
  const actions = await distinctValues(db, 'action');
  const types = await distinctValues(db, 'entity_type');
  return { actions: actions.sort(), entityTypes: types.sort() };
}

/** Count of rows; used by tests to check that every mutation writes exactly one. */
export async function countAudit(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return rows[0]?.n ?? 0;
}
