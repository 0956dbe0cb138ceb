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
import { ZONE, type IsoDate } from '../../../shared/dates';
import { meetings } from '../meetings/index';
import { satInForumSql } from '../organisation/index';
import { cases, caseSteps } from './cases.table';

/** The Danish calendar date of the meeting a step is placed on, or `today` (like `visibilityOf`). */
function stepDay(today: SQL): SQL {
  return sql`coalesce((select (${meetings.startsAt} at time zone ${ZONE})::date from ${meetings} where ${meetings.id} = ${caseSteps.meetingId}), ${today})`;
}

/** SQL: the viewer `userId` may see the `cases` row (see the module comment); `today` in Denmark. */
export function caseVisibleSql(userId: string, today: IsoDate): SQL<boolean> {
  const on = sql`${today}::date`;
  return sql<boolean>`(not ${cases.confidential} or ${satInForumSql(userId, cases.raisedInForumId, cases.raisedOn)} or ${satInForumSql(userId, cases.raisedInForumId, on)} or exists (select 1 from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${satInForumSql(userId, caseSteps.forumId, stepDay(on))}))`;
}
