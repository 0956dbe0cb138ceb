/**
 * The ports of ports.ts over the organisation and meetings modules' public surfaces. app.ts
 * builds them once and hands them to the cases and agendas routes; other channels (exports,
 * ICS, e-mail) build the same `CaseDeps` with {@link caseDeps} and read through the
 * viewer-filtered functions.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { todayInDenmark, ZONE, type IsoDate } from '../../../shared/dates';
import type { MeetingStatus } from '../../../shared/meetings.enums';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors';
import {
  applyMeetingStatus,
  findMeetingRow,
  meetingParticipants,
  meetings,
  STATUS_TRANSITIONS,
  type MeetingRow,
} from '../meetings/index';
import {
  clusters,
  findForum,
  forumNames,
  forumNotValidProblem,
  freshMemberPeriods,
  getForumMembers,
  satInForumSql,
} from '../organisation/index';
import type { CaseDeps, CaseMeeting, MeetingsLookup, OrganisationLookup } from './ports';

/** The organisation look-ups over the organisation module. */
export const organisationLookup: OrganisationLookup = {
  async findForum(db, forumId, date) {
    const row = await findForum(db, forumId, date);
    if (!row) return null;
    return {
      entityId: row.entityId,
      collaborationId: row.collaborationId,
      clusterId: row.clusterId,
      successorForumIds: row.successorForumIds,
    };
  },
  forumNotValid: (db, forumId, date) => forumNotValidProblem(db, forumId, date),
  async forumMembers(db, forumId, date) {
    return (await getForumMembers(db, forumId, date)) ?? [];
  },
  async clearedFor(db, userId, restrictions) {
    if (restrictions.length === 0) return [];
    await freshMemberPeriods(db);
    const values = sql.join(
      restrictions.map((r) => sql`(${r.forumId}::uuid, ${r.on}::date)`),
      sql`, `,
    );
    const rows = await db
      .select({ forumId: sql<string>`r.forum_id::text`, on: sql<string>`r.on_day::text` })
      .from(sql`(values ${values}) as r(forum_id, on_day)`)
      .where(satInForumSql(userId, sql`r.forum_id`, sql`r.on_day`));
    return rows.map((r) => ({ forumId: r.forumId, on: r.on as IsoDate }));
  },
  forumNames: (db, forumIds) => forumNames(db, [...new Set(forumIds)]),
  async clusterNames(db, clusterIds) {
    const names = new Map<string, string>();
    if (clusterIds.length === 0) return names;
    const rows = await db
      .select({ id: clusters.entityId, name: clusters.name })
      .from(clusters)
      .where(inArray(clusters.entityId, [...new Set(clusterIds)]))
      .orderBy(asc(clusters.validFrom));
    // Versions come oldest first, so the latest name wins.
    for (const r of rows) names.set(r.id, r.name);
    return names;
  },
};

function toMeeting(row: MeetingRow): CaseMeeting {
  return {
    id: row.id,
    forumId: row.forumId,
    date: todayInDenmark(row.startsAt),
    status: row.status,
    title: row.title,
    startsAt:
      DateTime.fromJSDate(row.startsAt).setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? '',
  };
}

/**
 * Moves a meeting's status forward along with its agenda when the meetings module's life cycle
 * allows it (planned → agendaDraft → agendaPublished → held → minutesApproved); otherwise it
 * leaves the status alone (e.g. a meeting already marked held).
 */
async function advanceStatus(tx: Db, meetingId: string, status: MeetingStatus): Promise<void> {
  const row = await findMeetingRow(tx, meetingId);
  if (!row || row.status === status) return;
  const path: MeetingStatus[] =
    status === 'minutesApproved' ? ['held', 'minutesApproved'] : [status];
  let current = row.status;
  for (const next of path) {
    if (current === next) continue;
    if (!STATUS_TRANSITIONS[current].includes(next)) return;
    await applyMeetingStatus(tx, meetingId, next);
    current = next;
  }
}

/** The meetings look-ups over the meetings module. */
export const meetingsLookup: MeetingsLookup = {
  async findMeeting(db, meetingId) {
    const row = await findMeetingRow(db, meetingId);
    return row ? toMeeting(row) : null;
  },
  async meetings(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .select()
      .from(meetings)
      .where(inArray(meetings.id, [...ids]));
    return rows.map(toMeeting);
  },
  async participants(db, meetingId) {
    const rows = await db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId));
    return rows.map((r) => ({
      id: r.id,
      personId: r.personId,
      name: r.name ?? '',
      attendance: r.attendance,
    }));
  },
  async recordAttendance(tx, meetingId, entries) {
    for (const e of entries) {
      const updated = await tx
        .update(meetingParticipants)
        .set({ attendance: e.attendance, updatedAt: new Date() })
        .where(
          and(
            eq(meetingParticipants.id, e.participantId),
            eq(meetingParticipants.meetingId, meetingId),
          ),
        )
        .returning({ id: meetingParticipants.id });
      if (updated.length === 0) throw notFound({ da: 'Deltageren', en: 'The participant' });
    }
  },
  setStatus: advanceStatus,
};

/** The cases and agendas dependencies over a database. */
export function caseDeps(db: Db): CaseDeps {
  return { db, org: organisationLookup, meetings: meetingsLookup };
}
