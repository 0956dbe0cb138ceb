/**
 * The compact rows of a CLOSED round (src/domain/plans/round-rows.ts), written in the closing
 * transaction and frozen with it: per round the initiative order and the scale's keys the rows
 * follow (plan_round_columns), per party one character per initiative (plan_round_rows). The
 * heatmap of a closed round reads them by the primary key instead of aggregating plan_degrees.
 */
import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

export const planRoundColumns = pgTable('plan_round_columns', {
  roundId: uuid('round_id').primaryKey(),
  initiativeIds: jsonb('initiative_ids').$type<string[]>().notNull(),
  scaleKeys: jsonb('scale_keys').$type<string[]>().notNull(),
});

export const planRoundRows = pgTable(
  'plan_round_rows',
  {
    roundId: uuid('round_id').notNull(),
    partyId: uuid('party_id').notNull(),
    cells: text('cells').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.partyId] })],
);
