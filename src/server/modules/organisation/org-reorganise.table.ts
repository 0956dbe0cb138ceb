/**
 * Reorganisations carried out (the 2027 reform, a merger of collaborations, an import that ends
 * fora): what was reorganised into what from which day, the forum mappings used and the
 * before/after counts of the open work carried over. The audit row holds the same in its `after`;
 * this table lets the product list and show them, and name a collaboration's successor.
 */
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One reorganisation, written in the same transaction as the change and its audit row. */
export const reorganisations = pgTable(
  'reorganisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `reform` (the wizard, the API or the CLI) or `import` (an org file import that ends fora). */
    kind: text('kind', { enum: ['reform', 'import'] }).notNull(),
    /** The first day of the new organisation; the old fora's last day is the day before. */
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    /** The collaborations (entityIds) whose fora were ended; one, or several for a merger. */
    sourceCollaborationIds: jsonb('source_collaboration_ids').$type<string[]>().notNull(),
    /** The collaboration (entityId) that carries on the work (may be one of the sources). */
    targetCollaborationId: uuid('target_collaboration_id').notNull(),
    /** `[{ fromForumId, toForumIds }]` as carried out. */
    mappings: jsonb('mappings').$type<unknown>().notNull(),
    /** Per kind of open work: `{ kind, before, after }`. */
    counts: jsonb('counts').$type<unknown>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reorganisations_target_idx').on(t.targetCollaborationId, t.effectiveDate),
    index('reorganisations_sources_idx').using('gin', t.sourceCollaborationIds),
  ],
);
