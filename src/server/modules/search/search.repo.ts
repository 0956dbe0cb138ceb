/**
 * The search queries: candidate rows per type, best first. They return ids only; the service
 * reads what the viewer may see through the viewer-filtered functions of the cases and agendas
 * modules, and nothing about a candidate leaves the server until it has.
 */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agendaItems } from '../agendas/index';
import { caseSteps, cases } from '../cases/index';
import { meetings } from '../meetings/index';
import {
  CASE_TEXT,
  DECISION_TEXT,
  ITEM_TEXT,
  matches,
  MINUTES_TEXT,
  rank,
  type SqlQuery,
} from './search.sql';

/** How many candidates of one type are read before visibility filtering. */
export const CANDIDATES = 100;

/** A candidate row: what it is, where it belongs, and how well it matched. */
export interface Candidate {
  id: string;
  caseId: string | null;
  meetingId: string | null;
  rank: number;
}

/** The Danish stems of the query's words (stop words left out) and whether it has any terms. */
export async function analyseQuery(
  db: Db,
  text: string,
  words: readonly string[],
): Promise<{ nodes: number; stems: string[] }> {
  const result = (await db.execute(sql`
    select numnode(websearch_to_tsquery('danish'::regconfig, ${text}))::int as nodes,
      array(select lexeme from unnest(to_tsvector('danish'::regconfig, ${words.join(' ')}))) as stems
  `)) as unknown as { rows: { nodes: number; stems: string[] | null }[] };
  const row = result.rows[0];
  return { nodes: Number(row?.nodes ?? 0), stems: row?.stems ?? [] };
}

/** Where candidates may come from: one forum, and/or a set of collaborations. */
export interface SearchScope {
  forumId?: string | undefined;
  /** The collaboration asked for and those linked to it by reorganisations. */
  collaborationIds?: readonly string[] | undefined;
}

const inCollaborations = (
  column: typeof cases.collaborationId | typeof meetings.collaborationId,
  scope: SearchScope,
): SQL | undefined =>
  scope.collaborationIds ? inArray(column, [...scope.collaborationIds]) : undefined;

const onRoute = (forumId: string): SQL =>
  sql`(${cases.raisedInForumId} = ${forumId} or exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId}))`;

/** Cases whose title, summary or body match. */
export async function caseCandidates(
  db: Db,
  q: SqlQuery,
  scope: SearchScope = {},
): Promise<Candidate[]> {
  const score = rank(CASE_TEXT, q);
  const rows = await db
    .select({ id: cases.id, rank: score })
    .from(cases)
    .where(
      and(
        matches(CASE_TEXT, q),
        scope.forumId ? onRoute(scope.forumId) : undefined,
        inCollaborations(cases.collaborationId, scope),
      ),
    )
    .orderBy(desc(score), cases.id)
    .limit(CANDIDATES);
  return rows.map((r) => ({ id: r.id, caseId: r.id, meetingId: null, rank: Number(r.rank) }));
}

/** Case steps whose recommendation or decision match. */
export async function decisionCandidates(
  db: Db,
  q: SqlQuery,
  scope: SearchScope = {},
): Promise<Candidate[]> {
  const score = rank(DECISION_TEXT, q);
  const base = db
    .select({ id: caseSteps.id, caseId: caseSteps.caseId, rank: score })
    .from(caseSteps);
  // The collaboration is the case's: joined by primary key only when the search is scoped.
  const scoped = scope.collaborationIds
    ? base.innerJoin(cases, eq(cases.id, caseSteps.caseId))
    : base;
  const rows = await scoped
    .where(
      and(
        matches(DECISION_TEXT, q),
        scope.forumId ? eq(caseSteps.forumId, scope.forumId) : undefined,
        inCollaborations(cases.collaborationId, scope),
      ),
    )
    .orderBy(desc(score), caseSteps.id)
    .limit(CANDIDATES);
  return rows.map((r) => ({ id: r.id, caseId: r.caseId, meetingId: null, rank: Number(r.rank) }));
}

/** Agenda items (title, body, recommendation) or free items' decisions in the minutes. */
export async function itemCandidates(
  db: Db,
  q: SqlQuery,
  which: 'items' | 'minutes',
  scope: SearchScope = {},
): Promise<Candidate[]> {
  const text = which === 'items' ? ITEM_TEXT : MINUTES_TEXT;
  const score = rank(text, q);
  const rows = await db
    .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, rank: score })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        matches(text, q),
        scope.forumId ? eq(meetings.forumId, scope.forumId) : undefined,
        inCollaborations(meetings.collaborationId, scope),
      ),
    )
    .orderBy(desc(score), agendaItems.id)
    .limit(CANDIDATES);
  return rows.map((r) => ({
    id: r.id,
    caseId: null,
    meetingId: r.meetingId,
    rank: Number(r.rank),
  }));
}
