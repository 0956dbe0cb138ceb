/**
 * Deriving the invitation list from a forum's members on the meeting day, and merging it with
 * what is stored (pure). Members, attendees, optional attendees and secretaries are invited;
 * substitutes are listed but not invited by default (they come when the member cannot).
 * Attendance already recorded and hand-made choices (invited) survive a re-derivation.
 */
import { FUNCTION_ROLES, type SeatRole } from '../../../shared/organisation.enums';
import type { ParticipantRole } from '../../../shared/meetings.enums';
import type { ForumMemberRef } from './org-port';
import type { NewParticipantRow, ParticipantRow } from './participants.repo';

/** A participant derived from the forum. */
export interface DerivedParticipant {
  personId: string;
  role: ParticipantRole;
  functions: string[];
  invited: boolean;
}

const SEAT_TO_PARTICIPANT: Record<SeatRole, ParticipantRole> = {
  chair: 'member',
  coChair: 'member',
  viceChair: 'member',
  member: 'member',
  secretary: 'secretary',
  attendee: 'attendee',
  optionalAttendee: 'optionalAttendee',
};

const FUNCTIONS: readonly string[] = FUNCTION_ROLES;

/** The invitation list from the forum's members: one entry per person, members first. */
export function deriveParticipants(members: readonly ForumMemberRef[]): DerivedParticipant[] {
  const out = new Map<string, DerivedParticipant>();
  for (const m of members) {
    if (out.has(m.personId)) continue;
    out.set(m.personId, {
      personId: m.personId,
      role: SEAT_TO_PARTICIPANT[m.role],
      functions: m.roles.filter((r) => FUNCTIONS.includes(r)),
      invited: true,
    });
  }
  for (const m of members) {
    if (!m.substitutePersonId || out.has(m.substitutePersonId)) continue;
    out.set(m.substitutePersonId, {
      personId: m.substitutePersonId,
      role: 'substitute',
      functions: [],
      invited: false,
    });
  }
  return [...out.values()];
}

/** What a re-derivation changes. */
export interface ParticipantSyncPlan {
  insert: NewParticipantRow[];
  update: { id: string; role: ParticipantRole; functions: string[] }[];
  remove: string[];
}

/**
 * Merges derived participants into the stored ones: new people are inserted, forum rows of
 * people still derived get the current role, forum rows of people no longer derived are removed
 * unless attendance was recorded. Added rows are never touched (an added person who becomes a
 * member keeps the added row).
 */
export function planParticipantSync(
  meetingId: string,
  stored: readonly ParticipantRow[],
  derived: readonly DerivedParticipant[],
): ParticipantSyncPlan {
  const byPerson = new Map(stored.flatMap((r) => (r.personId ? [[r.personId, r] as const] : [])));
  const derivedIds = new Set(derived.map((d) => d.personId));
  const plan: ParticipantSyncPlan = { insert: [], update: [], remove: [] };
  for (const d of derived) {
    const row = byPerson.get(d.personId);
    if (!row) {
      plan.insert.push({ meetingId, source: 'forum', ...d });
    } else if (
      row.source === 'forum' &&
      (row.role !== d.role || row.functions.join() !== d.functions.join())
    ) {
      plan.update.push({ id: row.id, role: d.role, functions: d.functions });
    }
  }
  for (const r of stored) {
    const gone = r.source === 'forum' && r.personId !== null && !derivedIds.has(r.personId);
    if (gone && r.attendance === 'unknown') plan.remove.push(r.id);
  }
  return plan;
}
