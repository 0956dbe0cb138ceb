/**
 * Where notifications come from: changes that were committed together with their trace, so a
 * notification can never be announced for a change that rolled back, nor lost for one that
 * committed (docs/decisions/005-jobs-in-postgres.md).
 * - The audit log (written in the same transaction as every change, platform/audit.ts):
 *   `agenda.publish`, `agenda.sendForReview`, `agenda.sendMinutes`.
 * - The case timeline (append-only): a `returned` event is a case's final decision flowing back
 *   to the forum that raised it.
 * A change is handled once: its source key goes into `notification_sources`. Only changes of the
 * last {@link LOOKBACK_HOURS} hours are considered, so old history is never announced.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { NotificationKind } from '../../../shared/notifications.enums';
import type { Db } from '../../db/client';
import { auditLog } from '../audit/index';
import { caseEvents } from '../cases/index';
import { notificationSources } from './notifications.table';

/** How far back the scan looks. */
export const LOOKBACK_HOURS = 48;
/** How many changes one scan reads of each kind. */
const BATCH = 50;

/** A change to notify about. */
export type NotificationSource =
  | { key: string; kind: 'agendaPublished' | 'minutesForApproval'; meetingId: string }
  | { key: string; kind: 'agendaReview'; meetingId: string; reviewerUserIds: string[] }
  | { key: string; kind: 'caseDecided'; caseId: string; forumId: string };

const AUDIT_KINDS: Record<string, NotificationKind> = {
  'agenda.publish': 'agendaPublished',
  'agenda.sendForReview': 'agendaReview',
  'agenda.sendMinutes': 'minutesForApproval',
};

const ReviewersSchema = z.object({ reviewers: z.array(z.uuid()) });

const since = () => sql`now() - make_interval(hours => ${LOOKBACK_HOURS})`;

const unhandled = (key: ReturnType<typeof sql>) =>
  sql`not exists (select 1 from ${notificationSources} where ${notificationSources.source} = ${key})`;

function fromAudit(row: {
  id: number;
  action: string;
  entityId: string | null;
  after: unknown;
}): NotificationSource[] {
  const kind = AUDIT_KINDS[row.action];
  const key = `audit:${row.id}`;
  if (!kind || !row.entityId) return [];
  if (kind === 'agendaReview') {
    const parsed = ReviewersSchema.safeParse(row.after);
    const reviewerUserIds = parsed.success ? parsed.data.reviewers : [];
    return [{ key, kind, meetingId: row.entityId, reviewerUserIds }];
  }
  if (kind === 'agendaPublished' || kind === 'minutesForApproval') {
    return [{ key, kind, meetingId: row.entityId }];
  }
  return [];
}

/** Committed changes not yet handled, oldest first. */
export async function unhandledSources(db: Db): Promise<NotificationSource[]> {
  const audits = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityId: auditLog.entityId,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.action, Object.keys(AUDIT_KINDS)),
        gt(auditLog.at, since()),
        unhandled(sql`'audit:' || ${auditLog.id}`),
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(BATCH);
  const returned = await db
    .select({ caseId: caseEvents.caseId, seq: caseEvents.seq, toForumId: caseEvents.toForumId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.kind, 'returned'),
        gt(caseEvents.recordedAt, since()),
        unhandled(sql`'case-event:' || ${caseEvents.caseId} || ':' || ${caseEvents.seq}`),
      ),
    )
    .orderBy(asc(caseEvents.recordedAt))
    .limit(BATCH);
  return [
    ...audits.flatMap(fromAudit),
    ...returned.flatMap((e) =>
      e.toForumId
        ? [
            {
              key: `case-event:${e.caseId}:${e.seq}`,
              kind: 'caseDecided' as const,
              caseId: e.caseId,
              forumId: e.toForumId,
            },
          ]
        : [],
    ),
  ];
}
