/**
 * Fora (bodies), their seats and their composition rules. Structured attributes (cadence,
 * secretariat, task lists, born rules, composition rule specs) are jsonb, validated by the zod
 * contracts in src/shared/organisation.rules.ts before they are written.
 */
import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  FORUM_KINDS,
  FORUM_LEVELS,
  PARTY_KINDS,
  SEAT_ROLES,
  SECTOR_SCOPES,
  SEVERITIES,
} from '../../../shared/organisation.enums';
import type {
  Appointer,
  BornRule,
  Cadence,
  CompositionRuleSpec,
  Secretariat,
  Verification,
} from '../../../shared/organisation.rules';
import { factColumns, factIndexes, versionColumns, versionIndexes } from './org-columns';

/** A committee, cluster forum, theme group, steering group, ... */
export const fora = pgTable(
  'fora',
  {
    ...versionColumns(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    level: text('level', { enum: FORUM_LEVELS }).notNull(),
    kind: text('kind', { enum: FORUM_KINDS }).notNull(),
    scope: text('scope', { enum: SECTOR_SCOPES }).notNull(),
    clusterId: uuid('cluster_id'),
    reportsToForumId: uuid('reports_to_forum_id'),
    cadence: jsonb('cadence').$type<Cadence>(),
    secretariat: jsonb('secretariat').$type<Secretariat>(),
    charter: text('charter'),
    mustTasks: jsonb('must_tasks').$type<string[]>().notNull().default([]),
    mayTasks: jsonb('may_tasks').$type<string[]>().notNull().default([]),
    decisionCompetence: text('decision_competence'),
    successorForumIds: jsonb('successor_forum_ids').$type<string[]>().notNull().default([]),
    /** Working days before a meeting that its agenda closes; null = the default (10). */
    agendaDeadlineWorkingDays: integer('agenda_deadline_working_days'),
    /** The party whose body this is (a health council: its region), entityId. */
    ownerPartyId: uuid('owner_party_id'),
    /** Verification per fact, when the forum comes from reference data or a template. */
    verification: jsonb('verification').$type<Verification>(),
  },
  (t) => [
    ...versionIndexes('fora', t),
    index('fora_cluster_idx').on(t.clusterId),
    index('fora_reports_to_idx').on(t.reportsToForumId),
  ],
);

/** One position in a forum: appointed (`born` null) or born (derived by its rule). */
export const seats = pgTable(
  'seats',
  {
    ...versionColumns(),
    forumId: uuid('forum_id').notNull(),
    role: text('role', { enum: SEAT_ROLES }).notNull(),
    label: text('label').notNull(),
    partyKind: text('party_kind', { enum: PARTY_KINDS }),
    partyId: uuid('party_id'),
    clusterId: uuid('cluster_id'),
    appointedBy: jsonb('appointed_by').$type<Appointer>(),
    termYears: integer('term_years'),
    isFunction: boolean('is_function').notNull().default(false),
    born: jsonb('born').$type<BornRule>(),
    /** The political party (list letter) a seat is reserved for, e.g. KKR's supplementary seats. */
    politicalParty: text('political_party'),
  },
  (t) => [...versionIndexes('seats', t), index('seats_forum_idx').on(t.forumId, t.validFrom)],
);

/** A composition rule declared on a forum for a period. */
export const compositionRules = pgTable(
  'composition_rules',
  {
    ...factColumns(),
    forumId: uuid('forum_id').notNull(),
    severity: text('severity', { enum: SEVERITIES }).notNull().default('error'),
    spec: jsonb('spec').$type<CompositionRuleSpec>().notNull(),
    /** Whether the rule (e.g. a seat formula) is documented; a template default is marked so. */
    verification: jsonb('verification').$type<Verification>(),
  },
  (t) => [
    ...factIndexes('composition_rules', t),
    index('composition_rules_forum_idx').on(t.forumId),
  ],
);
