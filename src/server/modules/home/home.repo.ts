/**
 * The queries behind "Mit arbejde": each section filtered, ordered, limited and counted in the
 * database, over the meetings' (forum, start) and (collaboration, start) indexes, the cases'
 * current-forum, collaboration and status indexes, and the case events' to-forum index. Closed
 * (confidential) cases are filtered with the one SQL visibility rule (`caseVisibleSql`).
 */
import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, ZONE, type IsoDate } from '../../../shared/dates';
import { MY_WORK_LIMIT, DEADLINE_HORIZON_DAYS } from '../../../shared/home.contract';
import { agendas, minutesApprovals } from '../agendas/index';
import { caseEvents, cases, caseSteps } from '../cases/index';
import { meetings } from '../meetings/index';
import { satInForumSql } from '../organisation/index';

/** A meeting as the lists read it (the forum's name is added by the service). */
export interface MeetingListRow {
  id: string;
  title: string;
  forumId: string;
  startsAt: Date;
  date: string;
  location: string | null;
  status: (typeof meetings.$inferSelect)['status'];
  agendaDeadline: string | null;
}

/** A section's rows and total. */
export interface Counted<T> {
  rows: T[];
  total: number;
}

/** Which meetings and cases are mine: by forum, by collaboration, or everywhere (null). */
export interface Filter {
  forumIds: string[];
  collaborationIds: string[];
  everywhere: boolean;
}

const NONE = sql`false`;

/** The condition of `filter` over a forum column and a collaboration column. */
function within(filter: Filter, forumCol: SQL, collabCol: SQL): SQL {
  if (filter.everywhere) return sql`true`;
  const parts: SQL[] = [];
  if (filter.forumIds.length) parts.push(inArray(forumCol, filter.forumIds));
  if (filter.collaborationIds.length) parts.push(inArray(collabCol, filter.collaborationIds));
  return parts.length ? (or(...parts) as SQL) : NONE;
}

/** The first instant of a Danish calendar day. */
const dayStart = (day: IsoDate): SQL => sql`((${day})::date::timestamp at time zone ${ZONE})`;
const meetingDate = sql<string>`to_char((${meetings.startsAt} at time zone ${ZONE})::date, 'YYYY-MM-DD')`;

const meetingColumns = {
  id: meetings.id,
  title: meetings.title,
  forumId: meetings.forumId,
  startsAt: meetings.startsAt,
  date: meetingDate,
  location: meetings.location,
  status: meetings.status,
  agendaDeadline: meetings.agendaDeadline,
};

async function total(db: Db, where: SQL | undefined, from: 'meetings' | 'cases'): Promise<number> {
  const [row] =
    from === 'meetings'
      ? await db.select({ n: count() }).from(meetings).where(where)
      : await db.select({ n: count() }).from(cases).where(where);
  return Number(row?.n ?? 0);
}

/** The next meetings (from the start of `asOf`) of my fora, soonest first. */
export async function nextMeetings(
  db: Db,
  filter: Filter,
  asOf: IsoDate,
): Promise<Counted<MeetingListRow>> {
  const where = and(
    within(filter, sql`${meetings.forumId}`, sql`${meetings.collaborationId}`),
    gte(meetings.startsAt, dayStart(asOf)),
    ne(meetings.status, 'cancelled'),
  );
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .where(where)
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(MY_WORK_LIMIT);
  const n = rows.length < MY_WORK_LIMIT ? rows.length : await total(db, where, 'meetings');
  return { rows, total: n };
}

/**
 * The agenda deadlines still ahead (on or after `asOf`) of my fora's meetings within the horizon
 * whose agenda is not yet published, the nearest deadline first.
 */
export async function agendaDeadlines(
  db: Db,
  filter: Filter,
  asOf: IsoDate,
): Promise<Counted<MeetingListRow>> {
  const where = and(
    within(filter, sql`${meetings.forumId}`, sql`${meetings.collaborationId}`),
    gte(meetings.startsAt, dayStart(asOf)),
    lt(meetings.startsAt, dayStart(addDays(asOf, DEADLINE_HORIZON_DAYS))),
    inArray(meetings.status, ['planned', 'agendaDraft']),
    gte(meetings.agendaDeadline, asOf),
  );
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .where(where)
    .orderBy(asc(meetings.agendaDeadline), asc(meetings.startsAt), asc(meetings.id))
    .limit(MY_WORK_LIMIT);
  const n = rows.length < MY_WORK_LIMIT ? rows.length : await total(db, where, 'meetings');
  return { rows, total: n };
}

/** A waiting case and its current step. */
export interface WaitingRow {
  id: string;
  title: string;
  raisedOn: string;
  forumId: string;
  stepStatus: (typeof caseSteps.$inferSelect)['status'];
  meetingId: string | null;
  meetingDate: string | null;
}

/** Open cases whose current step lies in my fora, the longest waiting first. */
export async function waitingCases(
  db: Db,
  filter: Filter,
  visible: SQL,
): Promise<Counted<WaitingRow>> {
  const where = and(
    eq(cases.status, 'open'),
    within(filter, sql`${cases.currentForumId}`, sql`${cases.collaborationId}`),
    visible,
  );
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      raisedOn: cases.raisedOn,
      forumId: caseSteps.forumId,
      stepStatus: caseSteps.status,
      meetingId: caseSteps.meetingId,
      meetingDate: sql<
        string | null
      >`(select ${meetingDate} from ${meetings} where ${meetings.id} = ${caseSteps.meetingId})`,
    })
    .from(cases)
    .innerJoin(caseSteps, eq(caseSteps.id, cases.currentStepId))
    .where(where)
    .orderBy(asc(cases.raisedOn), asc(cases.createdAt), asc(cases.id))
    .limit(MY_WORK_LIMIT);
  const n = rows.length < MY_WORK_LIMIT ? rows.length : await total(db, where, 'cases');
  return { rows, total: n };
}

/** The kinds of event that flow back down to a forum. */
const DOWN = ['returned', 'sentBack', 'withdrawn'] as const;

/** Ids of the visible cases with something flowing back to my fora by `asOf`, newest first. */
export async function returnedCaseIds(
  db: Db,
  forumIds: string[],
  asOf: IsoDate,
  visible: SQL,
): Promise<Counted<string>> {
  if (!forumIds.length) return { rows: [], total: 0 };
  const where = and(
    inArray(caseEvents.toForumId, forumIds),
    inArray(caseEvents.kind, [...DOWN]),
    sql`${caseEvents.on} <= ${asOf}`,
    visible,
  );
  const latest = sql<string>`max(${caseEvents.on})`;
  const rows = await db
    .select({ caseId: caseEvents.caseId, latest })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(where)
    .groupBy(caseEvents.caseId)
    .orderBy(desc(latest), caseEvents.caseId)
    .limit(MY_WORK_LIMIT);
  let n = rows.length;
  if (n === MY_WORK_LIMIT) {
    const [row] = await db
      .select({ n: sql<number>`count(distinct ${caseEvents.caseId})` })
      .from(caseEvents)
      .innerJoin(cases, eq(cases.id, caseEvents.caseId))
      .where(where);
    n = Number(row?.n ?? 0);
  }
  return { rows: rows.map((r) => r.caseId), total: n };
}

/** A decided case and its last decision. */
export interface DecisionRow {
  id: string;
  title: string;
  forumId: string | null;
  decidedOn: string | null;
}

/**
 * The latest decided cases (by raising date) of the collaborations, for a user without seats;
 * the total is the rows shown (the list is a glimpse, not a count).
 */
export async function recentDecisions(
  db: Db,
  filter: Filter,
  visible: SQL,
): Promise<Counted<DecisionRow>> {
  const where = and(
    eq(cases.status, 'decided'),
    within(filter, sql`null::uuid`, sql`${cases.collaborationId}`),
    visible,
  );
  const last = (column: SQL) =>
    sql`(select ${column} from ${caseSteps} where ${caseSteps.caseId} = ${cases.id} and ${caseSteps.status} = 'decided' order by ${caseSteps.position} desc limit 1)`;
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      forumId: sql<string | null>`${last(sql`${caseSteps.forumId}`)}`,
      decidedOn: sql<string | null>`${last(sql`to_char(${caseSteps.decidedOn}, 'YYYY-MM-DD')`)}`,
    })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.raisedOn), desc(cases.createdAt), desc(cases.id))
    .limit(MY_WORK_LIMIT);
  // The latest few are the point; counting every decided case of a country is not.
  return { rows, total: rows.length };
}

/** How far back minutes awaiting approval are looked for (days). */
const APPROVAL_LOOKBACK_DAYS = 180;

/**
 * Meetings of the fora the user ever sat in, held by `asOf` (within the look-back), whose minutes
 * are out for approval, that the user's person sat in on the day and has not approved yet.
 */
export async function approvalsDue(
  db: Db,
  user: { userId: string; personId: string | null },
  asOf: IsoDate,
): Promise<Counted<MeetingListRow>> {
  if (!user.personId) return { rows: [], total: 0 };
  const everSat = sql`(select distinct fmp.forum_id from forum_member_periods fmp where fmp.person_id = ${user.personId})`;
  const where = and(
    sql`${meetings.forumId} in ${everSat}`,
    gte(meetings.startsAt, dayStart(addDays(asOf, -APPROVAL_LOOKBACK_DAYS))),
    lt(meetings.startsAt, dayStart(addDays(asOf, 1))),
    eq(agendas.minutesStatus, 'sentForApproval'),
    satInForumSql(
      user.userId,
      meetings.forumId,
      sql`(${meetings.startsAt} at time zone ${ZONE})::date`,
    ),
    sql`not exists (select 1 from ${minutesApprovals} where ${minutesApprovals.meetingId} = ${meetings.id} and ${minutesApprovals.personId} = ${user.personId})`,
  );
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(agendas, eq(agendas.meetingId, meetings.id))
    .where(where)
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(MY_WORK_LIMIT);
  let n = rows.length;
  if (n === MY_WORK_LIMIT) {
    const [row] = await db
      .select({ n: count() })
      .from(meetings)
      .innerJoin(agendas, eq(agendas.meetingId, meetings.id))
      .where(where);
    n = Number(row?.n ?? 0);
  }
  return { rows, total: n };
}
