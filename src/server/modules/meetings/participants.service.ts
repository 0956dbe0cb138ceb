/** Participants: derived from the forum, added by hand, and attendance. */
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type {
  AddParticipantRequest,
  MeetingDetail,
  RecordAttendanceRequest,
  UpdateParticipantRequest,
} from '../../../shared/meetings.contract';
import { findMeetingRow, lockMeetingRow, predecessorsOf, type MeetingRow } from './meetings.repo';
import type { OrganisationPort } from './org-port';
import {
  deleteParticipantRows,
  findParticipantRow,
  insertParticipantRows,
  listParticipantRows,
  updateParticipantRow,
} from './participants.repo';
import { deriveParticipants, planParticipantSync } from './participants.sync';
import { presentMeeting, presentParticipant } from './present';
import { danishDate } from './time';

/** What the meeting services need. */
export interface MeetingsDeps {
  db: Db;
  organisation: OrganisationPort;
}

const MEETING = { da: 'Mødet', en: 'The meeting' };
const PARTICIPANT = { da: 'Deltageren', en: 'The participant' };

/**
 * The affiliations of the participants and whether the forum's members can be derived: one
 * organisation read when the port offers it (a known `membersDerivable` skips the second part).
 */
async function participantContext(
  db: Db,
  port: OrganisationPort,
  row: MeetingRow,
  personIds: readonly string[],
  membersDerivable: boolean | undefined,
) {
  const date = danishDate(row.startsAt);
  if (port.available && port.participantInfo && membersDerivable === undefined) {
    return port.participantInfo(db, row.forumId, date, personIds);
  }
  const affiliations = await port.affiliations(db, row.forumId, date, personIds);
  const derivable =
    membersDerivable ??
    (port.available && (await port.forumMembers(db, row.forumId, date)) !== null);
  return { affiliations, membersDerivable: derivable };
}

/** A meeting with participants (names resolved), predecessors and forum name. */
export async function meetingDetail(
  db: Db,
  port: OrganisationPort,
  row: MeetingRow,
  membersDerivable?: boolean,
): Promise<MeetingDetail> {
  const rows = await listParticipantRows(db, row.id);
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  const persons = new Map((await port.persons(db, personIds)).map((p) => [p.id, p]));
  const context = await participantContext(db, port, row, personIds, membersDerivable);
  const names = await port.forumNames(db, [row.forumId]);
  const predecessors = await predecessorsOf(db, [row.id]);
  return {
    ...presentMeeting(row, {
      forumName: names.get(row.forumId) ?? null,
      predecessorIds: predecessors.get(row.id) ?? [],
    }),
    participants: rows.map((r) => presentParticipant(r, persons, context.affiliations)),
    membersDerivable: context.membersDerivable,
  };
}

/** Loads a meeting or throws 404. */
export async function requireMeeting(db: Db, id: string): Promise<MeetingRow> {
  const row = await findMeetingRow(db, id);
  if (!row) throw notFound(MEETING);
  return row;
}

/** What a re-derivation changed, by person. */
export interface ParticipantSyncResult {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * Re-derives the forum participants of a meeting inside a transaction (the meeting row locked,
 * so concurrent syncs of one meeting take turns). Returns null (and changes nothing) when the
 * forum's members cannot be derived, else who was added, removed and changed.
 */
export async function syncForumParticipantsOf(
  tx: Db,
  port: OrganisationPort,
  row: MeetingRow,
): Promise<ParticipantSyncResult | null> {
  const members = await port.forumMembers(tx, row.forumId, danishDate(row.startsAt));
  if (members === null) return null;
  await lockMeetingRow(tx, row.id);
  const stored = await listParticipantRows(tx, row.id);
  const plan = planParticipantSync(row.id, stored, deriveParticipants(members));
  await deleteParticipantRows(tx, plan.remove);
  for (const u of plan.update)
    await updateParticipantRow(tx, u.id, { role: u.role, functions: u.functions });
  await insertParticipantRows(tx, plan.insert);
  const personOf = new Map(stored.map((r) => [r.id, r.personId]));
  const persons = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const person = personOf.get(id);
      return person ? [person] : [];
    });
  return {
    added: plan.insert.flatMap((r) => (r.personId ? [r.personId] : [])),
    removed: persons(plan.remove),
    changed: persons(plan.update.map((u) => u.id)),
  };
}

/**
 * Re-derives the forum participants of a meeting inside a transaction. Returns false (and
 * changes nothing) when the forum's members cannot be derived.
 */
export async function syncForumParticipants(
  tx: Db,
  port: OrganisationPort,
  row: MeetingRow,
): Promise<boolean> {
  return (await syncForumParticipantsOf(tx, port, row)) !== null;
}

function assertEditable(row: MeetingRow): void {
  if (row.status === 'cancelled' || row.status === 'minutesApproved') {
    throw new AppError('conflict', {
      da: 'Mødet er aflyst eller afsluttet, og deltagerne kan ikke ændres',
      en: 'The meeting is cancelled or closed, and its participants cannot be changed',
    });
  }
}

/** Re-derives the invitation list from the forum's members on the meeting day. */
export async function resyncParticipants(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
): Promise<MeetingDetail> {
  const row = await requireMeeting(deps.db, id);
  assertEditable(row);
  return mutate(deps.db, actor, async (tx) => {
    const derivable = await syncForumParticipants(tx, deps.organisation, row);
    const detail = await meetingDetail(tx, deps.organisation, row, derivable);
    return {
      result: detail,
      audit: {
        action: 'meeting.syncParticipants',
        entityType: 'meeting',
        entityId: id,
        after: { derivable, participants: detail.participants },
        relatedIds: [id, ...detail.participants.flatMap((p) => (p.personId ? [p.personId] : []))],
      },
    };
  });
}

/** Refuses an addition to a closed meeting, a widened circle not declared, or a known person twice. */
async function assertCanAdd(deps: MeetingsDeps, row: MeetingRow, input: AddParticipantRequest) {
  assertEditable(row);
  if (input.role === 'widenedCircle' && !row.widenedCircle) {
    throw new AppError('conflict', {
      da: 'Mødet har ikke udvidet kreds. Markér mødet med udvidet kreds først',
      en: 'The meeting has no widened circle. Mark the meeting as widened first',
    });
  }
  if (!input.personId) return;
  const stored = await listParticipantRows(deps.db, row.id);
  if (stored.some((p) => p.personId === input.personId)) {
    throw new AppError('conflict', {
      da: 'Personen deltager allerede i mødet',
      en: 'The person already takes part in the meeting',
    });
  }
  if (deps.organisation.available) {
    const found = await deps.organisation.persons(deps.db, [input.personId]);
    if (found.length === 0) throw notFound({ da: 'Personen', en: 'The person' });
  }
}

/** Adds a guest, a widened-circle participant or another person by hand. */
export async function addParticipant(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  input: AddParticipantRequest,
): Promise<MeetingDetail> {
  const row = await requireMeeting(deps.db, id);
  await assertCanAdd(deps, row, input);
  return mutate(deps.db, actor, async (tx) => {
    await insertParticipantRows(tx, [
      {
        meetingId: id,
        personId: input.personId ?? null,
        name: input.name ?? null,
        email: input.email ?? null,
        organisation: input.organisation ?? null,
        role: input.role,
        invited: input.invited,
        note: input.note ?? null,
        source: 'added',
      },
    ]);
    return {
      result: await meetingDetail(tx, deps.organisation, row),
      audit: {
        action: 'meeting.addParticipant',
        entityType: 'meeting',
        entityId: id,
        after: input,
        relatedIds: [id, ...(input.personId ? [input.personId] : [])],
      },
    };
  });
}

/** Changes a participant's role, invitation, attendance or note. */
export async function updateParticipant(
  deps: MeetingsDeps,
  actor: Actor,
  ids: { id: string; participantId: string },
  patch: UpdateParticipantRequest,
): Promise<MeetingDetail> {
  const row = await requireMeeting(deps.db, ids.id);
  assertEditable(row);
  const before = await findParticipantRow(deps.db, ids.id, ids.participantId);
  if (!before) throw notFound(PARTICIPANT);
  return mutate(deps.db, actor, async (tx) => {
    const after = await updateParticipantRow(tx, before.id, patch);
    return {
      result: await meetingDetail(tx, deps.organisation, row),
      audit: {
        action: 'meeting.updateParticipant',
        entityType: 'meeting',
        entityId: ids.id,
        before,
        after,
        relatedIds: [ids.id, ...(before.personId ? [before.personId] : [])],
      },
    };
  });
}

/** Removes a participant added by hand (forum participants follow the forum's members). */
export async function removeParticipant(
  deps: MeetingsDeps,
  actor: Actor,
  ids: { id: string; participantId: string },
): Promise<MeetingDetail> {
  const row = await requireMeeting(deps.db, ids.id);
  assertEditable(row);
  const before = await findParticipantRow(deps.db, ids.id, ids.participantId);
  if (!before) throw notFound(PARTICIPANT);
  if (before.source === 'forum') {
    throw new AppError('conflict', {
      da: 'Deltagere fra forummets medlemmer kan ikke fjernes; sæt dem som ikke inviteret',
      en: "Participants from the forum's members cannot be removed; mark them as not invited",
    });
  }
  return mutate(deps.db, actor, async (tx) => {
    await deleteParticipantRows(tx, [before.id]);
    return {
      result: await meetingDetail(tx, deps.organisation, row),
      audit: {
        action: 'meeting.removeParticipant',
        entityType: 'meeting',
        entityId: ids.id,
        before,
        relatedIds: [ids.id, ...(before.personId ? [before.personId] : [])],
      },
    };
  });
}

/** Records attendance for several participants at once (one audit row). */
export async function recordAttendance(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  input: RecordAttendanceRequest,
): Promise<MeetingDetail> {
  const row = await requireMeeting(deps.db, id);
  if (row.status === 'cancelled') {
    throw new AppError('conflict', {
      da: 'Mødet er aflyst; der kan ikke registreres fremmøde',
      en: 'The meeting is cancelled; attendance cannot be recorded',
    });
  }
  const stored = new Map((await listParticipantRows(deps.db, id)).map((p) => [p.id, p]));
  const unknown = input.entries.filter((e) => !stored.has(e.participantId));
  if (unknown.length > 0) throw notFound(PARTICIPANT);
  return mutate(deps.db, actor, async (tx) => {
    for (const e of input.entries)
      await updateParticipantRow(tx, e.participantId, { attendance: e.attendance });
    const relatedIds = input.entries.flatMap((e) => stored.get(e.participantId)?.personId ?? []);
    return {
      result: await meetingDetail(tx, deps.organisation, row),
      audit: {
        action: 'meeting.recordAttendance',
        entityType: 'meeting',
        entityId: id,
        after: input.entries,
        relatedIds: [id, ...relatedIds],
      },
    };
  });
}
