/**
 * The visibility rule of confidential cases as ONE SQL condition over the `cases` row, so a list
 * can filter, count and LIMIT in the database. It states exactly what `caseRestrictions` /
 * `mayViewCase` (src/domain/agendas/visibility.ts) state, with the clearance of
 * visibility.service.ts read from the stored membership periods (`satInForumSql`): a case that
 * is not confidential is visible to everyone; a confidential case is visible when the viewer's
 * person sat in the raising forum on the raising day or today, or in a forum on its route on that
 * step's meeting date (today while the step is unplaced or its meeting is unknown). The JS rule
 * stays the source of truth (the case page applies it); cases.visible.sql.test.ts checks that
 * both agree for every filter, viewer and page. Call `freshMemberPeriods` before the query.
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ZONE, type IsoDate } from '../../../shared/dates';
import { meetings } from '../meetings/index';
import { forumMemberPeriods, persons, satInForumSql } from '../organisation/index';
import { cases, caseSteps } from './cases.table';

/** The confidential cases the viewer may see are read through aliases of `cases`. */
const RAISED = 'cleared_raised';
const ROUTED = 'cleared_routed';
const raised = alias(cases, RAISED);
const routed = alias(cases, ROUTED);

/** The Danish calendar date of the meeting a step is placed on, or `today` (like `visibilityOf`). */
function stepDay(today: SQL): SQL {
  return sql`coalesce((select (${meetings.startsAt} at time zone ${ZONE})::date from ${meetings} where ${meetings.id} = ${caseSteps.meetingId}), ${today})`;
}

/**
 * SQL: the viewer `userId` may see the `cases` row (see the module comment); `today` in Denmark.
 * The confidential cases the viewer may see are one uncorrelated subquery, evaluated once and
 * driven by the fora the viewer ever sat in (a few): the confidential cases raised there (index
 * cases_confidential_idx) and the steps there (index case_steps_forum_case_idx), each then
 * checked with `satInForumSql` on its day. A row that is not confidential costs nothing, so the
 * list's order index can stop at LIMIT and a count stays an index-only scan.
 */
export function caseVisibleSql(userId: string, today: IsoDate): SQL<boolean> {
  const on = sql`${today}::date`;
  const satIn = sql`select ${forumMemberPeriods.forumId} from ${forumMemberPeriods} inner join ${persons} on ${persons.id} = ${forumMemberPeriods.personId} where ${persons.userId} = ${userId}`;
  const byRaising = sql`select ${raised.id} from ${cases} as ${sql.identifier(RAISED)} where ${raised.confidential} and ${raised.raisedInForumId} in (${satIn}) and (${satInForumSql(userId, raised.raisedInForumId, raised.raisedOn)} or ${satInForumSql(userId, raised.raisedInForumId, on)})`;
  const byRoute = sql`select ${caseSteps.caseId} from ${caseSteps} where ${caseSteps.forumId} in (${satIn}) and exists (select 1 from ${cases} as ${sql.identifier(ROUTED)} where ${routed.id} = ${caseSteps.caseId} and ${routed.confidential}) and ${satInForumSql(userId, caseSteps.forumId, stepDay(on))}`;
  return sql<boolean>`(not ${cases.confidential} or ${cases.id} in (${byRaising} union all ${byRoute}))`;
}
