/**
 * Agendas and minutes per meeting (`meetings.id`, owned by the meetings module, which exports
 * its table for these foreign keys). An item may carry a case step (`case_step_id`), whose
 * recommendation and decision then live on the step (one trail); a free item keeps its own.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  AGENDA_STATUSES,
  MINUTES_APPROVAL_ENDINGS,
  MINUTES_STATUSES,
} from '../../../shared/agendas.enums';
import { CASE_TYPES } from '../../../shared/cases.enums';
import { users } from '../auth/index';
import { cases, caseSteps } from '../cases/index';
import { meetings } from '../meetings/index';

/** The agenda and minutes state of one meeting; created on the first change. */
export const agendas = pgTable('agendas', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  status: text('status', { enum: AGENDA_STATUSES }).notNull().default('draft'),
  minutesStatus: text('minutes_status', { enum: MINUTES_STATUSES }).notNull().default('draft'),
  sentForReviewAt: timestamp('sent_for_review_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  minutesSentAt: timestamp('minutes_sent_at', { withTimezone: true }),
  minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
  approvalEnding: text('approval_ending', { enum: MINUTES_APPROVAL_ENDINGS }),
  /** Optimistic lock: bumped by every change of the agenda or its items. */
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One item. `position` is 1-based and contiguous within the meeting. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => agendas.meetingId),
    position: integer('position').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    caseStepId: text('case_step_id').references(() => caseSteps.id),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    type: text('type', { enum: CASE_TYPES }).notNull(),
    closed: boolean('closed').notNull().default(false),
    /** The legal basis for closing the item. */
    closedReason: text('closed_reason'),
    /** A free item's recommendation; a case item's lives on its step. */
    recommendation: text('recommendation'),
    /** A free item's decision (minutes); a case item's lives on its step. */
    decision: text('decision'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    uniqueIndex('agenda_items_step_unique')
      .on(t.caseStepId)
      .where(sql`${t.caseStepId} is not null`),
    index('agenda_items_case_idx').on(t.caseId),
  ],
);

/** The reviewers chosen when the draft agenda is sent for review. */
export const agendaReviewers = pgTable(
  'agenda_reviewers',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => agendas.meetingId),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** A reviewer's comment on the draft agenda, on the whole agenda or on one item. */
export const agendaReviewComments = pgTable(
  'agenda_review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => agendas.meetingId),
    itemId: uuid('item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agenda_review_comments_meeting_idx').on(t.meetingId, t.createdAt)],
);

/** A member's approval of the minutes (one per person and meeting). */
export const minutesApprovals = pgTable(
  'minutes_approvals',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => agendas.meetingId),
    personId: uuid('person_id').notNull(),
    /** The person's name when approving (kept if the person later leaves the forum). */
    name: text('name').notNull(),
    userId: uuid('user_id'),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] })],
);
