/**
 * The collaboration and its parties and clusters (docs/design/organisation-model.md). Versioned
 * rows: `entity_id` names the entity across versions and every reference holds an entityId.
 */
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AREA_KINDS, PARTY_KINDS } from '../../../shared/organisation.enums';
import type { Verification } from '../../../shared/organisation.rules';
import {
  factColumns,
  factIndexes,
  periodCheck,
  periodColumns,
  versionColumns,
  versionIndexes,
} from './org-columns';

/** One health collaboration per region; `key` is unique across all collaborations. */
export const collaborations = pgTable(
  'collaborations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    regionName: text('region_name').notNull(),
    ...periodColumns(),
  },
  (t) => [
    periodCheck('collaborations', t),
    uniqueIndex('collaborations_entity_start_unique').on(t.entityId, t.validFrom),
    index('collaborations_key_idx').on(t.key),
  ],
);

/** A municipality, the region, a hospital, general practice (PLO), ... */
export const parties = pgTable(
  'parties',
  {
    ...versionColumns(),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    name: text('name').notNull(),
    /** 3-digit municipality code (DST). */
    code: text('code'),
    population: integer('population'),
    populationYear: integer('population_year'),
    parentPartyId: uuid('parent_party_id'),
    verified: boolean('verified').notNull().default(false),
    source: text('source'),
    /** Verification per fact (e.g. `population`), beside the overall `verified`. */
    verification: jsonb('verification').$type<Verification>(),
    /** The number of seats of a region's council (regionsråd), when known. */
    councilSize: integer('council_size'),
    /** Parties this one was created from by a merger (entityIds, possibly in other collaborations). */
    predecessorPartyIds: jsonb('predecessor_party_ids').$type<string[]>().notNull().default([]),
  },
  (t) => versionIndexes('parties', t),
);

/** A health cluster around an acute hospital; members are cluster memberships. */
export const clusters = pgTable(
  'clusters',
  {
    ...versionColumns(),
    name: text('name').notNull(),
    /** A health cluster, or a health council's area (from 2027). */
    kind: text('kind', { enum: AREA_KINDS }).notNull().default('cluster'),
    acuteHospitalPartyId: uuid('acute_hospital_party_id'),
    verified: boolean('verified').notNull().default(false),
    source: text('source'),
    /** The row of reference/dk-health-clusters.csv the members were checked against (org file). */
    reference: text('reference'),
    /** Verification per fact (e.g. `members`, `acuteHospital`), beside the overall `verified`. */
    verification: jsonb('verification').$type<Verification>(),
  },
  (t) => versionIndexes('clusters', t),
);

/** A party's membership of a cluster for a period (`partial` for a split municipality). */
export const clusterMemberships = pgTable(
  'cluster_memberships',
  {
    ...factColumns(),
    clusterId: uuid('cluster_id').notNull(),
    partyId: uuid('party_id').notNull(),
    partial: boolean('partial').notNull().default(false),
    verified: boolean('verified').notNull().default(false),
    /** Where the membership is documented, and a free note (e.g. why it is unverified). */
    source: text('source'),
    note: text('note'),
    /** Verification per fact (e.g. `membership`), beside `verified`. */
    verification: jsonb('verification').$type<Verification>(),
  },
  (t) => [
    ...factIndexes('cluster_memberships', t),
    index('cluster_memberships_cluster_idx').on(t.clusterId),
    index('cluster_memberships_party_idx').on(t.partyId),
  ],
);
