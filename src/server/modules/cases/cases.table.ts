/**
 * Cases (sager) travelling between fora: the case, its route of steps, its append-only timeline
 * and its attachments. Fora are referenced by entityId (the organisation module owns them) and
 * meetings by `meetings.id` (the meetings module owns them); both as plain uuids, no foreign key
 * across modules. The rows mirror the pure domain's `Case` (src/domain/cases), which decides
 * every transition; the service persists the difference.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  CASE_TYPES,
  RETURN_MODES,
  STEP_ORIGINS,
  STEP_STATUSES,
} from '../../../shared/cases.enums';
import { meetings } from '../meetings/index';

/** PostgreSQL bytea as a Node Buffer (PGlite returns Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

/** A case. `status`, `current_*` and `screening_text` are derived and kept for filtering. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    type: text('type', { enum: CASE_TYPES }).notNull(),
    /** crossCutting / principled / precedentSetting / economicSignificance. */
    flags: text('flags').array().notNull().default([]),
    /** A closed (confidential) case: visible only to members of the fora that treat it. */
    confidential: boolean('confidential').notNull().default(false),
    /** The cluster (entityId) of the raising forum, for recurrence screening. */
    clusterId: uuid('cluster_id'),
    raisedInForumId: uuid('raised_in_forum_id').notNull(),
    returnToForumId: uuid('return_to_forum_id').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    currentForumId: uuid('current_forum_id'),
    currentStepId: text('current_step_id'),
    /** normaliseForScreening(title + summary); compared with pg_trgm `similarity()`. */
    screeningText: text('screening_text').notNull().default(''),
    createdBy: uuid('created_by'),
    /** Optimistic lock: bumped by every transition. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_collaboration_idx').on(t.collaborationId, t.status),
    index('cases_current_forum_idx').on(t.currentForumId),
    index('cases_return_to_idx').on(t.returnToForumId),
    index('cases_screening_trgm_idx').using('gin', t.screeningText.op('gin_trgm_ops')),
    // The case list (docs/decisions/013): its order (newest first: these are read backwards),
    // alone and after the broad filters; `confidential` last so a count is an index-only scan.
    index('cases_list_order_idx').on(t.raisedOn, t.createdAt, t.id, t.confidential),
    index('cases_collaboration_order_idx').on(
      t.collaborationId,
      t.raisedOn,
      t.createdAt,
      t.id,
      t.confidential,
    ),
    index('cases_status_order_idx').on(t.status, t.raisedOn, t.createdAt, t.id, t.confidential),
    // The flag filter and the text filter on the short fields.
    index('cases_flags_gin_idx').using('gin', t.flags),
    index('cases_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('cases_summary_trgm_idx').using('gin', t.summary.op('gin_trgm_ops')),
    // The confidential cases raised in a forum (the visibility rule; a small share of all).
    index('cases_confidential_idx')
      .on(t.raisedInForumId, t.raisedOn, t.id)
      .where(sql`${t.confidential}`),
  ],
);

/** One forum on a case's route. `id` is the domain's step id (`<caseId>-<n>`). */
export const caseSteps = pgTable(
  'case_steps',
  {
    id: text('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    forumId: uuid('forum_id').notNull(),
    status: text('status', { enum: STEP_STATUSES }).notNull(),
    origin: text('origin', { enum: STEP_ORIGINS }).notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    recommendation: text('recommendation'),
    decisionText: text('decision_text'),
    decidedOn: date('decided_on', { mode: 'string' }),
    /** Treated in a closed agenda item (set by the agendas module). */
    closed: boolean('closed').notNull().default(false),
    /** Return steps (origin `trail`, issue 12): to note or to act on, and from which step. */
    returnMode: text('return_mode', { enum: RETURN_MODES }),
    returnOf: text('return_of'),
    notedOn: date('noted_on', { mode: 'string' }),
    noteText: text('note_text'),
  },
  (t) => [
    // Not unique: inserting a step shifts the positions after it one row at a time.
    index('case_steps_position_idx').on(t.caseId, t.position),
    index('case_steps_forum_idx').on(t.forumId, t.status),
    index('case_steps_meeting_idx').on(t.meetingId),
    // The route filter (cases whose route passes through a forum) and the visibility rule.
    index('case_steps_forum_case_idx').on(t.forumId, t.caseId),
  ],
);

/** The case's timeline: append-only, one row per domain event, in recording order. */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    stepId: text('step_id'),
    forumId: uuid('forum_id').notNull(),
    toForumId: uuid('to_forum_id'),
    meetingId: uuid('meeting_id'),
    text: text('text'),
    actorId: uuid('actor_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.seq] }),
    index('case_events_to_forum_idx').on(t.toForumId, t.kind),
  ],
);

/**
 * A file attached to a case, stored in the database (no file store of our own). Deleting is
 * soft: the row stays (with who, when and why) and the content is no longer served.
 */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
    deleteReason: text('delete_reason'),
  },
  (t) => [
    index('case_attachments_case_idx')
      .on(t.caseId)
      .where(sql`${t.deletedAt} is null`),
  ],
);
