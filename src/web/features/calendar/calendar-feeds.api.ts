/**
 * Calendar subscriptions as react-query hooks: the user's own subscriptions, creating one (the
 * answer holds the secret address, shown once) and revoking one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CalendarFeedList,
  CreateCalendarFeedRequest,
  CreatedCalendarFeed,
} from '../../../shared/calendar-feeds.contract';

const KEY = ['calendar-feeds'] as const;

/** The user's active subscriptions, newest first. */
export function useCalendarFeeds() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<CalendarFeedList>('/calendar/feed-tokens', { signal }),
  });
}

/** Creates a subscription; `data.path` is its secret address (shown once). */
export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalendarFeedRequest) =>
      api.post<CreatedCalendarFeed>('/calendar/feed-tokens', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

/** Revokes a subscription; its address stops working at once. */
export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/calendar/feed-tokens/${encodeURIComponent(id)}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}
