/**
 * Column sets shared by the organisation tables. Versioned entities are rows
 * `{ id, entityId, validFrom, validTo }` (docs/design/organisation-model.md, "Time"); facts carry
 * their own id and validity. Both ends of a period are inclusive dates.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, text, uniqueIndex, uuid, type PgColumn } from 'drizzle-orm/pg-core';

/** Validity columns: `valid_to` null means open-ended. */
export const periodColumns = () => ({
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

/**
 * The columns of a version row of an entity that belongs to a collaboration. `key` is stable
 * across versions and names the entity within its collaboration (the YAML importer's handle).
 */
export const versionColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  entityId: uuid('entity_id').notNull(),
  collaborationId: uuid('collaboration_id').notNull(),
  key: text('key').notNull(),
  ...periodColumns(),
});

/** The columns of a fact (membership, office holding, appointment, rule) of a collaboration. */
export const factColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  collaborationId: uuid('collaboration_id').notNull(),
  /** Optional stable handle for the importer; unique within the collaboration when set. */
  key: text('key'),
  ...periodColumns(),
});

interface PeriodTable {
  validFrom: PgColumn;
  validTo: PgColumn;
}

/** `valid_to` (inclusive) may not lie before `valid_from`. */
export function periodCheck(table: string, t: PeriodTable) {
  return check(
    `${table}_period_check`,
    sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
  );
}

/**
 * The indexes every versioned table gets: versions of one entity by start (as-of look-ups and
 * one version per start day), and the collaboration's rows by key (the importer's look-ups).
 */
export function versionIndexes(
  table: string,
  t: PeriodTable & { entityId: PgColumn; collaborationId: PgColumn; key: PgColumn },
) {
  return [
    periodCheck(table, t),
    uniqueIndex(`${table}_entity_start_unique`).on(t.entityId, t.validFrom),
    index(`${table}_key_idx`).on(t.collaborationId, t.key),
    index(`${table}_asof_idx`).on(t.collaborationId, t.validFrom, t.validTo),
  ];
}

/** The indexes every fact table gets: its period check and a unique key when one is set. */
export function factIndexes(
  table: string,
  t: PeriodTable & { collaborationId: PgColumn; key: PgColumn },
) {
  return [
    periodCheck(table, t),
    uniqueIndex(`${table}_key_unique`)
      .on(t.collaborationId, t.key)
      .where(sql`${t.key} is not null`),
    index(`${table}_asof_idx`).on(t.collaborationId, t.validFrom, t.validTo),
  ];
}
