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
import { unionAll } from 'drizzle-orm/pg-core';
import type { CaseListQuery } from '../../../shared/cases.contract';
import type { CaseStatus } from '../../../shared/cases.enums';
import type { Db } from '../../db/client';
import type { CaseRow } from './cases.repo';
import { caseEvents, cases, caseSteps } from './cases.table';

/** The filters of the case list (everything but paging). */
export type CaseListFilters = Omit<CaseListQuery, 'limit' | 'offset'>;

/** `%text%` with LIKE's wildcards escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The list's WHERE: its filters and the viewer's visibility (`visible`, cases.visible.sql.ts).
 * The text filter `q` matches the title and the summary (trigram GIN indexes, so `ILIKE '%q%'`
 * is an index scan); the body is searched by the search module's full-text index, not here
 * (docs/decisions/013-national-scale-reads.md).
 */
export function listWhere(q: CaseListFilters, visible: SQL): SQL | undefined {
  const filters: SQL[] = [visible];
  if (q.collaborationId) filters.push(eq(cases.collaborationId, q.collaborationId));
  if (q.currentForumId) filters.push(eq(cases.currentForumId, q.currentForumId));
  if (q.status) filters.push(eq(cases.status, q.status));
  if (q.flag) filters.push(arrayContains(cases.flags, [q.flag]));
  if (q.forumId) filters.push(routeIncludes(q.forumId));
  if (q.q) {
    const text = or(ilike(cases.title, containing(q.q)), ilike(cases.summary, containing(q.q)));
    if (text) filters.push(text);
  }
  return and(...filters);
}

/** The case's route passes through the forum (index case_steps (forum_id, case_id)). */
function routeIncludes(forumId: string): SQL {
  return sql`${cases.id} in (select ${caseSteps.caseId} from ${caseSteps} where ${caseSteps.forumId} = ${forumId})`;
}

/** The list's order: newest raised first (index cases_list_order_idx and its filtered kin). */
const LIST_ORDER = [desc(cases.raisedOn), desc(cases.createdAt), desc(cases.id)] as const;

/**
 * One page of the matching visible cases, newest first. The page's ids are found first, on the
 * order index alone (it carries `confidential`, so skipping 50,000 rows reads no table row),
 * and only the page's rows are read whole: a late page costs ~30 ms instead of ~360 ms.
 */
export async function findCasePage(
  db: Db,
  where: SQL | undefined,
  page: { limit: number; offset: number },
): Promise<CaseRow[]> {
  const pageIds = db
    .select({ id: cases.id })
    .from(cases)
    .where(where)
    .orderBy(...LIST_ORDER)
    .limit(page.limit)
    .offset(page.offset);
  return db
    .select()
    .from(cases)
    .where(inArray(cases.id, pageIds))
    .orderBy(...LIST_ORDER);
}

/** How many cases match (the same WHERE as the page: exact). */
export async function countCases(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return Number(row?.n ?? 0);
}

/**
 * Cases of the collaboration from other clusters whose screening text is at least `threshold`
 * similar (pg_trgm `similarity()`, the same score as the domain's `caseSimilarity`), best first.
 */
export async function similarCaseRows(
  db: Db,
  input: { collaborationId: string; clusterId: string | null; text: string; excludeId?: string },
  threshold: number,
  visible: SQL,
): Promise<{ row: CaseRow; score: number }[]> {
  const score = sql<number>`similarity(${cases.screeningText}, ${input.text})`;
  const filters: SQL[] = [
    visible,
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

/**
 * The most cases recurrence screening compares: the domain compares every pair (n² / 2 trigram
 * comparisons), so the screening looks at the newest {@link SCREENING_LIMIT} visible cases of the
 * status; the officials' committee screens what is current (docs/decisions/013).
 */
export const SCREENING_LIMIT = 500;

/** The newest visible cases of a collaboration with a status, for recurrence screening. */
export async function screeningRows(
  db: Db,
  collaborationId: string,
  status: CaseStatus,
  visible: SQL,
): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(and(visible, eq(cases.collaborationId, collaborationId), eq(cases.status, status)))
    .orderBy(...LIST_ORDER)
    .limit(SCREENING_LIMIT);
}

/**
 * One page of the ids of the visible cases with something flowing back down to `forumId`: a
 * downward event addressed to it (index case_events (to_forum_id, kind)) or a return step of its
 * own (issue 12; also one carried over from a predecessor, index case_steps (forum_id, case_id)).
 * The cases with a return step still awaiting the forum come first, then newest first; with the
 * total.
 */
export async function caseIdsReturnedTo(
  db: Db,
  forumId: string,
  visible: SQL,
  page: { limit: number; offset: number },
): Promise<{ ids: string[]; total: number }> {
  const events = db
    .select({ caseId: caseEvents.caseId, day: caseEvents.on })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.toForumId, forumId),
        inArray(caseEvents.kind, ['returned', 'sentBack', 'withdrawn']),
      ),
    );
  const steps = db
    .select({
      caseId: caseSteps.caseId,
      day: sql<string>`coalesce(${caseSteps.decidedOn}, ${cases.raisedOn})`.as('day'),
    })
    .from(caseSteps)
    .innerJoin(cases, eq(cases.id, caseSteps.caseId))
    .where(and(eq(caseSteps.forumId, forumId), eq(caseSteps.origin, 'trail')));
  const hits = unionAll(events, steps).as('hits');
  const latest = sql<string>`max(${hits.day})`;
  const open = sql<boolean>`exists (select 1 from ${caseSteps} where ${caseSteps.forumId} = ${forumId} and ${caseSteps.caseId} = ${hits.caseId} and ${caseSteps.status} = 'toNote')`;
  const rows = await db
    .select({ caseId: hits.caseId, latest })
    .from(hits)
    .innerJoin(cases, eq(cases.id, hits.caseId))
    .where(visible)
    .groupBy(hits.caseId)
    .orderBy(desc(open), desc(latest), hits.caseId)
    .limit(page.limit)
    .offset(page.offset);
  const complete = rows.length < page.limit && (rows.length > 0 || page.offset === 0);
  if (complete) return { ids: rows.map((r) => r.caseId), total: page.offset + rows.length };
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${hits.caseId})::int` })
    .from(hits)
    .innerJoin(cases, eq(cases.id, hits.caseId))
    .where(visible);
  return { ids: rows.map((r) => r.caseId), total: Number(row?.n ?? 0) };
}

/** A forum's return step still to note (issue 12), as an agenda candidate. */
export interface OpenReturnStepRow {
  caseId: string;
  stepId: string;
  title: string;
  confidential: boolean;
}

/**
 * One page of the forum's return steps still to note on visible cases, newest decision first
 * (index case_steps (forum_id, status)), with the total: the orientation items it may put on
 * its agenda.
 */
export async function openReturnStepsOfForum(
  db: Db,
  forumId: string,
  visible: SQL,
  page: { limit: number; offset: number },
): Promise<{ rows: OpenReturnStepRow[]; total: number }> {
  const where = and(eq(caseSteps.forumId, forumId), eq(caseSteps.status, 'toNote'), visible);
  const rows = await db
    .select({
      caseId: caseSteps.caseId,
      stepId: caseSteps.id,
      title: cases.title,
      confidential: cases.confidential,
    })
    .from(caseSteps)
    .innerJoin(cases, eq(cases.id, caseSteps.caseId))
    .where(where)
    .orderBy(desc(caseSteps.decidedOn), caseSteps.id)
    .limit(page.limit)
    .offset(page.offset);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseSteps)
    .innerJoin(cases, eq(cases.id, caseSteps.caseId))
    .where(where);
  return { rows, total: Number(row?.n ?? 0) };
}

/**
 * Cases with open work in the forum: open cases with a pending step there or whose decisions
 * return to it, and (issue 12) cases, decided too, with a return step there still to note.
 */
export async function openCaseIdsOfForum(db: Db, forumId: string): Promise<string[]> {
  const pending = sql`exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId} and ${caseSteps.status} in ('planned', 'onAgenda', 'recommended'))`;
  const toNote = sql`exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId} and ${caseSteps.status} = 'toNote')`;
  const open = and(eq(cases.status, 'open'), or(pending, eq(cases.returnToForumId, forumId)));
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(or(open, and(ne(cases.status, 'closed'), toNote)))
    .orderBy(cases.id);
  return rows.map((r) => r.id);
}
