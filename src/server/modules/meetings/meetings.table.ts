/**
 * Meetings and who takes part. A meeting belongs to a forum (the forum's `entityId`, a plain
 * uuid: the organisation module owns fora). Agenda items (a later module) hang off `meetings.id`.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ATTENDANCES,
  MEETING_KINDS,
  MEETING_STATUSES,
  PARTICIPANT_ROLES,
  PARTICIPANT_SOURCES,
} from '../../../shared/meetings.enums';

const createdUpdated = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A series generated from a forum's cadence; the parameters are kept for later extension. */
export const meetingSeries = pgTable('meeting_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  forumId: uuid('forum_id').notNull(),
  title: text('title').notNull(),
  params: jsonb('params').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A dated multi-body process instantiated from a template (seed 003). The template is stored as
 * it was used, so later template changes do not rewrite history.
 */
export const processInstances = pgTable('process_instances', {
  id: uuid('id').primaryKey().defaultRandom(),
  templateKey: text('template_key').notNull(),
  title: text('title').notNull(),
  template: jsonb('template').notNull(),
  options: jsonb('options').notNull(),
  collaborationId: uuid('collaboration_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A meeting. `icsUid` is stable for the meeting's whole life (also when it moves to a successor
 * forum); `icsSequence` goes up whenever its time or place changes or it is cancelled.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull(),
    /** The forum's collaboration when known (scopes lists, closure days and checks). */
    collaborationId: uuid('collaboration_id'),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    kind: text('kind', { enum: MEETING_KINDS }).notNull().default('ordinary'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    /** Seed 004: the circle widened with directors from each municipality. */
    widenedCircle: boolean('widened_circle').notNull().default(false),
    widenedCircleNote: text('widened_circle_note'),
    seriesId: uuid('series_id').references(() => meetingSeries.id),
    processInstanceId: uuid('process_instance_id').references(() => processInstances.id),
    processDraftKey: text('process_draft_key'),
    icsUid: text('ics_uid').notNull(),
    icsSequence: integer('ics_sequence').notNull().default(0),
    /** Last day (inclusive) to submit items for the agenda. */
    agendaDeadline: date('agenda_deadline', { mode: 'string' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    ...createdUpdated(),
  },
  (t) => [
    uniqueIndex('meetings_ics_uid_unique').on(t.icsUid),
    index('meetings_forum_starts_idx').on(t.forumId, t.startsAt),
    index('meetings_collaboration_starts_idx').on(t.collaborationId, t.startsAt),
    index('meetings_starts_idx').on(t.startsAt),
    index('meetings_series_idx').on(t.seriesId),
    index('meetings_process_idx').on(t.processInstanceId),
    check('meetings_ends_after_starts', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_sequence_nonnegative', sql`${t.icsSequence} >= 0`),
  ],
);

/** Links of a process: a meeting follows one or more predecessors (4 clusters → 1 dialogue). */
export const meetingPredecessors = pgTable(
  'meeting_predecessors',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.predecessorId] }),
    index('meeting_predecessors_predecessor_idx').on(t.predecessorId),
    check('meeting_predecessors_not_self', sql`${t.meetingId} <> ${t.predecessorId}`),
  ],
);

/**
 * Who is invited to a meeting and whether they came. `personId` is a person of the organisation
 * module; a guest without a person record has `name` (and optionally e-mail and organisation).
 */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id'),
    name: text('name'),
    email: text('email'),
    organisation: text('organisation'),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    /** Function roles from the forum (chair, co-chair, vice-chair), for display. */
    functions: text('functions').array().notNull().default([]),
    invited: boolean('invited').notNull().default(true),
    attendance: text('attendance', { enum: ATTENDANCES }).notNull().default('unknown'),
    source: text('source', { enum: PARTICIPANT_SOURCES }).notNull(),
    note: text('note'),
    ...createdUpdated(),
  },
  (t) => [
    index('meeting_participants_meeting_idx').on(t.meetingId),
    index('meeting_participants_person_idx').on(t.personId),
    uniqueIndex('meeting_participants_person_unique')
      .on(t.meetingId, t.personId)
      .where(sql`${t.personId} is not null`),
    check('meeting_participants_who', sql`${t.personId} is not null or ${t.name} is not null`),
  ],
);
