/** The meetings API as react-query hooks: lists, one meeting, saving, status and participants. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AddParticipantRequest,
  CalendarView,
  CreateMeetingRequest,
  MeetingDetail,
  MeetingSaved,
  Meeting,
  UpdateMeetingRequest,
  UpdateParticipantRequest,
} from '../../../shared/meetings.contract';
import type { MeetingDeadlines } from '../../../shared/meetings-planning.contract';
import type { MeetingHistoryPage } from '../../../shared/meetings-history.contract';
import type { MeetingStatus } from '../../../shared/meetings.enums';

/** The first part of every meetings query key; invalidate it after any change. */
export const MEETINGS_KEY = ['meetings'] as const;
const enc = encodeURIComponent;

/** The filters of the meetings page. */
export interface MeetingPeriod {
  from: string;
  to: string;
  collaborationId?: string;
  forumId?: string;
}

/** Meetings of a period with its holidays and closure days. */
export function useCalendar(period: MeetingPeriod) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'calendar', period],
    queryFn: ({ signal }) =>
      api.get<CalendarView>('/meetings/calendar', { query: { ...period }, signal }),
  });
}

/** Meetings of one forum from a day on (for pickers such as "place on a meeting"). */
export function useForumMeetings(forumId: string | null | undefined, from: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'forum', forumId, from],
    queryFn: ({ signal }) =>
      api.get<{ items: Meeting[] }>('/meetings', {
        query: { forumId: forumId ?? '', from, includeCancelled: 'false' },
        signal,
      }),
    enabled: Boolean(forumId),
  });
}

/** One meeting with its participants. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<MeetingDetail>(`/meetings/${enc(id)}`, { signal }),
  });
}

/** The agenda deadlines along the preparation chains leading to a meeting. */
export function useDeadlines(id: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'deadlines', id],
    queryFn: ({ signal }) =>
      api.get<MeetingDeadlines>(`/meetings/${enc(id)}/deadlines`, { signal }),
  });
}

/** Invalidates every meetings query (and agendas, whose status follows). */
export function useRefreshMeetings() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: MEETINGS_KEY }),
      client.invalidateQueries({ queryKey: ['agendas'] }),
    ]);
}

/** Creates a meeting (a 409 `orderingWarning` unless `acknowledgeWarnings`). */
export function useCreateMeeting() {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (input: CreateMeetingRequest) => api.post<MeetingSaved>('/meetings', input),
    onSuccess: () => void refresh(),
  });
}

/** Changes or moves a meeting (a move is checked like a create). */
export function useUpdateMeeting(id: string) {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (patch: UpdateMeetingRequest) =>
      api.patch<MeetingSaved>(`/meetings/${enc(id)}`, patch),
    onSuccess: () => void refresh(),
  });
}

/** Cancels a meeting (it stays in calendars as cancelled). */
export function useCancelMeeting(id: string) {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<Meeting>(`/meetings/${enc(id)}/cancel`, reason ? { reason } : {}),
    onSuccess: () => void refresh(),
  });
}

/** Moves a meeting along its life cycle (held, or reinstated as planned). */
export function useSetMeetingStatus(id: string) {
  const refresh = useRefreshMeetings();
  return useMutation({
    mutationFn: (status: MeetingStatus) =>
      api.post<Meeting>(`/meetings/${enc(id)}/status`, { status }),
    onSuccess: () => void refresh(),
  });
}

/** Participant changes: add, change, remove, re-derive from the forum. */
export function useParticipantActions(meetingId: string) {
  const refresh = useRefreshMeetings();
  const base = `/meetings/${enc(meetingId)}/participants`;
  const add = useMutation({
    mutationFn: (input: AddParticipantRequest) => api.post<MeetingDetail>(base, input),
    onSuccess: () => void refresh(),
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateParticipantRequest }) =>
      api.patch<MeetingDetail>(`${base}/${enc(id)}`, patch),
    onSuccess: () => void refresh(),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete<MeetingDetail>(`${base}/${enc(id)}`),
    onSuccess: () => void refresh(),
  });
  const sync = useMutation({
    mutationFn: () => api.post<MeetingDetail>(`${base}/sync`),
    onSuccess: () => void refresh(),
  });
  return { add, update, remove, sync };
}

/** A meeting's history, newest first, a page at a time (secretariat). */
export function useMeetingHistory(id: string) {
  return useInfiniteQuery({
    queryKey: [...MEETINGS_KEY, 'history', id],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ signal, pageParam }) =>
      api.get<MeetingHistoryPage>(`/meetings/${enc(id)}/history`, {
        query: { limit: '50', ...(pageParam ? { beforeId: String(pageParam) } : {}) },
        signal,
      }),
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
}
