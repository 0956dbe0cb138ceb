/** Participants grouped by their role in the meeting, in the order the page lists them. Pure. */
import type { Participant } from '../../../shared/meetings.contract';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../shared/meetings.enums';
import { compareDanish } from '../../format';

/** The order of the groups: members first, the secretariat last. */
export const ROLE_ORDER: readonly ParticipantRole[] = [
  'member',
  'substitute',
  'attendee',
  'optionalAttendee',
  'widenedCircle',
  'guest',
  'secretary',
];

/** Non-empty groups of participants by role, each sorted by name (Danish order). */
export function groupParticipants(
  participants: readonly Participant[],
): { role: ParticipantRole; items: Participant[] }[] {
  const known = new Set<ParticipantRole>(PARTICIPANT_ROLES);
  return ROLE_ORDER.map((role) => ({
    role,
    items: participants
      .filter((p) => p.role === role && known.has(p.role))
      .sort((a, b) => compareDanish(a.name ?? '', b.name ?? '')),
  })).filter((g) => g.items.length > 0);
}

/** How many participants have each attendance. */
export function attendanceCounts(participants: readonly Participant[]): Record<string, number> {
  const out: Record<string, number> = { unknown: 0, present: 0, absent: 0, excused: 0 };
  for (const p of participants) out[p.attendance] = (out[p.attendance] ?? 0) + 1;
  return out;
}
