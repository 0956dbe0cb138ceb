/**
 * What the meetings module offers other modules inside their own transactions: meeting dates
 * per forum (the organisation module's cadence rule), carrying future meetings of an ended
 * forum over to its successor (reorganisations), and status changes (the agenda module).
 * None of these writes an audit row: the caller's `mutate` does.
 */
import { and, asc, eq, gte, inArray, lt, ne, type SQL } from 'drizzle-orm';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { MeetingStatus } from '../../../shared/meetings.enums';
import { translate } from '../../../shared/i18n/translate';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../platform/errors';
import {
  findMeetingRow,
  futureMeetingRows,
  listMeetingRows,
  updateMeetingRow,
  type MeetingRow,
} from './meetings.repo';
import { meetings, meetingSeries } from './meetings.table';
import type { OrganisationPort } from './org-port';
import { syncForumParticipants } from './participants.service';
import { atDanishTime, danishDate } from './time';

/**
 * Dates of the (planned and held, not cancelled) meetings of the fora, per forum id, sorted;
 * optionally within a period of Danish dates (inclusive).
 */
export async function meetingDatesByForum(
  db: Db,
  forumIds: readonly string[],
  period: { from?: IsoDate; to?: IsoDate } = {},
): Promise<Record<string, IsoDate[]>> {
  const out: Record<string, IsoDate[]> = Object.fromEntries(forumIds.map((id) => [id, []]));
  if (forumIds.length === 0) return out;
  // Only the two columns, over the (forum_id, starts_at) index: the cadence rule asks this on
  // every organisation read that shows breaches.
  const where: SQL[] = [inArray(meetings.forumId, [...forumIds]), ne(meetings.status, 'cancelled')];
  if (period.from) where.push(gte(meetings.startsAt, atDanishTime(period.from, '00:00')));
  if (period.to) where.push(lt(meetings.startsAt, atDanishTime(addDays(period.to, 1), '00:00')));
  const rows = await db
    .select({ forumId: meetings.forumId, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(...where))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  for (const r of rows) (out[r.forumId] ??= []).push(danishDate(r.startsAt));
  return out;
}

/** What a carry-over moved. */
export interface CarryOverResult {
  meetingIds: string[];
}

/**
 * Moves the active meetings of `fromForumId` dated on or after `fromDate` to `toForumId`
 * (a reorganisation: the ended forum's successor takes over its future meetings). The meetings
 * keep their id and ICS UID; the SEQUENCE goes up (the organiser changed) and the forum
 * participants are re-derived from the successor's members.
 */
export async function carryOverMeetings(
  tx: Db,
  port: OrganisationPort,
  args: {
    fromForumId: string;
    toForumId: string;
    fromDate: IsoDate;
    collaborationId?: string | null;
  },
): Promise<CarryOverResult> {
  const rows = await futureMeetingRows(tx, args.fromForumId, atDanishTime(args.fromDate, '00:00'));
  const moved: string[] = [];
  for (const row of rows) {
    const updated = (await updateMeetingRow(tx, row.id, {
      forumId: args.toForumId,
      icsSequence: row.icsSequence + 1,
      ...(args.collaborationId !== undefined ? { collaborationId: args.collaborationId } : {}),
    })) as MeetingRow;
    await syncForumParticipants(tx, port, updated);
    moved.push(row.id);
  }
  return { meetingIds: moved };
}

/** Allowed status changes; cancelling has its own use case. */
export const STATUS_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['agendaDraft', 'agendaPublished', 'held'],
  agendaDraft: ['planned', 'agendaPublished', 'held'],
  agendaPublished: ['agendaDraft', 'held'],
  held: ['minutesApproved'],
  minutesApproved: [],
  cancelled: ['planned'],
};

/** A meeting status's label (never the raw value in a problem text, issue 11). */
const label = (status: MeetingStatus, lang: 'da' | 'en') =>
  translate('meetings', `statuses.${status}`, lang);

/**
 * Changes a meeting's status inside the caller's transaction (e.g. the agenda module publishing
 * an agenda). A reinstated (formerly cancelled) meeting gets a new ICS SEQUENCE.
 * @throws AppError notFound / conflict (a transition the life cycle does not allow).
 */
export async function applyMeetingStatus(
  tx: Db,
  id: string,
  status: MeetingStatus,
): Promise<{ before: MeetingRow; after: MeetingRow }> {
  const before = await findMeetingRow(tx, id);
  if (!before) throw notFound({ da: 'Mødet', en: 'The meeting' });
  if (!STATUS_TRANSITIONS[before.status].includes(status)) {
    throw new AppError('conflict', {
      da: `Mødets status kan ikke skifte fra "${label(before.status, 'da')}" til "${label(status, 'da')}"`,
      en: `The meeting's status cannot change from "${label(before.status, 'en')}" to "${label(status, 'en')}"`,
    });
  }
  const reinstated = before.status === 'cancelled';
  const after = (await updateMeetingRow(tx, id, {
    status,
    ...(reinstated
      ? { cancelledAt: null, cancelReason: null, icsSequence: before.icsSequence + 1 }
      : {}),
  })) as MeetingRow;
  return { before, after };
}

/** One ended forum and its successors (the organisation module's `ForumSuccession`). */
export interface ForumSuccessionRef {
  fromForumId: string;
  toForumIds: readonly string[];
}

/** What a carry-over handler is given (structurally the organisation module's context). */
export interface CarryOverContextRef {
  tx: Db;
  collaborationId: string;
  effectiveDate: IsoDate;
  mappings: readonly ForumSuccessionRef[];
}

/** A carry-over handler (structurally the organisation module's `CarryOverHandler`). */
export interface MeetingsCarryOverHandler {
  name: string;
  carryOver: (
    ctx: CarryOverContextRef,
  ) => Promise<{ handler: string; summary: string; movedIds: string[] }>;
  openWork: (ctx: {
    tx: Db;
    forumIds: readonly string[];
    effectiveDate: IsoDate;
  }) => Promise<Record<string, string[]>>;
}

/** Re-points the meeting series of `fromForumId` to `toForumId`; returns their ids. */
async function carryOverSeries(tx: Db, fromForumId: string, toForumId: string): Promise<string[]> {
  const rows = await tx
    .update(meetingSeries)
    .set({ forumId: toForumId })
    .where(eq(meetingSeries.forumId, fromForumId))
    .returning({ id: meetingSeries.id });
  return rows.map((r) => r.id);
}

/**
 * The reorganisation handler: meetings of an ended forum on or after the reform date and its
 * meeting series move to its first successor (the one that takes the open work; with several
 * successors the summary names the others, for the secretariat to move meetings by hand).
 * Open work counted for the reform: `futureMeetings` (not cancelled, from the reform date) and
 * `meetingSeries`.
 */
export function meetingsCarryOverHandler(port: OrganisationPort): MeetingsCarryOverHandler {
  return {
    name: 'meetings',
    carryOver: async (ctx) => {
      const movedIds: string[] = [];
      const series: string[] = [];
      const shared: string[] = [];
      for (const m of ctx.mappings) {
        const [first, ...more] = m.toForumIds;
        if (first === undefined) continue;
        if (more.length > 0) shared.push(m.fromForumId);
        const result = await carryOverMeetings(ctx.tx, port, {
          fromForumId: m.fromForumId,
          toForumId: first,
          fromDate: ctx.effectiveDate,
          collaborationId: ctx.collaborationId,
        });
        movedIds.push(...result.meetingIds);
        series.push(...(await carryOverSeries(ctx.tx, m.fromForumId, first)));
      }
      const summary =
        `${movedIds.length} møde(r) og ${series.length} mødeserie(r) flyttet til efterfølgende fora` +
        (shared.length ? `; flere efterfølgere, flyttet til den første: ${shared.join(', ')}` : '');
      return { handler: 'meetings', summary, movedIds: [...movedIds, ...series] };
    },
    openWork: async (ctx) => {
      if (ctx.forumIds.length === 0) return { futureMeetings: [], meetingSeries: [] };
      const rows = await listMeetingRows(ctx.tx, {
        forumIds: ctx.forumIds,
        from: atDanishTime(ctx.effectiveDate, '00:00'),
        includeCancelled: false,
      });
      const series = await ctx.tx
        .select({ id: meetingSeries.id })
        .from(meetingSeries)
        .where(inArray(meetingSeries.forumId, [...ctx.forumIds]));
      return { futureMeetings: rows.map((r) => r.id), meetingSeries: series.map((r) => r.id) };
    },
  };
}
