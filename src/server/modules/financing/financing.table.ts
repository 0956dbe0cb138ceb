/**
 * The financing simulator's tables (issue 14): dated population sets loaded beside the shipped
 * reference file, and the saved scenarios with their inputs and computed result. Collaborations,
 * clusters, fora, meetings and agenda items are referenced by id without a foreign key (other
 * modules own them).
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
import type {
  FinancingKey,
  ScenarioInput,
  ScenarioResult,
} from '../../../shared/financing.contract';

/** A population year loaded from a CSV: municipality code → population. */
export const financingPopulationSets = pgTable(
  'financing_population_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    figures: jsonb('figures').$type<Record<string, number>>().notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('financing_population_sets_year_idx').on(t.year)],
);

/** A saved financing scenario of a collaboration. */
export const financingScenarios = pgTable(
  'financing_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    name: text('name').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The population year chosen; null = the default for the date. */
    populationYear: integer('population_year'),
    clusters: jsonb('clusters').$type<ScenarioInput['clusters']>().notNull(),
    key: jsonb('key').$type<FinancingKey>().notNull(),
    secretariatKey: jsonb('secretariat_key').$type<FinancingKey>().notNull(),
    model4Mode: text('model4_mode', { enum: ['secretariatStaff', 'fundsToHosts'] }).notNull(),
    result: jsonb('result').$type<ScenarioResult>().notNull(),
    /** The agenda item the scenario was put on. */
    agendaMeetingId: uuid('agenda_meeting_id'),
    agendaItemId: uuid('agenda_item_id'),
    /** The decision: the chosen model, by which forum, at which meeting, on which day. */
    chosenModel: integer('chosen_model'),
    chosenForumId: uuid('chosen_forum_id'),
    chosenMeetingId: uuid('chosen_meeting_id'),
    chosenOn: date('chosen_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('financing_scenarios_collaboration_idx').on(t.collaborationId, t.updatedAt, t.id),
    index('financing_scenarios_item_idx')
      .on(t.agendaItemId)
      .where(sql`${t.agendaItemId} is not null`),
  ],
);

export type FinancingScenarioRow = typeof financingScenarios.$inferSelect;
