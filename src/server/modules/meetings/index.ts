/**
 * The meetings module's public surface. Other modules import only from here.
 *
 * - `meetingsRoutes`: every /api/meetings route and the calendar subscriptions under
 *   /api/calendar (register once in the API scope).
 * - Tables, for foreign keys from later modules (agenda items reference `meetings.id`).
 * - Functions to use inside another module's `mutate` (they write no audit row themselves).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import { calendarFeedRoutes } from './calendar-feeds.routes';
import { calendarRoutes } from './calendar.routes';
import { icsRoutes } from './ics.routes';
import { meetingRoutes } from './meetings.routes';
import { ORGANISATION_PORT } from './organisation.adapter';
import type { OrganisationPort } from './org-port';
import { participantRoutes } from './participants.routes';
import { planningRoutes } from './planning.routes';

/** Dependencies of the meetings routes; `organisation` defaults to the organisation module. */
export interface MeetingsRoutesOptions {
  db: Db;
  organisation?: OrganisationPort;
}

/** Registers every /meetings route (under the API prefix). */
export async function meetingsRoutes(
  app: FastifyInstance,
  options: MeetingsRoutesOptions,
): Promise<void> {
  const deps = { db: options.db, organisation: options.organisation ?? ORGANISATION_PORT };
  await calendarRoutes(app, deps);
  await planningRoutes(app, deps);
  await icsRoutes(app, deps);
  await calendarFeedRoutes(app, deps);
  await participantRoutes(app, deps);
  await meetingRoutes(app, deps);
}

export {
  UNAVAILABLE_ORGANISATION,
  type ForumMemberRef,
  type ForumRef,
  type OrganisationPort,
  type PersonRef,
} from './org-port';
export {
  applyMeetingStatus,
  carryOverMeetings,
  meetingDatesByForum,
  meetingsCarryOverHandler,
  STATUS_TRANSITIONS,
  type CarryOverContextRef,
  type CarryOverResult,
  type ForumSuccessionRef,
  type MeetingsCarryOverHandler,
} from './integration';
export { ORGANISATION_PORT, registerMeetingsCarryOver } from './organisation.adapter';
/** Use cases for other channels (demo data, a CLI); each writes one audit row. */
export { createMeeting, setMeetingStatus } from './meetings.service';
export { createOrderingRule } from './calendar.service';
export type { MeetingsDeps } from './participants.service';
export { findMeetingRow, type MeetingRow } from './meetings.repo';
export { atDanishTime } from './time';
export { deadlineInputs } from './deadlines.service';
export { presentMeeting } from './present';
export { renderIcs, type IcsMeeting } from './ics';
export { closureDays, orderingRules } from './calendar.table';
export { calendarFeedTokens } from './feed-tokens.table';
export {
  meetingParticipants,
  meetingPredecessors,
  meetings,
  meetingSeries,
  processInstances,
} from './meetings.table';
