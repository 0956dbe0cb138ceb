/** The append-only audit log. A database trigger refuses UPDATE, DELETE and TRUNCATE. */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    // Kept as text so the name survives if the account is later renamed or disabled.
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary'),
    before: jsonb('before'),
    after: jsonb('after'),
    // Ids of people (and other entities) the change concerns, for per-person look-ups.
    relatedIds: text('related_ids').array().notNull().default([]),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  // The log is read newest first (by id) under one filter at a time: each filter's index ends
  // in id, so a page stops after `limit` rows; action and entity type also serve the facets.
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorUserId, t.id),
    index('audit_action_idx').on(t.action, t.id),
    index('audit_entity_type_idx').on(t.entityType, t.id),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_entity_id_idx').on(t.entityId),
    index('audit_related_idx').using('gin', t.relatedIds),
  ],
);
