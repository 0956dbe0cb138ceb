/**
 * Charters (kommissorier, issue 13): a forum's charter as numbered versions (each save a new
 * row: who and when), requests for charters from the clusters of a collaboration with a
 * requirements checklist and a deadline, each cluster's delivery (a version of one of its fora)
 * and the marks per requirement.
 */
import {
  boolean,
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

export const charterVersions = pgTable(
  'charter_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull(),
    version: integer('version').notNull(),
    purpose: text('purpose').notNull(),
    mustTasks: jsonb('must_tasks').$type<string[]>().notNull().default([]),
    mayTasks: jsonb('may_tasks').$type<string[]>().notNull().default([]),
    composition: text('composition').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    savedByUserId: uuid('saved_by_user_id'),
    savedByName: text('saved_by_name').notNull(),
  },
  (t) => [
    uniqueIndex('charter_versions_forum_version_idx').on(t.forumId, t.version),
    index('charter_versions_forum_valid_idx').on(t.forumId, t.validFrom, t.version),
  ],
);

export const charterRequests = pgTable(
  'charter_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    requestingForumId: uuid('requesting_forum_id').notNull(),
    title: text('title').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    requirements: jsonb('requirements').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('charter_requests_collaboration_idx').on(t.collaborationId, t.deadline, t.id)],
);

export const charterDeliveries = pgTable(
  'charter_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => charterRequests.id, { onDelete: 'cascade' }),
    clusterId: uuid('cluster_id').notNull(),
    forumId: uuid('forum_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => charterVersions.id),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    /** Per requirement (by position): met, not met, or null = not assessed yet. */
    met: jsonb('met').$type<(boolean | null)[]>().notNull().default([]),
    assessed: boolean('assessed').notNull().default(false),
  },
  (t) => [uniqueIndex('charter_deliveries_request_cluster_idx').on(t.requestId, t.clusterId)],
);
