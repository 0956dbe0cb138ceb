/**
 * What the cases and agendas modules need from the organisation and meetings modules, as ports.
 * `adapters.ts` implements them over those modules' public surfaces (their index.ts); app.ts
 * passes the adapters in, so tests and other channels use the very same look-ups.
 */
import type { Db } from '../../db/client';
import type { WorkerPool } from '../../platform/worker-pool';
import type { IsoDate } from '../../../shared/dates';
import type { SeatRole } from '../../../shared/organisation.enums';
import type { Attendance, MeetingStatus } from '../../../shared/meetings.enums';
import type { AgendaFollowUp } from '../../../shared/actions.contract';

/** A forum valid on a day, as cases see it. */
export interface CaseForum {
  entityId: string;
  collaborationId: string;
  /** The cluster whose forum this is, null for fora outside a cluster. */
  clusterId: string | null;
  successorForumIds: readonly string[];
}

/** A person with the user account it is linked to (persons.user_id), if any. */
export interface CasePerson {
  personId: string;
  name: string;
  userId: string | null;
}

/** A derived member of a forum on a day (vacancies left out). */
export interface CaseForumMember extends CasePerson {
  /** The member's own seat role (member, secretary, attendee, ...). */
  role: SeatRole;
  /** `role` plus function roles (chair, co-chair, vice-chair). */
  roles: readonly SeatRole[];
  substitute: CasePerson | null;
}

/** The organisation look-ups of the cases and agendas modules. */
export interface OrganisationLookup {
  /** The forum valid on `date`, or null when there is none. */
  findForum(db: Db, forumId: string, date: IsoDate): Promise<CaseForum | null>;
  /**
   * The error for a forum that is not there on `date` (ended, with its successors by name; not
   * yet started). Optional: without it a plain "does not exist on the date" is used.
   */
  forumNotValid?(db: Db, forumId: string, date: IsoDate): Promise<Error>;
  /**
   * The forum's members on `date` in every capacity (members, function holders, secretaries,
   * attendees) with their substitutes; empty when unknown or not derivable.
   */
  forumMembers(db: Db, forumId: string, date: IsoDate): Promise<readonly CaseForumMember[]>;
  /**
   * Optional batch form of "is the user the member or substitute of a member of the forum on
   * the day" (the clearance rule over {@link forumMembers}): the restrictions the user passes,
   * in one query. Without it the clearance asks {@link forumMembers} once per restriction.
   */
  clearedFor?(
    db: Db,
    userId: string,
    restrictions: readonly { forumId: string; on: IsoDate }[],
  ): Promise<readonly { forumId: string; on: IsoDate }[]>;
  /** Names of fora by id: each forum's latest name, also for ended fora (unknown ids left out). */
  forumNames(db: Db, forumIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Names of clusters by id: each cluster's latest name (unknown ids left out). */
  clusterNames(db: Db, clusterIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/** A meeting, as cases and agendas see it. */
export interface CaseMeeting {
  id: string;
  forumId: string;
  /** The Danish calendar date the meeting starts on. */
  date: IsoDate;
  status: MeetingStatus;
  title: string;
  /** The start, ISO 8601 with the Danish offset. */
  startsAt: string;
}

/** A participant of a meeting (from the meetings module). */
export interface CaseParticipant {
  id: string;
  personId: string | null;
  name: string;
  attendance: Attendance;
}

/** The meetings look-ups and changes of the cases and agendas modules. */
export interface MeetingsLookup {
  /** The meeting, or null when it does not exist. */
  findMeeting(db: Db, meetingId: string): Promise<CaseMeeting | null>;
  /** Meetings by id; unknown ids are left out. */
  meetings(db: Db, ids: readonly string[]): Promise<readonly CaseMeeting[]>;
  /** The participants of a meeting. */
  participants(db: Db, meetingId: string): Promise<readonly CaseParticipant[]>;
  /**
   * Records attendance inside the caller's transaction (no audit row of its own: the caller's
   * `mutate` writes it). Unknown participant ids make it throw a 404 AppError.
   */
  recordAttendance(
    tx: Db,
    meetingId: string,
    entries: readonly { participantId: string; attendance: Attendance }[],
  ): Promise<void>;
  /** Moves the meeting's status along with the agenda inside the caller's transaction. */
  setStatus(tx: Db, meetingId: string, status: MeetingStatus): Promise<void>;
}

/** Both look-ups, as the routes receive them. */
export interface CaseDeps {
  db: Db;
  org: OrganisationLookup;
  meetings: MeetingsLookup;
  /** Where CPU-heavy checks run (the attachments' archive guard); default inline. */
  workers?: WorkerPool;
  /** The agenda's follow-up section (the actions module, wired in app.ts); none without it. */
  followUps?: FollowUpLookup;
}

/** Overdue decision actions for a meeting of the forum that follows them up (issue 12). */
export interface FollowUpLookup {
  forAgenda(
    db: Db,
    meeting: { id: string; forumId: string; date: IsoDate },
  ): Promise<AgendaFollowUp>;
}
