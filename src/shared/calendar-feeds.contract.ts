/**
 * Calendar subscriptions (ICS feeds for Outlook and other calendar apps). A subscription is a
 * secret URL that works without a session: `/api/calendar/feeds/<token>/person.ics` (the
 * owner's meetings) or `/api/calendar/feeds/<token>/forum/<forumId>.ics` (one forum's meetings).
 * The token is shown once, when the subscription is created; the server keeps only its hash.
 * Feeds carry title, time, place and online link only, never agenda text.
 */
import { z } from 'zod';

/** What a subscription shows: the owner's own meetings, or one forum's meetings. */
export const CALENDAR_FEED_KINDS = ['person', 'forum'] as const;
export const CalendarFeedKindSchema = z.enum(CALENDAR_FEED_KINDS);
export type CalendarFeedKind = z.infer<typeof CalendarFeedKindSchema>;

/** Limits shared by the server and the forms. */
export const CALENDAR_FEED_LIMITS = { label: 100, perUser: 50 } as const;

/** A new subscription. */
export const CreateCalendarFeedRequestSchema = z.discriminatedUnion('feed', [
  z.object({
    feed: z.literal('person'),
    label: z.string().trim().min(1).max(CALENDAR_FEED_LIMITS.label).optional(),
  }),
  z.object({
    feed: z.literal('forum'),
    forumId: z.uuid(),
    label: z.string().trim().min(1).max(CALENDAR_FEED_LIMITS.label).optional(),
  }),
]);
export type CreateCalendarFeedRequest = z.infer<typeof CreateCalendarFeedRequestSchema>;

/** A subscription as its owner sees it in the list (never the token). */
export const CalendarFeedSchema = z
  .object({
    id: z.uuid(),
    feed: CalendarFeedKindSchema,
    forumId: z.uuid().nullable(),
    /** The forum's latest name (forum feeds). */
    forumName: z.string().nullable(),
    label: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

/** The answer to creating a subscription: the only time the secret URL is shown. */
export const CreatedCalendarFeedSchema = z.object({
  feed: CalendarFeedSchema,
  /** The path of the feed (prefix it with the site's address), with the secret token. */
  path: z.string(),
});
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeedSchema>;

/** The owner's active subscriptions, newest first. */
export const CalendarFeedListSchema = z.object({ items: z.array(CalendarFeedSchema) });
export type CalendarFeedList = z.infer<typeof CalendarFeedListSchema>;

/** A feed path's token (any text: a wrong one is simply not found). */
export const FeedTokenParamsSchema = z.object({ token: z.string().min(1).max(100) });
export const ForumFeedParamsSchema = FeedTokenParamsSchema.extend({ forumId: z.string().max(100) });

/** The path of a subscription's feed. */
export function calendarFeedPath(
  token: string,
  feed: { feed: CalendarFeedKind; forumId: string | null },
): string {
  const base = `/api/calendar/feeds/${encodeURIComponent(token)}`;
  return feed.feed === 'person'
    ? `${base}/person.ics`
    : `${base}/forum/${encodeURIComponent(feed.forumId ?? '')}.ics`;
}
