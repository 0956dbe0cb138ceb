/**
 * How a case was brought in as history (issue 12 point 6): who recorded it, when, from where
 * (the form or an import file), and up to which event of its trail it was recorded afterwards.
 * The case itself, its meetings, agendas and decisions are ordinary rows of their modules.
 */
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/index';

export const HISTORY_SOURCES = ['form', 'import'] as const;

export const historyRecords = pgTable(
  'history_records',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    collaborationId: uuid('collaboration_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    source: text('source', { enum: HISTORY_SOURCES }).notNull(),
    /** The case events up to this number were recorded afterwards ("indført"). */
    throughSeq: integer('through_seq').notNull(),
    /** The past meetings created for the record. */
    meetingIds: uuid('meeting_ids').array().notNull().default([]),
  },
  (t) => [index('history_records_collaboration_idx').on(t.collaborationId, t.recordedAt)],
);
