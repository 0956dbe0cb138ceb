/**
 * Read queries over many cases: filtered lists, pg_trgm similarity for screening, and the cases
 * whose decisions flowed back to a forum. They return rows; the caller applies the visibility
 * rule before anything leaves the server.
 */
import {
  and,
  arrayContains,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { CaseListQuery } from '../../../shared/cases.contract';
import type { CaseStatus } from '../../../shared/cases.enums';
import type { Db } from '../../db/client';
import type { CaseRow } from './cases.repo';
import { caseEvents, cases, caseSteps } from './cases.table';

/** The most rows a list or screening query reads before visibility filtering and paging. */
export const MAX_SCAN = 5_000;

/** `%text%` with LIKE's wildcards escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function listFilters(q: Omit<CaseListQuery, 'limit' | 'offset'>): SQL[] {
  const filters: SQL[] = [];
  if (q.collaborationId) filters.push(eq(cases.collaborationId, q.collaborationId));
  if (q.currentForumId) filters.push(eq(cases.currentForumId, q.currentForumId));
  if (q.status) filters.push(eq(cases.status, q.status));
  if (q.flag) filters.push(arrayContains(cases.flags, [q.flag]));
  if (q.forumId) filters.push(routeIncludes(q.forumId));
  if (q.q) {
    const text = or(
      ilike(cases.title, containing(q.q)),
      ilike(cases.summary, containing(q.q)),
      ilike(cases.body, containing(q.q)),
    );
    if (text) filters.push(text);
  }
  return filters;
}

/** The case's route passes through the forum. */
function routeIncludes(forumId: string): SQL {
  return sql`exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId})`;
}

/** Matching cases, newest first, at most {@link MAX_SCAN}. */
export async function findCaseRows(
  db: Db,
  q: Omit<CaseListQuery, 'limit' | 'offset'>,
): Promise<CaseRow[]> {
  const filters = listFilters(q);
  return db
    .select()
    .from(cases)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(cases.raisedOn), desc(cases.createdAt), desc(cases.id))
    .limit(MAX_SCAN);
}

/**
 * Cases of the collaboration from other clusters whose screening text is at least `threshold`
 * similar (pg_trgm `similarity()`, the same score as the domain's `caseSimilarity`), best first.
 */
export async function similarCaseRows(
  db: Db,
  input: { collaborationId: string; clusterId: string | null; text: string; excludeId?: string },
  threshold: number,
): Promise<{ row: CaseRow; score: number }[]> {
  const score = sql<number>`similarity(${cases.screeningText}, ${input.text})`;
  const filters: SQL[] = [
    eq(cases.collaborationId, input.collaborationId),
    isNotNull(cases.clusterId),
    sql`${score} >= ${threshold}`,
  ];
  if (input.clusterId) filters.push(ne(cases.clusterId, input.clusterId));
  if (input.excludeId) filters.push(ne(cases.id, input.excludeId));
  const rows = await db
    .select({ row: cases, score: sql<number>`${score}::float8` })
    .from(cases)
    .where(and(...filters))
    .orderBy(desc(score), cases.id)
    .limit(50);
  return rows.map((r) => ({ row: r.row, score: Number(r.score) }));
}

/** The cases of a collaboration with a status, for recurrence screening. */
export async function screeningRows(
  db: Db,
  collaborationId: string,
  status: CaseStatus,
): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.collaborationId, collaborationId), eq(cases.status, status)))
    .orderBy(cases.clusterId, cases.id)
    .limit(MAX_SCAN);
}

/** Ids of the cases with something flowing back down to `forumId`, newest first. */
export async function caseIdsReturnedTo(db: Db, forumId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ caseId: caseEvents.caseId, on: caseEvents.on })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.toForumId, forumId),
        inArray(caseEvents.kind, ['returned', 'sentBack', 'withdrawn']),
      ),
    )
    .orderBy(desc(caseEvents.on))
    .limit(MAX_SCAN);
  return [...new Set(rows.map((r) => r.caseId))];
}

/** Open cases with a pending step in the forum or whose decisions return to it. */
export async function openCaseIdsOfForum(db: Db, forumId: string): Promise<string[]> {
  const pending = sql`exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId} and ${caseSteps.status} in ('planned', 'onAgenda', 'recommended'))`;
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'open'), or(pending, eq(cases.returnToForumId, forumId))))
    .orderBy(cases.id);
  return rows.map((r) => r.id);
}
