/**
 * What is derived from a collaboration's organisation, kept in the database so every app server
 * agrees on it (docs/decisions/013-national-scale-reads.md):
 * - `org_versions`: a version per collaboration, bumped by triggers (drizzle/0014) in the same
 *   transaction as any change of its organisation rows, from one sequence, so a version number is
 *   never reused, not even by a change that was rolled back. The row with the nil uuid is bumped
 *   by any change of a person (persons belong to no collaboration).
 * - `forum_member_periods`: who (person) sat in which forum (entityId) from when to when, as a
 *   member, function holder or the substitute of one: the membership the domain derives, replayed
 *   over every day the organisation changes. Closed items and confidential cases are filtered in
 *   SQL against it. `member_period_versions` records which organisation version the rows of a
 *   collaboration were derived from; a read refreshes them when the version moved.
 */
import { bigint, date, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

/** The current version of each collaboration's organisation (and of persons, under the nil uuid). */
export const orgVersions = pgTable('org_versions', {
  collaborationId: uuid('collaboration_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/** One person's membership of one forum over one unbroken period (both ends inclusive). */
export const forumMemberPeriods = pgTable(
  'forum_member_periods',
  {
    collaborationId: uuid('collaboration_id').notNull(),
    forumId: uuid('forum_id').notNull(),
    personId: uuid('person_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Null: still a member on the last day the organisation knows of, and after. */
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('forum_member_periods_person_idx').on(t.personId, t.forumId, t.validFrom),
    index('forum_member_periods_collaboration_idx').on(t.collaborationId),
  ],
);

/** The organisation version a collaboration's member periods were derived from. */
export const memberPeriodVersions = pgTable(
  'member_period_versions',
  {
    collaborationId: uuid('collaboration_id').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.collaborationId] })],
);

/** The `org_versions` row bumped by any change of a person. */
export const PERSONS_VERSION_ID = '00000000-0000-0000-0000-000000000000';
