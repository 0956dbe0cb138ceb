/**
 * What the meetings module needs from the organisation module, as a port: fora (name,
 * collaboration, cadence, successors), a forum's members on a day, and persons' names. The
 * adapter in organisation.adapter.ts implements it over the organisation module's index; tests
 * and a server without organisation data use {@link UNAVAILABLE_ORGANISATION}.
 */
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import type { Office, PartyKind, SeatRole } from '../../../shared/organisation.enums';

/** A forum as the meetings module sees it. */
export interface ForumRef {
  entityId: string;
  name: string;
  shortName: string | null;
  collaborationId: string;
  /** Meetings a year; `max: null` = no upper bound. */
  cadence: { min: number; max: number | null } | null;
  successorForumIds: readonly string[];
  /** Working days before a meeting that its agenda closes; null = the default (10). */
  agendaDeadlineWorkingDays: number | null;
}

/** A derived member of a forum on a day (vacancies left out). */
export interface ForumMemberRef {
  personId: string;
  /** The member's own seat role. */
  role: SeatRole;
  /** `role` plus function roles (chair, co-chair, vice-chair). */
  roles: readonly SeatRole[];
  substitutePersonId: string | null;
}

/** A person's display data. */
export interface PersonRef {
  id: string;
  name: string;
  email: string | null;
}

/**
 * What a person is on a day, for the participant list: the office they hold (preferably in the
 * party they represent in the forum) and that party; or only the party they represent.
 */
export interface AffiliationRef {
  office: Office | null;
  partyName: string;
  partyKind: PartyKind | null;
}

/** The organisation data the meetings module reads. */
export interface OrganisationPort {
  /** False when no organisation module is wired: fora are then taken on trust. */
  readonly available: boolean;
  /** The forum valid on `date`, or null when there is none. */
  findForum(db: Db, forumId: string, date: IsoDate): Promise<ForumRef | null>;
  /**
   * The error for a forum that is not there on `date`: when it ended and its successors by name,
   * or when it starts (the organisation module's one wording). Optional: without it a plain
   * "does not exist on" is used.
   */
  forumNotValid?(db: Db, forumId: string, date: IsoDate): Promise<Error>;
  /** The collaboration a forum (any version) belongs to, or null for an unknown forum. */
  forumCollaborationId(db: Db, forumId: string): Promise<string | null>;
  /** Names of fora (any version), for messages and lists. */
  forumNames(db: Db, forumIds: readonly string[]): Promise<Map<string, string>>;
  /** The forum's members on `date`, or null when they cannot be derived. */
  forumMembers(db: Db, forumId: string, date: IsoDate): Promise<ForumMemberRef[] | null>;
  /** Persons by id (unknown ids are left out). */
  persons(db: Db, ids: readonly string[]): Promise<PersonRef[]>;
  /**
   * The affiliations of persons in the forum's collaboration on `date` (office holdings, else the
   * party represented in the forum); persons without one are left out.
   */
  affiliations(
    db: Db,
    forumId: string,
    date: IsoDate,
    personIds: readonly string[],
  ): Promise<Map<string, AffiliationRef>>;
  /**
   * {@link affiliations} and whether {@link forumMembers} would be non-null, read together (one
   * organisation day instead of two). Optional: without it both are asked separately.
   */
  participantInfo?(
    db: Db,
    forumId: string,
    date: IsoDate,
    personIds: readonly string[],
  ): Promise<{ affiliations: Map<string, AffiliationRef>; membersDerivable: boolean }>;
  /** The person linked to a user account (persons.user_id), or null. */
  personIdOfUser(db: Db, userId: string): Promise<string | null>;
}

/** The port when no organisation module is wired: nothing is known, everything is allowed. */
export const UNAVAILABLE_ORGANISATION: OrganisationPort = {
  available: false,
  findForum: async () => null,
  forumCollaborationId: async () => null,
  forumNames: async () => new Map(),
  forumMembers: async () => null,
  persons: async () => [],
  affiliations: async () => new Map(),
  personIdOfUser: async () => null,
};
