/**
 * Joint funding applications (issue 13): pools (puljer) a collaboration applies to, applications
 * owned by a forum (its cluster kept for the overview), the budget split per party, links to plan
 * initiatives and to pilots (pilot ids without a foreign key: the pilots live in another module),
 * and reporting obligations. Money is integer øre.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { APPLICATION_STATUSES } from '../../../shared/funding.enums';

const ore = (name: string) => bigint(name, { mode: 'number' });

export const fundingPools = pgTable(
  'funding_pools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    owner: text('owner').notNull(),
    title: text('title').notNull(),
    amountOre: ore('amount_ore').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    criteriaUrl: text('criteria_url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('funding_pools_collaboration_idx').on(t.collaborationId, t.deadline, t.id)],
);

export const fundingApplications = pgTable(
  'funding_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => fundingPools.id),
    ownerForumId: uuid('owner_forum_id').notNull(),
    /** The owning forum's cluster when the application was created (null: not a cluster's). */
    clusterId: uuid('cluster_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    leadPartyId: uuid('lead_party_id').notNull(),
    totalBudgetOre: ore('total_budget_ore').notNull(),
    amountGrantedOre: ore('amount_granted_ore'),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('idea'),
    /** The overview's year: the year submitted, or the idea's year before that. */
    year: integer('year').notNull(),
    ideaOn: date('idea_on', { mode: 'string' }).notNull(),
    preparationOn: date('preparation_on', { mode: 'string' }),
    submittedOn: date('submitted_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('funding_applications_list_idx').on(t.collaborationId, t.year, t.status, t.id),
    index('funding_applications_pool_idx').on(t.poolId),
    index('funding_applications_cluster_idx').on(t.clusterId, t.year),
    check(
      'funding_applications_granted_check',
      sql`${t.amountGrantedOre} is null or ${t.amountGrantedOre} <= ${t.totalBudgetOre}`,
    ),
  ],
);

export const fundingApplicationParties = pgTable(
  'funding_application_parties',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => fundingApplications.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id').notNull(),
    amountOre: ore('amount_ore').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.partyId] })],
);

export const fundingApplicationInitiatives = pgTable(
  'funding_application_initiatives',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => fundingApplications.id, { onDelete: 'cascade' }),
    /** A plan initiative (plans module; checked on write, no cross-module foreign key). */
    initiativeId: uuid('initiative_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.initiativeId] }),
    index('funding_application_initiatives_initiative_idx').on(t.initiativeId),
  ],
);

/** Pilots (module of issue 12) by id only: the lookup is added where both modules meet. */
export const fundingApplicationPilots = pgTable(
  'funding_application_pilots',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => fundingApplications.id, { onDelete: 'cascade' }),
    pilotId: uuid('pilot_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.pilotId] }),
    index('funding_application_pilots_pilot_idx').on(t.pilotId),
  ],
);

export const fundingObligations = pgTable(
  'funding_obligations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => fundingApplications.id, { onDelete: 'cascade' }),
    /** Denormalised for the overdue list (one index range per collaboration). */
    collaborationId: uuid('collaboration_id').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
  },
  (t) => [
    index('funding_obligations_application_idx').on(t.applicationId, t.dueDate),
    index('funding_obligations_open_idx')
      .on(t.collaborationId, t.dueDate)
      .where(sql`${t.doneOn} is null`),
  ],
);
