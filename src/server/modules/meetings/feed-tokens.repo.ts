/** The only queries of the calendar_feed_tokens table. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../auth/index';
import { calendarFeedTokens } from './feed-tokens.table';

export type FeedTokenRow = typeof calendarFeedTokens.$inferSelect;
export type NewFeedTokenRow = typeof calendarFeedTokens.$inferInsert;

/** Inserts a subscription. */
export async function insertFeedToken(db: Db, row: NewFeedTokenRow): Promise<FeedTokenRow> {
  const [inserted] = await db.insert(calendarFeedTokens).values(row).returning();
  return inserted as FeedTokenRow;
}

/**
 * Serialises the creation of one user's subscriptions until the transaction ends, so two
 * parallel requests cannot both pass the per-user limit.
 */
export async function lockFeedTokensOf(tx: Db, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`calendar-feeds:${userId}`}))`);
}

/** A user's active (not revoked) subscriptions, newest first. */
export function activeFeedTokensOf(db: Db, userId: string): Promise<FeedTokenRow[]> {
  return db
    .select()
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
    .orderBy(desc(calendarFeedTokens.createdAt), desc(calendarFeedTokens.id));
}

/** Revokes a user's active subscription; null when there is none with that id. */
export async function revokeFeedTokenRow(
  db: Db,
  userId: string,
  id: string,
): Promise<FeedTokenRow | null> {
  const [row] = await db
    .update(calendarFeedTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(calendarFeedTokens.id, id),
        eq(calendarFeedTokens.userId, userId),
        isNull(calendarFeedTokens.revokedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * The active subscription with this token hash whose owner's account is enabled, or null
 * (unknown, revoked, or the owner disabled).
 */
export async function findLiveFeedToken(db: Db, tokenHash: string): Promise<FeedTokenRow | null> {
  const [row] = await db
    .select({ token: calendarFeedTokens })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(
      and(
        eq(calendarFeedTokens.tokenHash, tokenHash),
        isNull(calendarFeedTokens.revokedAt),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row?.token ?? null;
}
