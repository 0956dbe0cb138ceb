/** Rows as the API shows them. */
import type { Meeting, Participant } from '../../../shared/meetings.contract';
import type { MeetingRow } from './meetings.repo';
import type { PersonRef } from './org-port';
import type { ParticipantRow } from './participants.repo';
import { danishDate, toDanishIso } from './time';

/** A meeting row with its forum name and predecessor ids. */
export function presentMeeting(
  row: MeetingRow,
  extra: { forumName?: string | null; predecessorIds?: readonly string[] } = {},
): Meeting {
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: extra.forumName ?? null,
    collaborationId: row.collaborationId,
    title: row.title,
    startsAt: toDanishIso(row.startsAt),
    endsAt: toDanishIso(row.endsAt),
    date: danishDate(row.startsAt),
    location: row.location,
    onlineUrl: row.onlineUrl,
    kind: row.kind,
    status: row.status,
    widenedCircle: row.widenedCircle,
    widenedCircleNote: row.widenedCircleNote,
    seriesId: row.seriesId,
    processInstanceId: row.processInstanceId,
    processDraftKey: row.processDraftKey,
    predecessorIds: [...(extra.predecessorIds ?? [])],
    icsUid: row.icsUid,
    icsSequence: row.icsSequence,
    agendaDeadline: row.agendaDeadline,
    cancelledAt: row.cancelledAt ? row.cancelledAt.toISOString() : null,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A participant row; the person's current name and e-mail win over the stored ones. */
export function presentParticipant(
  row: ParticipantRow,
  persons: ReadonlyMap<string, PersonRef>,
): Participant {
  const person = row.personId ? persons.get(row.personId) : undefined;
  return {
    id: row.id,
    personId: row.personId,
    name: person?.name ?? row.name,
    email: person?.email ?? row.email,
    organisation: row.organisation,
    role: row.role,
    functions: row.functions,
    invited: row.invited,
    attendance: row.attendance,
    source: row.source,
    note: row.note,
  };
}
