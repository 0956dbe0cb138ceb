/**
 * Calendar subscriptions: per-user secret feed tokens for calendar apps that cannot log in
 * (Outlook). A token is 256 random bits, shown once and stored only as its SHA-256; creating
 * and revoking each write one audit row, which never carries the token. A token opens exactly
 * one feed (the owner's meetings, or one forum's meetings) and stops working when it is revoked
 * or its owner's account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  CALENDAR_FEED_LIMITS,
  calendarFeedPath,
  type CalendarFeed,
  type CalendarFeedList,
  type CreateCalendarFeedRequest,
  type CreatedCalendarFeed,
} from '../../../shared/calendar-feeds.contract';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import {
  activeFeedTokensOf,
  findLiveFeedToken,
  insertFeedToken,
  lockFeedTokensOf,
  revokeFeedTokenRow,
  type FeedTokenRow,
} from './feed-tokens.repo';
import type { MeetingsDeps } from './participants.service';

const SUBSCRIPTION = { da: 'Kalenderabonnementet', en: 'The calendar subscription' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stored form of a token. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function present(row: FeedTokenRow, names: ReadonlyMap<string, string>): CalendarFeed {
  return {
    id: row.id,
    feed: row.feed,
    forumId: row.forumId,
    forumName: row.forumId ? (names.get(row.forumId) ?? null) : null,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The user's active subscriptions, newest first. */
export async function listFeeds(deps: MeetingsDeps, userId: string): Promise<CalendarFeedList> {
  const rows = await activeFeedTokensOf(deps.db, userId);
  const forumIds = rows.flatMap((r) => (r.forumId ? [r.forumId] : []));
  const names = await deps.organisation.forumNames(deps.db, forumIds);
  return { items: rows.map((r) => present(r, names)) };
}

/** The label a new subscription gets when none is given. */
async function defaultLabel(
  deps: MeetingsDeps,
  userId: string,
  input: CreateCalendarFeedRequest,
): Promise<{ label: string; names: ReadonlyMap<string, string> }> {
  if (input.feed === 'person') {
    if ((await deps.organisation.personIdOfUser(deps.db, userId)) === null) {
      throw new AppError('conflict', {
        da: 'Din bruger er ikke knyttet til en person i organisationen, så der er ingen "mine møder" at abonnere på. Abonnér på et forums møder i stedet',
        en: 'Your account is not linked to a person in the organisation, so there are no "my meetings" to subscribe to. Subscribe to a forum\'s meetings instead',
      });
    }
    return { label: input.label ?? 'Mine møder', names: new Map() };
  }
  const names = await deps.organisation.forumNames(deps.db, [input.forumId]);
  const name = names.get(input.forumId);
  if (deps.organisation.available && name === undefined) {
    throw notFound({ da: 'Forummet', en: 'The forum' });
  }
  return { label: input.label ?? name ?? 'Forum', names };
}

/** Creates a subscription; the answer carries the secret path, shown this once. */
export async function createFeed(
  deps: MeetingsDeps,
  actor: Actor & { userId: string },
  input: CreateCalendarFeedRequest,
): Promise<CreatedCalendarFeed> {
  const { label, names } = await defaultLabel(deps, actor.userId, input);
  const token = randomBytes(32).toString('base64url');
  const forumId = input.feed === 'forum' ? input.forumId : null;
  return mutate(deps.db, actor, async (tx) => {
    await lockFeedTokensOf(tx, actor.userId);
    if ((await activeFeedTokensOf(tx, actor.userId)).length >= CALENDAR_FEED_LIMITS.perUser) {
      throw new AppError('conflict', {
        da: `Du har allerede ${CALENDAR_FEED_LIMITS.perUser} kalenderabonnementer. Tilbagekald et, før du opretter et nyt`,
        en: `You already have ${CALENDAR_FEED_LIMITS.perUser} calendar subscriptions. Revoke one before creating another`,
      });
    }
    const row = await insertFeedToken(tx, {
      userId: actor.userId,
      tokenHash: hashFeedToken(token),
      feed: input.feed,
      forumId,
      label,
    });
    return {
      result: { feed: present(row, names), path: calendarFeedPath(token, row) },
      audit: {
        action: 'calendarFeed.create',
        entityType: 'calendarFeed',
        entityId: row.id,
        after: { feed: row.feed, forumId, label },
        relatedIds: [row.id, actor.userId, ...(forumId ? [forumId] : [])],
      },
    };
  });
}

/** Revokes one of the user's subscriptions; its URL stops working at once. */
export async function revokeFeed(
  deps: MeetingsDeps,
  actor: Actor & { userId: string },
  id: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await revokeFeedTokenRow(tx, actor.userId, id);
    if (!row) throw notFound(SUBSCRIPTION);
    return {
      result: undefined,
      audit: {
        action: 'calendarFeed.revoke',
        entityType: 'calendarFeed',
        entityId: row.id,
        before: { feed: row.feed, forumId: row.forumId, label: row.label },
        relatedIds: [row.id, actor.userId, ...(row.forumId ? [row.forumId] : [])],
      },
    };
  });
}

/**
 * The live subscription a token opens for the given feed, else a 404 problem: an unknown,
 * revoked or malformed token, a disabled owner, or a token of another feed all look alike.
 */
export async function requireFeedToken(
  deps: MeetingsDeps,
  token: string,
  feed: { feed: 'person' } | { feed: 'forum'; forumId: string },
): Promise<FeedTokenRow> {
  const row = await findLiveFeedToken(deps.db, hashFeedToken(token));
  const matches =
    row !== null &&
    row.feed === feed.feed &&
    (feed.feed === 'person' || (UUID.test(feed.forumId) && row.forumId === feed.forumId));
  if (!matches) throw notFound(SUBSCRIPTION);
  return row;
}
