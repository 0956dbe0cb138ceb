/**
 * Decision follow-up actions (issue 12, point 5). The source decision (meeting, item, and for a
 * case item the case and step) and the fora are referenced by id without foreign keys to other
 * modules' versioned tables. Exactly one owner: a party or a person. The progress history is a
 * short list per action (jsonb), never a whole collaboration's history.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ACTION_STATUSES, type ActionProgress } from '../../../shared/actions.contract';

export const decisionActions = pgTable(
  'decision_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    meetingId: uuid('meeting_id').notNull(),
    itemId: uuid('item_id').notNull(),
    caseId: uuid('case_id'),
    caseStepId: text('case_step_id'),
    decidingForumId: uuid('deciding_forum_id').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    ownerPartyId: uuid('owner_party_id'),
    ownerPersonId: uuid('owner_person_id'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
    statusChangedBy: text('status_changed_by').notNull(),
    followUpForumId: uuid('follow_up_forum_id').notNull(),
    progress: jsonb('progress').$type<ActionProgress[]>().notNull().default([]),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'decision_actions_one_owner',
      sql`(${t.ownerPartyId} is null) <> (${t.ownerPersonId} is null)`,
    ),
    check('decision_actions_due', sql`${t.dueDate} >= ${t.decidedOn}`),
    index('decision_actions_follow_up_idx').on(t.followUpForumId, t.status, t.dueDate),
    index('decision_actions_owner_party_idx').on(t.ownerPartyId, t.status, t.dueDate),
    index('decision_actions_owner_person_idx').on(t.ownerPersonId, t.status, t.dueDate),
    index('decision_actions_source_idx').on(t.meetingId, t.itemId),
    index('decision_actions_order_idx').on(t.dueDate, t.id),
  ],
);

/** The information item made for a meeting's overdue actions: once per meeting. */
export const followUpAgendaItems = pgTable('follow_up_agenda_items', {
  meetingId: uuid('meeting_id').primaryKey(),
  itemId: uuid('item_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
