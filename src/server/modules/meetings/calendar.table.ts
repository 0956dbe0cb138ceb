/**
 * The calendar data a collaboration declares: closure days (extending the domain's defaults)
 * and ordering rules between fora (seed 004: SSU after KKR, pre-meetings, TSS prepares SSU).
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ORDERING_RULE_KINDS } from '../../../shared/meetings.enums';

/**
 * A closure day on top of weekends, public holidays and the built-in closure days. `annual`
 * rows repeat on month/day (optionally within from/to year); `date` rows are one day.
 * `collaborationId` null applies to every collaboration.
 */
export const closureDays = pgTable(
  'closure_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id'),
    kind: text('kind', { enum: ['annual', 'date'] }).notNull(),
    name: text('name').notNull(),
    month: integer('month'),
    day: integer('day'),
    fromYear: integer('from_year'),
    toYear: integer('to_year'),
    date: date('date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('closure_days_collaboration_idx').on(t.collaborationId),
    check(
      'closure_days_shape',
      sql`(${t.kind} = 'annual' and ${t.month} between 1 and 12 and ${t.day} between 1 and 31 and ${t.date} is null)
        or (${t.kind} = 'date' and ${t.date} is not null and ${t.month} is null and ${t.day} is null)`,
    ),
  ],
);

/**
 * Each meeting of `forumId` needs a meeting of `dependsOnForumId` between `maxDaysBetween` and
 * `minDaysBetween` days before it (see the domain's `OrderingRule`).
 */
export const orderingRules = pgTable(
  'ordering_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    kind: text('kind', { enum: ORDERING_RULE_KINDS }).notNull(),
    forumId: uuid('forum_id').notNull(),
    dependsOnForumId: uuid('depends_on_forum_id').notNull(),
    minDaysBetween: integer('min_days_between').notNull().default(0),
    maxDaysBetween: integer('max_days_between'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ordering_rules_collaboration_idx').on(t.collaborationId),
    index('ordering_rules_forum_idx').on(t.forumId),
    index('ordering_rules_depends_on_idx').on(t.dependsOnForumId),
    uniqueIndex('ordering_rules_link_unique').on(t.forumId, t.dependsOnForumId, t.kind),
    check('ordering_rules_not_self', sql`${t.forumId} <> ${t.dependsOnForumId}`),
    check(
      'ordering_rules_days',
      sql`${t.minDaysBetween} >= 0 and (${t.maxDaysBetween} is null or ${t.maxDaysBetween} >= ${t.minDaysBetween})`,
    ),
  ],
);
