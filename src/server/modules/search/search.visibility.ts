/**
 * The visibility rules of search as SQL conditions, so each query filters, ranks and LIMITs in
 * the database and a hidden row never takes a place among the hits. They state in SQL what the
 * viewer-filtered reads decide in JavaScript, with the stored forum membership periods
 * (`satInForumSql`: the same clearance as visibility.service.ts):
 * - a confidential case (src/domain/agendas/visibility.ts `caseRestrictions`/`mayViewCase`):
 *   visible to whoever sat in the raising forum on the day it was raised or today, or in a forum
 *   on its route on that step's meeting date (today while the step is unplaced);
 * - a step treated in a closed item (`stepRestriction`): to whoever sat in the step's forum on
 *   its meeting date (today while unplaced);
 * - a closed agenda item (`itemRestriction`): to whoever sat in the meeting's forum on the
 *   meeting date;
 * - an agenda's items (agendas.view.ts `getAgendaForViewer`): published, or the viewer is the
 *   secretariat or one of the draft's reviewers; the minutes only once the agenda is published.
 * search.visibility.test.ts checks these conditions against the JavaScript rule.
 *
 * The cases module has its own SQL version of the confidential-case rule for the case list;
 * the two state the same rule and should become one.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { alias } from 'drizzle-orm/pg-core';
import { todayInDenmark, ZONE, type IsoDate } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { agendaItems, agendaReviewers, agendas } from '../agendas/index';
import { caseSteps, cases, type Viewer } from '../cases/index';
import { meetings } from '../meetings/index';
import { satInForumSql } from '../organisation/index';

/** The viewer as the SQL conditions need them. */
export interface SqlViewer {
  userId: string;
  /** The secretariat (or admin) account role: sees draft agendas' items. */
  secretariat: boolean;
  /** Today in Denmark: the date of unplaced steps and of a confidential case's raising forum. */
  today: IsoDate;
}

/** The SQL viewer of a request. */
export function sqlViewer(viewer: Viewer, today: IsoDate = todayInDenmark()): SqlViewer {
  return { userId: viewer.userId, secretariat: hasRole(viewer.role, 'secretariat'), today };
}

/** A table with a meeting's `starts_at` (the meetings table or an alias of it). */
interface MeetingStart {
  startsAt: PgColumn;
}

/** The meeting's date in Denmark (as `CaseMeeting.date`: the start's calendar day there). */
export const danishDate = (m: MeetingStart): SQL =>
  sql`((${m.startsAt} at time zone ${sql.raw(`'${ZONE}'`)})::date)`;

/** A step's restriction date: its meeting's date, or today while unplaced. */
const stepDate = (v: SqlViewer, m: MeetingStart): SQL =>
  sql`coalesce(${danishDate(m)}, ${v.today}::date)`;

const routeSteps = alias(caseSteps, 'route_steps');
const routeMeetings = alias(meetings, 'route_meetings');

/** The case row (`cases`) is visible: not confidential, or the viewer sat in a forum treating it. */
export function caseVisible(v: SqlViewer): SQL {
  const today = sql`${v.today}::date`;
  // An alias inside raw SQL renders as its name only: the table is named explicitly.
  const onRoute = sql`exists (select 1 from ${caseSteps} as "route_steps" left join ${meetings} as "route_meetings" on ${eq(
    routeMeetings.id,
    routeSteps.meetingId,
  )} where ${and(
    eq(routeSteps.caseId, cases.id),
    satInForumSql(v.userId, routeSteps.forumId, stepDate(v, routeMeetings)),
  )})`;
  return sql`(not ${cases.confidential} or ${satInForumSql(
    v.userId,
    cases.raisedInForumId,
    cases.raisedOn,
  )} or ${satInForumSql(v.userId, cases.raisedInForumId, today)} or ${onRoute})`;
}

const decidingSteps = alias(caseSteps, 'deciding_steps');
const decidingMeetings = alias(meetings, 'deciding_meetings');

/**
 * The step row is not treated in a closed item, or the viewer sat in its forum then. A return
 * step (issue 12) carries the decision of the step it came from and is closed with it: it is
 * visible to whoever may see that step (src/domain/agendas/visibility.ts `caseView`).
 */
export function stepVisible(
  v: SqlViewer,
  step: { closed: PgColumn; forumId: PgColumn; returnOf: PgColumn },
  meeting: MeetingStart,
): SQL {
  // An alias inside raw SQL renders as its name only: the table is named explicitly.
  const deciding = sql`exists (select 1 from ${caseSteps} as "deciding_steps" left join ${meetings} as "deciding_meetings" on ${eq(
    decidingMeetings.id,
    decidingSteps.meetingId,
  )} where ${and(
    eq(decidingSteps.id, step.returnOf),
    satInForumSql(v.userId, decidingSteps.forumId, stepDate(v, decidingMeetings)),
  )})`;
  const own = satInForumSql(v.userId, step.forumId, stepDate(v, meeting));
  return sql`(not ${step.closed} or (${step.returnOf} is null and ${own}) or (${step.returnOf} is not null and ${deciding}))`;
}

/**
 * The agenda of the item row (`agenda_items` joined with its `agendas` row, left) shows its
 * items to the viewer: published, or the secretariat, or a reviewer of the draft. The minutes
 * (`which` = 'minutes') only once published.
 */
export function agendaVisible(v: SqlViewer, which: 'agendaItem' | 'minutes'): SQL {
  const published = sql`${agendas.status} = 'published'`;
  if (which === 'minutes' || !v.secretariat) {
    const reviewer = sql`exists (select 1 from ${agendaReviewers} where ${and(
      eq(agendaReviewers.meetingId, agendaItems.meetingId),
      eq(agendaReviewers.userId, v.userId),
    )})`;
    return which === 'minutes' ? sql`(${published})` : sql`(${published} or ${reviewer})`;
  }
  return sql`true`;
}

/** The item row is not closed, or the viewer sat in the meeting's forum on the meeting date. */
export function itemVisible(v: SqlViewer): SQL {
  return sql`(not ${agendaItems.closed} or ${satInForumSql(
    v.userId,
    meetings.forumId,
    danishDate(meetings),
  )})`;
}
