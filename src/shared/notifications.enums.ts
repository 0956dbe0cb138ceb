/**
 * Enumerations of the notifications module, shared by server and web. Each is an `as const`
 * array, a zod schema and the inferred type.
 */
import { z } from 'zod';

/**
 * What a notification is about: the agenda was published (to the invited participants), the
 * draft agenda was sent for review (to the reviewers), the minutes were sent for approval (to
 * the members who approve them), a case's final decision came back to the forum that raised it.
 */
export const NOTIFICATION_KINDS = [
  'agendaPublished',
  'agendaReview',
  'minutesForApproval',
  'caseDecided',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** Delivery state of one notification e-mail. */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'notSent', 'failed'] as const;
export const NotificationStatusSchema = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = z.infer<typeof NotificationStatusSchema>;
