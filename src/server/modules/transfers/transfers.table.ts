/**
 * Task transfers (issue 12 point 4, the South Danish model of seed 002) and the orientation of
 * the other clusters they lead to. Clusters, fora and parties are referenced by entityId (the
 * organisation module owns them), meetings and agenda items by id; plain uuids, no foreign key
 * across modules. `transfer_orientations` has one row per transfer (its primary key), which is
 * what makes the orientation item exactly-once: a retried or repeated decision finds the row.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  TRANSFER_KINDS,
  TRANSFER_STATUSES,
  type Assessment,
} from '../../../shared/transfers.contract';

export const taskTransfers = pgTable(
  'task_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    /** The cluster's forum that takes the transfer on. */
    forumId: uuid('forum_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    theme: text('theme'),
    kind: text('kind', { enum: TRANSFER_KINDS }).notNull(),
    status: text('status', { enum: TRANSFER_STATUSES }).notNull().default('underAssessment'),
    transferringPartyIds: jsonb('transferring_party_ids').$type<string[]>().notNull().default([]),
    receivingPartyIds: jsonb('receiving_party_ids').$type<string[]>().notNull().default([]),
    /** The four dimensions (resources, competences, quality, economy); amounts in øre. */
    assessment: jsonb('assessment').$type<Assessment>().notNull(),
    precedent: boolean('precedent').notNull().default(false),
    precedentReason: text('precedent_reason'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    decidingForumId: uuid('deciding_forum_id'),
    decidedOn: date('decided_on', { mode: 'string' }),
    withdrawnReason: text('withdrawn_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_transfers_collaboration_idx').on(t.collaborationId, t.openedOn, t.id),
    index('task_transfers_cluster_idx').on(t.clusterId, t.openedOn),
    index('task_transfers_forum_idx').on(t.forumId),
    index('task_transfers_status_idx').on(t.status, t.openedOn),
    index('task_transfers_precedent_idx')
      .on(t.openedOn)
      .where(sql`${t.precedent}`),
  ],
);

/**
 * The orientation of the other clusters of one decided transfer: the committee (SSU / health
 * council) found as of the decision day and, once placed, the meeting and agenda item. Pending
 * (no item yet) when the committee had no meeting with an agenda still being prepared.
 */
export const transferOrientations = pgTable(
  'transfer_orientations',
  {
    transferId: uuid('transfer_id')
      .primaryKey()
      .references(() => taskTransfers.id),
    committeeForumId: uuid('committee_forum_id').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    meetingId: uuid('meeting_id'),
    agendaItemId: uuid('agenda_item_id'),
    placedAt: timestamp('placed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('transfer_orientations_pending_idx')
      .on(t.committeeForumId, t.decidedOn)
      .where(sql`${t.agendaItemId} is null`),
  ],
);
