/**
 * The stored membership periods (org-derived.table.ts): refreshed from the organisation when a
 * collaboration's version moved, and the SQL condition every viewer-filtered read uses to ask
 * "did this user's person sit in that forum on that day" inside its own query, so a list can
 * filter, count and LIMIT in the database (docs/decisions/013-national-scale-reads.md).
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { memberPeriods } from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import {
  forumMemberPeriods,
  memberPeriodVersions,
  orgVersions,
  PERSONS_VERSION_ID,
} from './org-derived.table';
import { persons } from './org-people.table';
import { loadSnapshot } from './org-snapshot.repo';

const CHUNK = 1_000;

/** The current organisation version of each collaboration (ids without a version are left out). */
export async function orgVersionsOf(
  db: Db,
  collaborationIds: readonly string[],
): Promise<Map<string, number>> {
  if (collaborationIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(orgVersions)
    .where(sql`${orgVersions.collaborationId} in ${[...new Set(collaborationIds)]}`);
  return new Map(rows.map((r) => [r.collaborationId, r.version]));
}

/** Collaborations whose stored periods were derived from another version than the current one. */
async function staleCollaborations(db: Db): Promise<{ id: string; version: number }[]> {
  const rows = await db
    .select({ id: orgVersions.collaborationId, version: orgVersions.version })
    .from(orgVersions)
    .leftJoin(
      memberPeriodVersions,
      eq(memberPeriodVersions.collaborationId, orgVersions.collaborationId),
    )
    .where(
      and(
        sql`${orgVersions.collaborationId} <> ${PERSONS_VERSION_ID}`,
        sql`${memberPeriodVersions.version} is distinct from ${orgVersions.version}`,
      ),
    );
  return rows;
}

/** Derives and stores one collaboration's periods (under a lock, so two servers don't race). */
async function refreshCollaboration(db: Db, collaborationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`member-periods:${collaborationId}`}))`,
    );
    // The version is read before the rows: a change committed in between moves the version
    // again, so the next read refreshes once more; stored periods never claim a newer version.
    const [current] = await tx
      .select({ version: orgVersions.version })
      .from(orgVersions)
      .where(eq(orgVersions.collaborationId, collaborationId));
    const [stored] = await tx
      .select({ version: memberPeriodVersions.version })
      .from(memberPeriodVersions)
      .where(eq(memberPeriodVersions.collaborationId, collaborationId));
    if (current === undefined || stored?.version === current.version) return;
    const periods = memberPeriods(await loadSnapshot(tx, collaborationId));
    await tx
      .delete(forumMemberPeriods)
      .where(eq(forumMemberPeriods.collaborationId, collaborationId));
    for (let i = 0; i < periods.length; i += CHUNK) {
      await tx
        .insert(forumMemberPeriods)
        .values(periods.slice(i, i + CHUNK).map((p) => ({ ...p, collaborationId })));
    }
    await tx
      .insert(memberPeriodVersions)
      .values({ collaborationId, version: current.version })
      .onConflictDoUpdate({
        target: memberPeriodVersions.collaborationId,
        set: { version: current.version },
      });
  });
}

/**
 * Brings the stored periods of every collaboration up to its current organisation version. One
 * indexed query when nothing changed; a changed collaboration is derived again (once, whichever
 * app server gets there first). Call before a query that uses {@link satInForumSql}.
 */
export async function freshMemberPeriods(db: Db): Promise<void> {
  for (const stale of await staleCollaborations(db)) await refreshCollaboration(db, stale.id);
}

type SqlValue = SQL | AnyPgColumn | string;

/**
 * SQL: true when the person linked to `userId` sat in forum `forumId` (an entityId) on day `on`,
 * as a member in any capacity or the substitute of one: the same rule as `isForumMember` and
 * the closed-item clearance (visibility.service.ts). False for a user without a person.
 */
export function satInForumSql(userId: string, forumId: SqlValue, on: SqlValue): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${forumMemberPeriods} inner join ${persons} on ${persons.id} = ${forumMemberPeriods.personId} where ${persons.userId} = ${userId} and ${forumMemberPeriods.forumId} = ${forumId} and ${forumMemberPeriods.validFrom} <= ${on} and (${forumMemberPeriods.validTo} is null or ${forumMemberPeriods.validTo} >= ${on}))`;
}
