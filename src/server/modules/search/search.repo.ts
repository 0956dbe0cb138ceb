/**
 * The search queries: per type, the hits ONE viewer may see, best first, limited in SQL
 * (docs/decisions/013-national-scale-reads.md, "Search at national scale"). Visibility is part
 * of each query (search.visibility.ts), so hidden rows never take a place under the LIMIT and
 * every text a hit carries comes from a row the same query proved visible.
 */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { agendaPath, casePath, caseStepPath, minutesPath } from '../../../shared/links';
import type { Db } from '../../db/client';
import { agendaItems, agendas } from '../agendas/index';
import { caseSteps, cases } from '../cases/index';
import { meetings } from '../meetings/index';
import {
  CASE_TEXT,
  DECISION_TEXT,
  ITEM_TEXT,
  matches,
  MINUTES_TEXT,
  hasFuzzyStems,
  rank,
  type SqlQuery,
} from './search.sql';
import {
  agendaVisible,
  caseVisible,
  danishDate,
  itemVisible,
  stepVisible,
  type SqlViewer,
} from './search.visibility';

/**
 * How many matches of one type are ranked at most: the most recent visible ones. A word found
 * in half of all cases would otherwise be ranked in every one of them (word similarity costs
 * ~80 µs a row: seconds for 50,000); beyond this many matches the best hits are taken among the
 * newest. A search with fewer matches ranks them all, exactly as before.
 */
export const RANKED_CANDIDATES = 500;

/** A visible hit before its snippet is cut: the whole visible text it was found in. */
export interface VisibleHit {
  type: 'case' | 'decision' | 'agendaItem' | 'minutes' | 'consultation';
  id: string;
  title: string;
  text: string;
  link: string;
  caseId: string | null;
  meetingId: string | null;
  forumId: string | null;
  date: string | null;
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

/** Where hits may come from: one forum, and/or a set of collaborations. */
export interface SearchScope {
  forumId?: string | undefined;
  /** The collaboration asked for and those linked to it by reorganisations. */
  collaborationIds?: readonly string[] | undefined;
}

/** What one search of one type needs. */
export interface HitQuery {
  viewer: SqlViewer;
  q: SqlQuery;
  scope: SearchScope;
  limit: number;
}

const inCollaborations = (
  column: typeof cases.collaborationId | typeof meetings.collaborationId,
  scope: SearchScope,
): SQL | undefined =>
  scope.collaborationIds ? inArray(column, [...scope.collaborationIds]) : undefined;

const onRoute = (forumId: string): SQL =>
  sql`(${cases.raisedInForumId} = ${forumId} or exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.forumId} = ${forumId}))`;

const joined = (...parts: (string | null)[]): string => parts.filter(Boolean).join('\n');

/**
 * The two phases every type is searched in (docs/decisions/013, "Search at national scale").
 * First the exact matches (full text, and a stem inside a compound word): of those the viewer
 * may see, the newest RANKED_CANDIDATES are ranked. Only when there are fewer than asked for
 * does the fuzzy phase run: the whole query with misspellings (trigram similarity), ranked
 * as one, exactly as a single query did before. Word similarity costs ~80 µs a row and the
 * trigram index hands back every row sharing trigrams with a common word, so a common word
 * that is found exactly never pays for it.
 */
async function twoPhases<T>(
  q: SqlQuery,
  limit: number,
  exactIds: () => Promise<string[]>,
  ranked: (filter: { ids: string[] } | { fuzzy: true }) => Promise<T[]>,
): Promise<T[]> {
  const ids = await exactIds();
  // Enough exact matches, or nothing a misspelling could add: rank the exact ones.
  if (ids.length >= limit || !hasFuzzyStems(q)) return ids.length === 0 ? [] : ranked({ ids });
  // Too few: the fuzzy query finds them again among its own, so they are not ranked twice.
  return ranked({ fuzzy: true });
}

/** Case hits: title, summary and body of the cases the viewer may see. */
export async function caseHits(
  db: Db,
  { viewer, q, scope, limit }: HitQuery,
): Promise<VisibleHit[]> {
  const where = (fuzzy: boolean) =>
    and(
      matches(CASE_TEXT, q, fuzzy),
      scope.forumId ? onRoute(scope.forumId) : undefined,
      inCollaborations(cases.collaborationId, scope),
      caseVisible(viewer),
    );
  const score = rank(CASE_TEXT, q);
  const rows = await twoPhases(
    q,
    limit,
    async () =>
      (
        await db
          .select({ id: cases.id })
          .from(cases)
          .where(where(false))
          .orderBy(desc(cases.raisedOn), desc(cases.id))
          .limit(RANKED_CANDIDATES)
      ).map((r) => r.id),
    (filter) =>
      db
        .select({
          id: cases.id,
          title: cases.title,
          summary: cases.summary,
          body: cases.body,
          forumId: cases.raisedInForumId,
          raisedOn: cases.raisedOn,
          rank: score,
        })
        .from(cases)
        .where('ids' in filter ? inArray(cases.id, filter.ids) : where(true))
        .orderBy(desc(score), cases.id)
        .limit(limit),
  );
  return rows.map((r) => ({
    type: 'case',
    id: r.id,
    title: r.title,
    text: joined(r.title, r.summary, r.body),
    link: casePath(r.id),
    caseId: r.id,
    meetingId: null,
    forumId: r.forumId,
    date: r.raisedOn,
    rank: Number(r.rank),
  }));
}

/** The meeting a step is placed on (for the closed-step rule's date). */
const stepMeetings = alias(meetings, 'step_meetings');

/** Decision hits: the recommendation and decision of steps the viewer may see. */
export async function decisionHits(
  db: Db,
  { viewer, q, scope, limit }: HitQuery,
): Promise<VisibleHit[]> {
  const where = (fuzzy: boolean) =>
    and(
      matches(DECISION_TEXT, q, fuzzy),
      // A step with only empty texts gives no hit: it must not take a place either.
      sql`coalesce(${caseSteps.recommendation}, '') || coalesce(${caseSteps.decisionText}, '') <> ''`,
      // A return step (issue 12) repeats the decision of the step it came from, which is the hit.
      sql`${caseSteps.origin} <> 'trail'`,
      scope.forumId ? eq(caseSteps.forumId, scope.forumId) : undefined,
      inCollaborations(cases.collaborationId, scope),
      caseVisible(viewer),
      stepVisible(viewer, caseSteps, stepMeetings),
    );
  const score = rank(DECISION_TEXT, q);
  const rows = await twoPhases(
    q,
    limit,
    async () =>
      (
        await db
          .select({ id: caseSteps.id })
          .from(caseSteps)
          .innerJoin(cases, eq(cases.id, caseSteps.caseId))
          .leftJoin(stepMeetings, eq(stepMeetings.id, caseSteps.meetingId))
          .where(where(false))
          .orderBy(
            desc(sql`coalesce(${caseSteps.decidedOn}, ${cases.raisedOn})`),
            desc(caseSteps.id),
          )
          .limit(RANKED_CANDIDATES)
      ).map((r) => r.id),
    (filter) =>
      db
        .select({
          id: caseSteps.id,
          caseId: caseSteps.caseId,
          title: cases.title,
          recommendation: caseSteps.recommendation,
          decisionText: caseSteps.decisionText,
          meetingId: caseSteps.meetingId,
          forumId: caseSteps.forumId,
          decidedOn: caseSteps.decidedOn,
          rank: score,
        })
        .from(caseSteps)
        .innerJoin(cases, eq(cases.id, caseSteps.caseId))
        .leftJoin(stepMeetings, eq(stepMeetings.id, caseSteps.meetingId))
        .where('ids' in filter ? inArray(caseSteps.id, filter.ids) : where(true))
        .orderBy(desc(score), caseSteps.id)
        .limit(limit),
  );
  return rows.flatMap((r) => {
    const text = joined(r.recommendation, r.decisionText);
    if (text === '') return [];
    return [
      {
        type: 'decision' as const,
        id: r.id,
        title: r.title,
        text,
        link: caseStepPath(r.caseId, r.id),
        caseId: r.caseId,
        meetingId: r.meetingId,
        forumId: r.forumId,
        date: r.decidedOn,
        rank: Number(r.rank),
      },
    ];
  });
}

/** A case item's step: its recommendation and decision live there (one trail). */
const itemSteps = alias(caseSteps, 'item_steps');

/** The item's number on the agenda: 1-based in position order, as the agenda shows it. */
const itemNumber = sql<number>`((select count(*) from ${agendaItems} as "numbered" where "numbered"."meeting_id" = ${agendaItems.meetingId} and "numbered"."position" < ${agendaItems.position}) + 1)::int`;

/** Agenda items (title, body, recommendation) or free items' decisions in the minutes. */
export async function itemHits(
  db: Db,
  which: 'agendaItem' | 'minutes',
  { viewer, q, scope, limit }: HitQuery,
): Promise<VisibleHit[]> {
  const searched = which === 'agendaItem' ? ITEM_TEXT : MINUTES_TEXT;
  const score = rank(searched, q);
  const fromStep = sql`${itemSteps.id} is not null`;
  const decision = sql<
    string | null
  >`case when ${fromStep} then ${itemSteps.decisionText} else ${agendaItems.decision} end`;
  const where = (fuzzy: boolean) =>
    and(
      matches(searched, q, fuzzy),
      // The minutes show the step's decision for a case item: no hit when it has none.
      which === 'minutes' ? sql`${decision} <> ''` : undefined,
      scope.forumId ? eq(meetings.forumId, scope.forumId) : undefined,
      inCollaborations(meetings.collaborationId, scope),
      agendaVisible(viewer, which),
      itemVisible(viewer),
    );
  const itemStep = and(
    eq(itemSteps.id, agendaItems.caseStepId),
    eq(itemSteps.caseId, agendaItems.caseId),
  );
  const rows = await twoPhases(
    q,
    limit,
    async () =>
      (
        await db
          .select({ id: agendaItems.id })
          .from(agendaItems)
          .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
          .leftJoin(agendas, eq(agendas.meetingId, agendaItems.meetingId))
          .leftJoin(itemSteps, itemStep)
          .where(where(false))
          .orderBy(desc(meetings.startsAt), desc(agendaItems.id))
          .limit(RANKED_CANDIDATES)
      ).map((r) => r.id),
    (filter) =>
      db
        .select({
          id: agendaItems.id,
          meetingId: agendaItems.meetingId,
          number: itemNumber,
          title: agendaItems.title,
          body: agendaItems.body,
          caseId: agendaItems.caseId,
          recommendation: sql<
            string | null
          >`case when ${fromStep} then ${itemSteps.recommendation} else ${agendaItems.recommendation} end`,
          decision,
          forumId: meetings.forumId,
          date: sql<string>`${danishDate(meetings)}::text`,
          rank: score,
        })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .leftJoin(agendas, eq(agendas.meetingId, agendaItems.meetingId))
        .leftJoin(itemSteps, itemStep)
        .where('ids' in filter ? inArray(agendaItems.id, filter.ids) : where(true))
        .orderBy(desc(score), agendaItems.id)
        .limit(limit),
  );
  const path = which === 'agendaItem' ? agendaPath : minutesPath;
  return rows.flatMap((r) => {
    const text =
      which === 'agendaItem' ? joined(r.title, r.body, r.recommendation) : (r.decision ?? '');
    if (text === '') return [];
    return [
      {
        type: which,
        id: r.id,
        title: r.title,
        text,
        link: path(r.meetingId, Number(r.number)),
        caseId: r.caseId,
        meetingId: r.meetingId,
        forumId: r.forumId,
        date: r.date,
        rank: Number(r.rank),
      },
    ];
  });
}
