/**
 * The implementation plan (docs/design/plans.md): a plan owned by a forum over time, its goal
 * hierarchy, initiatives with milestones and links, degrees of implementation per subject,
 * reporting rounds and their responses, indicators with values per party and period, and the
 * clusters' priorities. Fora, parties and clusters are referenced by entityId (the organisation
 * module owns them), cases and agenda items by id; plain uuids, no foreign key across modules.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CLUSTER_PRIORITIES,
  DEGREE_SUBJECT_KINDS,
  GOAL_LEVELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INITIATIVE_LEVELS,
  MILESTONE_STATUSES,
  PLAN_KINDS,
  PLAN_LINK_KINDS,
  PLAN_STATUSES,
  RESPONSE_STATUSES,
  ROUND_STATUSES,
  type YearPriority,
} from '../../../shared/plans.enums';

/** One step of a plan's scale of degrees: a key, an optional own label, a score for rollups. */
export interface DegreeStep {
  key: string;
  /** A label of the plan's own; null = the default scale's translated label. */
  label: string | null;
  /** 0–100 for progress rollups; null = not counted (e.g. "ikke relevant"). */
  score: number | null;
}

const created = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A plan: a health agreement, a health council's local health plan, … */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The collaboration (entityId) it belongs to now; follows a merger. */
    collaborationId: uuid('collaboration_id').notNull(),
    /** A stable handle within the collaboration (plans as code). */
    key: text('key').notNull(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    /** The decision adopting it: an agenda item of the owning forum's meeting (its minutes). */
    adoptedAgendaItemId: uuid('adopted_agenda_item_id'),
    endedOn: date('ended_on', { mode: 'string' }),
    degreeScale: jsonb('degree_scale').$type<DegreeStep[]>().notNull(),
    /** Demo data: shown with a "fiktivt eksempel" marker everywhere. */
    fictional: boolean('fictional').notNull().default(false),
    ...created(),
  },
  (t) => [
    uniqueIndex('plans_collaboration_key_unique').on(t.collaborationId, t.key),
    check('plans_period_check', sql`${t.periodTo} is null or ${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/** Which forum owns a plan, over time (a reorganisation hands it to the successor). */
export const planOwners = pgTable(
  'plan_owners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    forumId: uuid('forum_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('plan_owners_plan_idx').on(t.planId, t.validFrom),
    index('plan_owners_forum_idx').on(t.forumId),
    check('plan_owners_period_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** A node of the goal hierarchy: vision → goals → sub-goals. */
export const planGoals = pgTable(
  'plan_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    parentId: uuid('parent_id'),
    level: text('level', { enum: GOAL_LEVELS }).notNull(),
    /** The goal's number as the plan writes it ("1", "1.2"); unique within the plan. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    ...created(),
  },
  (t) => [
    uniqueIndex('plan_goals_code_unique').on(t.planId, t.code),
    index('plan_goals_parent_idx').on(t.parentId),
    check('plan_goals_period_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** An initiative (indsats) of a plan. */
export const planInitiatives = pgTable(
  'plan_initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    goalId: uuid('goal_id'),
    /** Its number as the plan writes it ("12", "3.4"); unique within the plan. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    level: text('level', { enum: INITIATIVE_LEVELS }).notNull(),
    responsibleForumId: uuid('responsible_forum_id'),
    participatingPartyIds: jsonb('participating_party_ids').$type<string[]>().notNull().default([]),
    yearPriorities: jsonb('year_priorities')
      .$type<{ year: number; priority: YearPriority }[]>()
      .notNull()
      .default([]),
    /** Estimated economy in whole kroner, and who pays (free text: "kommunerne", "regionen", …). */
    economyDkk: bigint('economy_dkk', { mode: 'number' }),
    economyNote: text('economy_note').notNull().default(''),
    payer: text('payer').notNull().default(''),
    position: integer('position').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    ...created(),
  },
  (t) => [
    uniqueIndex('plan_initiatives_number_unique').on(t.planId, t.number),
    index('plan_initiatives_goal_idx').on(t.goalId),
    index('plan_initiatives_forum_idx').on(t.responsibleForumId),
    check(
      'plan_initiatives_period_check',
      sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/** A milestone of an initiative. */
export const planMilestones = pgTable(
  'plan_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('notStarted'),
    completedOn: date('completed_on', { mode: 'string' }),
    position: integer('position').notNull().default(0),
    ...created(),
  },
  (t) => [
    index('plan_milestones_initiative_idx').on(t.initiativeId, t.dueDate),
    index('plan_milestones_due_idx').on(t.planId, t.dueDate),
  ],
);

/** An initiative's link to a case or an agenda item. */
export const planLinks = pgTable(
  'plan_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    kind: text('kind', { enum: PLAN_LINK_KINDS }).notNull(),
    targetId: uuid('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('plan_links_unique').on(t.initiativeId, t.kind, t.targetId),
    index('plan_links_target_idx').on(t.kind, t.targetId),
  ],
);

/**
 * A recorded degree of implementation of an initiative for a subject (append-only history). A
 * round's answers carry `round_id`; at closing, every subject not answered gets its last value
 * copied into the round (`carried`), so a closed round reads as one indexed slice.
 */
export const planDegrees = pgTable(
  'plan_degrees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    subjectKind: text('subject_kind', { enum: DEGREE_SUBJECT_KINDS }).notNull(),
    /** A party's or a cluster's entityId, or the plan's id for joint initiatives. */
    subjectId: uuid('subject_id').notNull(),
    /** A key of the plan's degree scale. */
    degree: text('degree').notNull(),
    comment: text('comment').notNull().default(''),
    /** The day the degree describes. */
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    roundId: uuid('round_id'),
    /** Copied from the last value when the round closed without an answer. */
    carried: boolean('carried').notNull().default(false),
    /** Differs from the value before it (a field the party touched). */
    changed: boolean('changed').notNull().default(true),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('plan_degrees_round_unique')
      .on(t.roundId, t.initiativeId, t.subjectId)
      .where(sql`${t.roundId} is not null`),
    index('plan_degrees_latest_idx').on(
      t.planId,
      t.initiativeId,
      t.subjectId,
      t.recordedOn,
      t.createdAt,
    ),
    index('plan_degrees_subject_idx').on(t.planId, t.subjectId),
  ],
);

/** A reporting round: which initiatives, which parties, until when. */
export const planRounds = pgTable(
  'plan_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    title: text('title').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    initiativeIds: jsonb('initiative_ids').$type<string[]>().notNull(),
    partyIds: jsonb('party_ids').$type<string[]>().notNull(),
    /** Days before the deadline on which non-responders get a reminder. */
    reminderDays: jsonb('reminder_days').$type<number[]>().notNull().default([7, 1]),
    createdBy: uuid('created_by'),
    ...created(),
  },
  (t) => [
    index('plan_rounds_plan_idx').on(t.planId, t.opensOn),
    index('plan_rounds_open_idx')
      .on(t.deadline)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** A party's response to a round. */
export const planRoundResponses = pgTable(
  'plan_round_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull(),
    partyId: uuid('party_id').notNull(),
    status: text('status', { enum: RESPONSE_STATUSES }).notNull().default('pending'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    /** Answered "ingen ændringer" for everything in one action. */
    noChanges: boolean('no_changes').notNull().default(false),
    /** The burden: how many fields the party had to touch. */
    fieldsTouched: integer('fields_touched').notNull().default(0),
    /** The last day a reminder went out (one per day at most). */
    remindedOn: date('reminded_on', { mode: 'string' }),
    ...created(),
  },
  (t) => [
    uniqueIndex('plan_round_responses_unique').on(t.roundId, t.partyId),
    index('plan_round_responses_party_idx').on(t.partyId),
  ],
);

/** An indicator followed by a plan. */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    goalId: uuid('goal_id'),
    initiativeId: uuid('initiative_id'),
    /** A stable handle within the plan (import files name indicators by it). */
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
    source: text('source', { enum: INDICATOR_SOURCES }).notNull().default('manual'),
    /** A named public source (e.g. eSundhed's indicator) and its address. */
    sourceName: text('source_name').notNull().default(''),
    sourceUrl: text('source_url'),
    target: numeric('target', { precision: 20, scale: 6, mode: 'string' }),
    targetPeriod: text('target_period'),
    position: integer('position').notNull().default(0),
    ...created(),
  },
  (t) => [uniqueIndex('plan_indicators_key_unique').on(t.planId, t.key)],
);

/** An indicator's value for a party (a municipality, or the region) in a period. */
export const planIndicatorValues = pgTable(
  'plan_indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id').notNull(),
    partyId: uuid('party_id').notNull(),
    /** `2025`, `2025-Q2` or `2025-06`. */
    period: text('period').notNull(),
    value: numeric('value', { precision: 20, scale: 6, mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    ...created(),
  },
  (t) => [
    uniqueIndex('plan_indicator_values_unique').on(t.indicatorId, t.partyId, t.period),
    index('plan_indicator_values_period_idx').on(t.indicatorId, t.period),
  ],
);

/** A cluster's joint priority of an initiative. */
export const planClusterPriorities = pgTable(
  'plan_cluster_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    priority: text('priority', { enum: CLUSTER_PRIORITIES }).notNull(),
    note: text('note').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by'),
    ...created(),
  },
  (t) => [
    uniqueIndex('plan_cluster_priorities_unique').on(t.initiativeId, t.clusterId),
    index('plan_cluster_priorities_plan_idx').on(t.planId, t.clusterId),
  ],
);
