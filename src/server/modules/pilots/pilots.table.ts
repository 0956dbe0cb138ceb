/**
 * Pilots (issue 12): the pilot record with its evaluation file (stored in the database like case
 * attachments), its structured scale-up decisions (each recorded through a case step), and the
 * spread per municipality (an append-only history).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { SCALE_UP_OUTCOMES, SPREAD_STATUSES } from '../../../shared/pilots.enums';

/** PostgreSQL bytea as a Node Buffer (PGlite returns Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const pilots = pgTable(
  'pilots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    /** The owning forum's cluster (entityId), null for a forum outside a cluster. */
    clusterId: uuid('cluster_id'),
    /** The owning forum (entityId). */
    forumId: uuid('forum_id').notNull(),
    title: text('title').notNull(),
    hypothesis: text('hypothesis').notNull().default(''),
    theme: text('theme'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }),
    /** The participating municipalities (party entityIds). */
    participantPartyIds: jsonb('participant_party_ids').$type<string[]>().notNull().default([]),
    /** The plan initiative it tries out, where one exists (and that initiative's plan). */
    planId: uuid('plan_id'),
    initiativeId: uuid('initiative_id'),
    /** A closed item: shown only to those who may see the owning forum's closed items. */
    confidential: boolean('confidential').notNull().default(false),
    results: text('results').notNull().default(''),
    /** Exact money: whole øre. */
    costsOre: bigint('costs_ore', { mode: 'number' }),
    fileName: text('file_name'),
    fileMediaType: text('file_media_type'),
    fileSizeBytes: integer('file_size_bytes'),
    fileSha256: text('file_sha256'),
    fileContent: bytea('file_content'),
    /** The case it was raised as along the scale-up route. */
    caseId: uuid('case_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pilots_collaboration_idx').on(t.collaborationId, t.periodFrom, t.id),
    index('pilots_forum_idx').on(t.forumId),
    index('pilots_case_idx').on(t.caseId),
    check('pilots_period_check', sql`${t.periodTo} is null or ${t.periodTo} >= ${t.periodFrom}`),
    check('pilots_costs_check', sql`${t.costsOre} is null or ${t.costsOre} >= 0`),
  ],
);

export const pilotDecisions = pgTable(
  'pilot_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull(),
    stepId: text('step_id').notNull(),
    /** The deciding forum (entityId). */
    forumId: uuid('forum_id').notNull(),
    outcome: text('outcome', { enum: SCALE_UP_OUTCOMES }).notNull(),
    /** 'all', 'clusters' or null (no scope: adjust and retry, stop). */
    scopeKind: text('scope_kind', { enum: ['all', 'clusters'] }),
    scopeClusterIds: jsonb('scope_cluster_ids').$type<string[]>().notNull().default([]),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pilot_decisions_pilot_idx').on(t.pilotId, t.decidedOn)],
);

export const pilotSpread = pgTable(
  'pilot_spread',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pilotId: uuid('pilot_id')
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => pilotDecisions.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id').notNull(),
    status: text('status', { enum: SPREAD_STATUSES }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pilot_spread_party_idx').on(t.pilotId, t.partyId, t.on)],
);
