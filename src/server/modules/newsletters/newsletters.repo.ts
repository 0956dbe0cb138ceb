/** The newsletters module's queries (the only place that reads its tables). */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { DeliveryStatus } from '../../../domain/newsletters/index';
import type { Db } from '../../db/client';
import { collaborations } from '../organisation/index';
import { newsletterDeliveries, newsletters, newsletterSubscribers } from './newsletters.table';

export type NewsletterRow = typeof newsletters.$inferSelect;
export type SubscriberRow = typeof newsletterSubscribers.$inferSelect;

export async function findNewsletter(db: Db, id: string): Promise<NewsletterRow | null> {
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id));
  return row ?? null;
}

/** A page of newsletters, newest change first, with the total. */
export async function listNewsletters(
  db: Db,
  q: { collaborationId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: NewsletterRow[]; total: number }> {
  const where = q.collaborationId ? eq(newsletters.collaborationId, q.collaborationId) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(newsletters)
      .where(where)
      .orderBy(desc(newsletters.updatedAt), desc(newsletters.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(newsletters).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Delivery rows per status of one newsletter. */
export async function deliveryCounts(
  db: Db,
  newsletterId: string,
): Promise<Partial<Record<DeliveryStatus, number>>> {
  const rows = await db
    .select({ status: newsletterDeliveries.status, n: count() })
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.newsletterId, newsletterId))
    .groupBy(newsletterDeliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Confirmed subscribers of a collaboration. */
export async function confirmedCount(db: Db, collaborationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(newsletterSubscribers)
    .where(
      and(
        eq(newsletterSubscribers.collaborationId, collaborationId),
        eq(newsletterSubscribers.status, 'confirmed'),
      ),
    );
  return row?.n ?? 0;
}

/** The collaboration's current name (its latest version), or null when it does not exist. */
export async function collaborationName(db: Db, collaborationId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: collaborations.name })
    .from(collaborations)
    .where(eq(collaborations.entityId, collaborationId))
    .orderBy(desc(collaborations.validFrom))
    .limit(1);
  return row?.name ?? null;
}

/** A page of a collaboration's sent newsletters, newest first, with the total. */
export async function sentNewsletters(
  db: Db,
  collaborationId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: NewsletterRow[]; total: number }> {
  const where = and(
    eq(newsletters.collaborationId, collaborationId),
    eq(newsletters.status, 'sent'),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(newsletters)
      .where(where)
      .orderBy(desc(newsletters.sentAt), desc(newsletters.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(newsletters).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** One delivery row per confirmed subscriber (none twice: the primary key). Returns the count. */
export async function createDeliveries(
  tx: Db,
  newsletter: Pick<NewsletterRow, 'id' | 'collaborationId'>,
  host: string,
): Promise<number> {
  const result = (await tx.execute(sql`
    insert into newsletter_deliveries (newsletter_id, subscriber_id, message_id)
    select ${newsletter.id}::uuid, s.id,
      '<newsletter.' || ${newsletter.id}::text || '.' || s.id::text || '@' || ${host}::text || '>'
    from newsletter_subscribers s
    where s.collaboration_id = ${newsletter.collaborationId} and s.status = 'confirmed'
    on conflict do nothing
    returning subscriber_id`)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/** Newsletters the job still has to finish. */
export async function sendingNewsletterIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: newsletters.id })
    .from(newsletters)
    .where(eq(newsletters.status, 'sending'))
    .orderBy(newsletters.sendStartedAt);
  return rows.map((r) => r.id);
}

/** A claimed delivery. */
export interface ClaimedDelivery {
  subscriberId: string;
  messageId: string;
  attempts: number;
}

/**
 * Claims the next pending delivery of a newsletter (`pending` → `sending`, attempts + 1) in one
 * statement; concurrent workers skip each other's rows, so a row is claimed once.
 */
export async function claimNextDelivery(
  db: Db,
  newsletterId: string,
): Promise<ClaimedDelivery | null> {
  const result = (await db.execute(sql`
    update newsletter_deliveries d
    set status = 'sending', claimed_at = now(), attempts = d.attempts + 1
    where d.newsletter_id = ${newsletterId} and d.subscriber_id = (
      select subscriber_id from newsletter_deliveries
      where newsletter_id = ${newsletterId} and status = 'pending'
      order by subscriber_id
      limit 1
      for update skip locked
    )
    returning d.subscriber_id as "subscriberId", d.message_id as "messageId", d.attempts as "attempts"`)) as unknown as {
    rows: ClaimedDelivery[];
  };
  return result.rows[0] ?? null;
}

/** Marks one claimed delivery. */
export async function markDelivery(
  db: Db,
  newsletterId: string,
  subscriberId: string,
  status: DeliveryStatus,
): Promise<void> {
  await db
    .update(newsletterDeliveries)
    .set({ status, ...(status === 'sent' ? { sentAt: new Date() } : {}) })
    .where(
      and(
        eq(newsletterDeliveries.newsletterId, newsletterId),
        eq(newsletterDeliveries.subscriberId, subscriberId),
        eq(newsletterDeliveries.status, 'sending'),
      ),
    );
}

/** The `sending` rows of a newsletter (claims in flight or left over by a crash). */
export async function sendingDeliveries(
  db: Db,
  newsletterId: string,
): Promise<{ subscriberId: string; claimedAt: Date | null }[]> {
  return db
    .select({
      subscriberId: newsletterDeliveries.subscriberId,
      claimedAt: newsletterDeliveries.claimedAt,
    })
    .from(newsletterDeliveries)
    .where(
      and(
        eq(newsletterDeliveries.newsletterId, newsletterId),
        eq(newsletterDeliveries.status, 'sending'),
      ),
    );
}

export async function findSubscriber(db: Db, id: string): Promise<SubscriberRow | null> {
  const [row] = await db
    .select()
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.id, id));
  return row ?? null;
}

export async function findSubscriberByAddress(
  db: Db,
  collaborationId: string,
  emailHash: string,
): Promise<SubscriberRow | null> {
  const [row] = await db
    .select()
    .from(newsletterSubscribers)
    .where(
      and(
        eq(newsletterSubscribers.collaborationId, collaborationId),
        eq(newsletterSubscribers.emailHash, emailHash),
      ),
    );
  return row ?? null;
}

export async function findSubscriberByToken(
  db: Db,
  tokenHash: string,
): Promise<SubscriberRow | null> {
  const [row] = await db
    .select()
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.confirmTokenHash, tokenHash));
  return row ?? null;
}
