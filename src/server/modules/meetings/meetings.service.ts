/** Meeting use cases: create, move or change, cancel, change status, list. */
import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '../../../shared/dates';
import type {
  CreateMeetingRequest,
  ListMeetingsQuery,
  Meeting,
  MeetingSaved,
  UpdateMeetingRequest,
} from '../../../shared/meetings.contract';
import type { MeetingStatus } from '../../../shared/meetings.enums';
import {
  addWorkingDays,
  DEFAULT_AGENDA_DEADLINE_WORKING_DAYS,
  type ClosureDay,
} from '../../../domain/meetings/index';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import {
  findMeetingRows,
  insertMeetings,
  insertPredecessors,
  listMeetingRows,
  predecessorsOf,
  updateMeetingRow,
  type MeetingRow,
  type NewMeetingRow,
} from './meetings.repo';
import type { ForumRef, OrganisationPort } from './org-port';
import {
  meetingDetail,
  requireMeeting,
  syncForumParticipants,
  type MeetingsDeps,
} from './participants.service';
import { applyMeetingStatus } from './integration';
import { presentMeeting } from './present';
import { checkSchedule, closuresFor, requireAcknowledged } from './scheduling';
import { assertEndsAfterStarts, atDanishTime, danishDate, parseInstant } from './time';

/**
 * The default agenda deadline: `workingDays` working days before the meeting day (the forum's
 * `agendaDeadlineWorkingDays`, else 10).
 */
export function defaultAgendaDeadline(
  date: IsoDate,
  closures: readonly ClosureDay[],
  workingDays: number = DEFAULT_AGENDA_DEADLINE_WORKING_DAYS,
): IsoDate {
  return addWorkingDays(date, -workingDays, closures);
}

/** The working days before a meeting that the forum's agenda closes: its setting, else 10. */
export function deadlineDaysOf(forum: Pick<ForumRef, 'agendaDeadlineWorkingDays'> | null): number {
  return forum?.agendaDeadlineWorkingDays ?? DEFAULT_AGENDA_DEADLINE_WORKING_DAYS;
}

/** {@link deadlineDaysOf} for a forum on a day, looked up through the port (default if unknown). */
export async function forumDeadlineDays(
  db: Db,
  port: OrganisationPort,
  forumId: string,
  date: IsoDate,
): Promise<number> {
  return deadlineDaysOf(port.available ? await port.findForum(db, forumId, date) : null);
}

/**
 * The forum valid on `date`. With organisation data wired, a forum not there on the day is a 404
 * that says why (ended, with its successors; not yet started); without it the id is taken on
 * trust (null).
 */
export async function resolveForum(
  db: Db,
  port: OrganisationPort,
  forumId: string,
  date: IsoDate,
): Promise<ForumRef | null> {
  if (!port.available) return null;
  const forum = await port.findForum(db, forumId, date);
  if (!forum) {
    if (port.forumNotValid) throw await port.forumNotValid(db, forumId, date);
    throw new AppError('notFound', {
      da: `Forummet findes ikke den ${date}`,
      en: `The forum does not exist on ${date}`,
    });
  }
  return forum;
}

/** New meeting columns (the id and ICS UID are fixed here and never change). */
export function newMeetingRow(values: Omit<NewMeetingRow, 'id' | 'icsUid'>): NewMeetingRow {
  const id = randomUUID();
  return { ...values, id, icsUid: `${id}@samspil.dk` };
}

/** Checks a new meeting (scheduling, predecessors) and builds its row; nothing is written. */
async function prepareMeeting(deps: MeetingsDeps, input: CreateMeetingRequest) {
  const { db, organisation } = deps;
  const startsAt = parseInstant(input.startsAt, 'startsAt');
  const endsAt = parseInstant(input.endsAt, 'endsAt');
  assertEndsAfterStarts(startsAt, endsAt);
  const date = danishDate(startsAt);
  const forum = await resolveForum(db, organisation, input.forumId, date);
  const collaborationId = forum?.collaborationId ?? input.collaborationId ?? null;
  const change = { forumId: input.forumId, date };
  const warnings = await checkSchedule(db, organisation, [change], collaborationId);
  requireAcknowledged(warnings, input.acknowledgeWarnings, null);
  const predecessorIds = [...new Set(input.predecessorIds ?? [])];
  if ((await findMeetingRows(db, predecessorIds)).length !== predecessorIds.length) {
    throw notFound({ da: 'Et forudgående møde', en: 'A predecessor meeting' });
  }
  const closures = await closuresFor(db, collaborationId);
  const row = newMeetingRow({
    forumId: input.forumId,
    collaborationId,
    title: input.title,
    startsAt,
    endsAt,
    location: input.location ?? null,
    onlineUrl: input.onlineUrl ?? null,
    kind: input.kind ?? 'ordinary',
    widenedCircle: input.widenedCircle ?? false,
    widenedCircleNote: input.widenedCircleNote ?? null,
    agendaDeadline:
      input.agendaDeadline ?? defaultAgendaDeadline(date, closures, deadlineDaysOf(forum)),
  });
  return { row, warnings, predecessorIds, date };
}

/** Creates a meeting; scheduling warnings must be acknowledged (409 `orderingWarning`). */
export async function createMeeting(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateMeetingRequest,
): Promise<MeetingSaved> {
  const { row, warnings, predecessorIds, date } = await prepareMeeting(deps, input);
  return mutate(deps.db, actor, async (tx) => {
    const [meeting] = (await insertMeetings(tx, [row])) as [MeetingRow];
    const links = predecessorIds.map((p) => ({ meetingId: meeting.id, predecessorId: p }));
    await insertPredecessors(tx, links);
    const derivable = await syncForumParticipants(tx, deps.organisation, meeting);
    const detail = await meetingDetail(tx, deps.organisation, meeting, derivable);
    return {
      result: { meeting: detail, warnings },
      audit: {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: meeting.id,
        summary: `Møde oprettet: ${meeting.title} ${date}`,
        after: { ...detail, acknowledgedWarnings: warnings.map((w) => w.code) },
        relatedIds: [meeting.id, meeting.forumId],
      },
    };
  });
}

const EDITABLE: readonly MeetingStatus[] = ['planned', 'agendaDraft', 'agendaPublished'];

function assertMovable(row: MeetingRow): void {
  if (!EDITABLE.includes(row.status)) {
    throw new AppError('conflict', {
      da: 'Mødet er afholdt, afsluttet eller aflyst og kan ikke flyttes eller ændres',
      en: 'The meeting is held, closed or cancelled and cannot be moved or changed',
    });
  }
}

/** The columns a patch changes, and whether time or place (what ICS clients show) changed. */
function patchColumns(row: MeetingRow, patch: UpdateMeetingRequest, startsAt: Date, endsAt: Date) {
  const columns: Partial<NewMeetingRow> = {
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.location !== undefined ? { location: patch.location } : {}),
    ...(patch.onlineUrl !== undefined ? { onlineUrl: patch.onlineUrl } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
    ...(patch.widenedCircle !== undefined ? { widenedCircle: patch.widenedCircle } : {}),
    ...(patch.widenedCircleNote !== undefined
      ? { widenedCircleNote: patch.widenedCircleNote }
      : {}),
    startsAt,
    endsAt,
  };
  const timeOrPlaceChanged =
    startsAt.getTime() !== row.startsAt.getTime() ||
    endsAt.getTime() !== row.endsAt.getTime() ||
    (patch.location !== undefined && patch.location !== row.location) ||
    (patch.onlineUrl !== undefined && patch.onlineUrl !== row.onlineUrl);
  return { columns, timeOrPlaceChanged };
}

/**
 * The agenda deadline of a meeting moved from `oldDate` to `date`: the default deadline of the
 * new day when the stored one was the default of the old day, else null (set by hand: kept).
 */
async function followedDeadline(
  deps: MeetingsDeps,
  row: MeetingRow,
  move: { oldDate: IsoDate; date: IsoDate; forum: ForumRef | null },
): Promise<IsoDate | null> {
  const closures = await closuresFor(deps.db, row.collaborationId);
  const oldDays = await forumDeadlineDays(deps.db, deps.organisation, row.forumId, move.oldDate);
  if (row.agendaDeadline !== defaultAgendaDeadline(move.oldDate, closures, oldDays)) return null;
  const days = move.forum ? deadlineDaysOf(move.forum) : oldDays;
  return defaultAgendaDeadline(move.date, closures, days);
}

/**
 * Changes or moves a meeting. A move to another day runs the scheduling check and re-derives
 * the forum participants for the new day; a change of time or place raises the ICS SEQUENCE.
 */
export async function updateMeeting(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  patch: UpdateMeetingRequest,
): Promise<MeetingSaved> {
  const { db, organisation } = deps;
  const row = await requireMeeting(db, id);
  assertMovable(row);
  const startsAt = patch.startsAt ? parseInstant(patch.startsAt, 'startsAt') : row.startsAt;
  const endsAt = patch.endsAt ? parseInstant(patch.endsAt, 'endsAt') : row.endsAt;
  assertEndsAfterStarts(startsAt, endsAt);
  const oldDate = danishDate(row.startsAt);
  const date = danishDate(startsAt);
  const moved = date !== oldDate;
  const newForum = moved ? await resolveForum(db, organisation, row.forumId, date) : null;
  const warnings = moved
    ? await checkSchedule(
        db,
        organisation,
        [{ meetingId: id, forumId: row.forumId, date }],
        row.collaborationId,
      )
    : [];
  requireAcknowledged(warnings, patch.acknowledgeWarnings, id);
  const { columns, timeOrPlaceChanged } = patchColumns(row, patch, startsAt, endsAt);
  if (patch.agendaDeadline !== undefined) columns.agendaDeadline = patch.agendaDeadline;
  else if (moved) {
    const followed = await followedDeadline(deps, row, { oldDate, date, forum: newForum });
    if (followed !== null) columns.agendaDeadline = followed;
  }
  if (timeOrPlaceChanged) columns.icsSequence = row.icsSequence + 1;
  return mutate(db, actor, async (tx) => {
    const updated = (await updateMeetingRow(tx, id, columns)) as MeetingRow;
    const derivable = moved ? await syncForumParticipants(tx, organisation, updated) : undefined;
    const detail = await meetingDetail(tx, organisation, updated, derivable);
    return {
      result: { meeting: detail, warnings },
      audit: {
        action: moved ? 'meeting.move' : 'meeting.update',
        entityType: 'meeting',
        entityId: id,
        before: presentMeeting(row),
        after: { ...presentMeeting(updated), acknowledgedWarnings: warnings.map((w) => w.code) },
        relatedIds: [id, row.forumId],
      },
    };
  });
}

/** Cancels a meeting: kept (with its UID) and shown as cancelled in calendars. */
export async function cancelMeeting(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  reason: string | undefined,
): Promise<Meeting> {
  const row = await requireMeeting(deps.db, id);
  assertMovable(row);
  return mutate(deps.db, actor, async (tx) => {
    const updated = (await updateMeetingRow(tx, id, {
      status: 'cancelled',
      cancelledAt: new Date(),
      cancelReason: reason ?? null,
      icsSequence: row.icsSequence + 1,
    })) as MeetingRow;
    const meeting = presentMeeting(updated, await extrasOf(tx, deps.organisation, updated));
    return {
      result: meeting,
      audit: {
        action: 'meeting.cancel',
        entityType: 'meeting',
        entityId: id,
        summary: `Møde aflyst: ${row.title} ${danishDate(row.startsAt)}`,
        before: presentMeeting(row),
        after: meeting,
        relatedIds: [id, row.forumId],
      },
    };
  });
}

/** Moves a meeting along its life cycle (a reinstated meeting gets a new ICS SEQUENCE). */
export async function setMeetingStatus(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  status: MeetingStatus,
): Promise<Meeting> {
  return mutate(deps.db, actor, async (tx) => {
    const { before, after } = await applyMeetingStatus(tx, id, status);
    const meeting = presentMeeting(after, await extrasOf(tx, deps.organisation, after));
    return {
      result: meeting,
      audit: {
        action: 'meeting.setStatus',
        entityType: 'meeting',
        entityId: id,
        before: { status: before.status },
        after: { status },
        relatedIds: [id, before.forumId],
      },
    };
  });
}

async function extrasOf(db: Db, port: OrganisationPort, row: MeetingRow) {
  const names = await port.forumNames(db, [row.forumId]);
  const predecessors = await predecessorsOf(db, [row.id]);
  return {
    forumName: names.get(row.forumId) ?? null,
    predecessorIds: predecessors.get(row.id) ?? [],
  };
}

/** Rows as list items with forum names and predecessor ids. */
export async function presentMeetings(
  db: Db,
  port: OrganisationPort,
  rows: readonly MeetingRow[],
): Promise<Meeting[]> {
  const names = await port.forumNames(db, [...new Set(rows.map((r) => r.forumId))]);
  const predecessors = await predecessorsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentMeeting(r, {
      forumName: names.get(r.forumId) ?? null,
      predecessorIds: predecessors.get(r.id) ?? [],
    }),
  );
}

/** Meetings by forum, collaboration, period (Danish dates, inclusive) and status. */
export async function listMeetings(deps: MeetingsDeps, q: ListMeetingsQuery): Promise<Meeting[]> {
  const rows = await listMeetingRows(deps.db, {
    ...(q.forumId ? { forumIds: [q.forumId] } : {}),
    ...(q.collaborationId ? { collaborationId: q.collaborationId } : {}),
    ...(q.from ? { from: atDanishTime(q.from, '00:00') } : {}),
    ...(q.to ? { before: atDanishTime(addDays(q.to, 1), '00:00') } : {}),
    ...(q.status ? { status: q.status } : {}),
    includeCancelled: q.includeCancelled === 'true',
    limit: q.limit,
  });
  return presentMeetings(deps.db, deps.organisation, rows);
}
