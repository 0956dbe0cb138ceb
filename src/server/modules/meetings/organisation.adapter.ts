/**
 * The organisation port over the organisation module's public surface, and the registration
 * of the meetings carry-over handler for reorganisations.
 */
import {
  collaborationOf,
  findForum,
  findPersonByUserId,
  findPersons,
  forumNames,
  forumNotValidProblem,
  getForumMembers,
  registerCarryOverHandler,
} from '../organisation/index';
import { meetingsCarryOverHandler } from './integration';
import { registerParticipantsAutoSync } from './participants.auto-sync';
import { forumAffiliations, forumParticipantInfo } from './organisation.affiliations';
import type { OrganisationPort } from './org-port';

/** Fora, members and persons from the organisation module. */
export const ORGANISATION_PORT: OrganisationPort = {
  available: true,
  findForum: async (db, forumId, date) => {
    const row = await findForum(db, forumId, date);
    if (!row) return null;
    return {
      entityId: row.entityId,
      name: row.name,
      shortName: row.shortName,
      collaborationId: row.collaborationId,
      cadence: row.cadence,
      successorForumIds: row.successorForumIds,
      agendaDeadlineWorkingDays: row.agendaDeadlineWorkingDays,
    };
  },
  forumNotValid: (db, forumId, date) => forumNotValidProblem(db, forumId, date, 'notFound'),
  forumCollaborationId: (db, forumId) => collaborationOf(db, 'forum', forumId),
  forumNames: (db, forumIds) => forumNames(db, forumIds),
  forumMembers: async (db, forumId, date) => {
    const members = await getForumMembers(db, forumId, date);
    return (
      members?.map((m) => ({
        personId: m.personId,
        role: m.role,
        roles: m.roles,
        substitutePersonId: m.substitute?.personId ?? null,
      })) ?? null
    );
  },
  persons: async (db, ids) =>
    (await findPersons(db, ids)).map((p) => ({ id: p.id, name: p.name, email: p.email })),
  affiliations: forumAffiliations,
  participantInfo: forumParticipantInfo,
  personIdOfUser: async (db, userId) => (await findPersonByUserId(db, userId))?.id ?? null,
};

let registered = false;

/**
 * Registers the meetings module's organisation handlers: the one that moves an ended forum's
 * future meetings to its successor when the organisation is reorganised, and the automatic
 * participants sync of meetings not yet held when members change (participants.auto-sync.ts).
 * Idempotent: call it once from app.ts (the registries are global).
 */
export function registerMeetingsCarryOver(): void {
  if (registered) return;
  registered = true;
  registerCarryOverHandler(meetingsCarryOverHandler(ORGANISATION_PORT));
  registerParticipantsAutoSync(ORGANISATION_PORT);
}
