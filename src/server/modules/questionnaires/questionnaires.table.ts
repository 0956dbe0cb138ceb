/**
 * Questionnaires (issue 14 point 2/3) and their recipients. The questions live in `sections`
 * (jsonb), frozen once the questionnaire is sent (answers refer to question ids, so they stay
 * interpretable). A recipient is a person, answering for a party (municipality) or on their own;
 * their personal link's token is stored only as its sha256 hash. Collaborations, parties, persons
 * and process instances are referenced by id, no foreign key across modules.
 */
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  QUESTIONNAIRE_STATUSES,
  type Answers,
  type Section,
} from '../../../shared/questionnaires.contract';

export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    sections: jsonb('sections').$type<Section[]>().notNull().default([]),
    status: text('status', { enum: QUESTIONNAIRE_STATUSES }).notNull().default('draft'),
    deadline: date('deadline', { mode: 'string' }),
    linkExpiresOn: date('link_expires_on', { mode: 'string' }),
    reminderDaysBefore: jsonb('reminder_days_before').$type<number[]>().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The baseline this questionnaire follows up (its questions were copied from it). */
    baselineId: uuid('baseline_id'),
    /** The template it was created from (e.g. `klBaseline`). */
    template: text('template'),
    /** The process instance and step (meetings' process feature) it serves. */
    processInstanceId: uuid('process_instance_id'),
    processStepKey: text('process_step_key'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('questionnaires_collaboration_idx').on(t.collaborationId, t.createdAt, t.id),
    index('questionnaires_process_idx')
      .on(t.processInstanceId)
      .where(sql`${t.processInstanceId} is not null`),
    index('questionnaires_baseline_idx')
      .on(t.baselineId)
      .where(sql`${t.baselineId} is not null`),
  ],
);

export const questionnaireRecipients = pgTable(
  'questionnaire_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    personId: uuid('person_id').notNull(),
    partyId: uuid('party_id'),
    /** sha256 (hex) of the personal link's token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    linkExpiresOn: date('link_expires_on', { mode: 'string' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedOn: date('last_reminded_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('questionnaire_recipients_token_unique').on(t.tokenHash),
    uniqueIndex('questionnaire_recipients_person_unique').on(t.questionnaireId, t.personId),
    index('questionnaire_recipients_questionnaire_idx').on(t.questionnaireId, t.submittedAt),
    index('questionnaire_recipients_person_idx').on(t.personId, t.createdAt),
  ],
);
