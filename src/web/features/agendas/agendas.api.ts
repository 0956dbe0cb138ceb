/**
 * The agendas API as react-query hooks: the agenda and minutes of a meeting, building the
 * agenda, the draft review, publishing, decisions, attendance and the minutes' approval. Every
 * change answers with the whole agenda, which replaces the cached one; meetings and cases are
 * refreshed too, because their statuses follow.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AddItemRequest,
  Agenda,
  AgendaCandidates,
  UpdateItemRequest,
} from '../../../shared/agendas.contract';
import type { Attendance } from '../../../shared/meetings.enums';

/** The first part of every agendas query key. */
export const AGENDAS_KEY = ['agendas'] as const;
const enc = encodeURIComponent;

/** The agenda and minutes of a meeting, as the viewer may see them. */
export function useAgenda(meetingId: string) {
  return useQuery({
    queryKey: [...AGENDAS_KEY, meetingId],
    queryFn: ({ signal }) => api.get<Agenda>(`/agendas/${enc(meetingId)}`, { signal }),
  });
}

function useAgendaMutation<V>(meetingId: string, call: (base: string, vars: V) => Promise<Agenda>) {
  const client = useQueryClient();
  const base = `/agendas/${enc(meetingId)}`;
  return useMutation({
    mutationFn: (vars: V) => call(base, vars),
    onSuccess: (agenda) => {
      client.setQueryData([...AGENDAS_KEY, meetingId], agenda);
      // Refreshed in the background, so a dialog closes as soon as the agenda is updated.
      void client.invalidateQueries({ queryKey: ['meetings'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      // A case moved from another agenda changes that agenda and the waiting cases too.
      void client.invalidateQueries({
        queryKey: AGENDAS_KEY,
        predicate: (q) => q.queryKey[1] !== meetingId,
      });
    },
  });
}

/** The cases waiting in the meeting's forum, with what adding each does (issue 11). */
export function useAgendaCandidates(meetingId: string) {
  return useQuery({
    queryKey: [...AGENDAS_KEY, 'candidates', meetingId],
    queryFn: ({ signal }) =>
      api.get<AgendaCandidates>(`/agendas/${enc(meetingId)}/candidates?limit=200`, { signal }),
  });
}

/** Building the agenda: add, change, move and remove items. */
export function useAgendaItems(meetingId: string) {
  return {
    add: useAgendaMutation(meetingId, (base, body: AddItemRequest) =>
      api.post<Agenda>(`${base}/items`, body),
    ),
    update: useAgendaMutation(
      meetingId,
      (base, { itemId, patch }: { itemId: string; patch: UpdateItemRequest }) =>
        api.patch<Agenda>(`${base}/items/${enc(itemId)}`, patch),
    ),
    move: useAgendaMutation(
      meetingId,
      (base, { itemId, position }: { itemId: string; position: number }) =>
        api.post<Agenda>(`${base}/items/${enc(itemId)}/move`, { position }),
    ),
    remove: useAgendaMutation(meetingId, (base, itemId: string) =>
      api.delete<Agenda>(`${base}/items/${enc(itemId)}`),
    ),
  };
}

/** The draft review and publishing. */
export function useAgendaFlow(meetingId: string) {
  return {
    sendForReview: useAgendaMutation(meetingId, (base, reviewerUserIds: string[]) =>
      api.post<Agenda>(`${base}/review`, { reviewerUserIds }),
    ),
    comment: useAgendaMutation(meetingId, (base, body: { text: string; itemId?: string }) =>
      api.post<Agenda>(`${base}/comments`, body),
    ),
    publish: useAgendaMutation(meetingId, (base, _: void) =>
      api.post<Agenda>(`${base}/publish`, {}),
    ),
  };
}

/** The minutes: decisions, attendance, sending, approving and closing the approval. */
export function useMinutesFlow(meetingId: string) {
  return {
    decide: useAgendaMutation(
      meetingId,
      (base, { itemId, text, final }: { itemId: string; text: string; final: boolean }) =>
        api.post<Agenda>(`${base}/items/${enc(itemId)}/decision`, { text, final }),
    ),
    attendance: useAgendaMutation(
      meetingId,
      (base, entries: { participantId: string; attendance: Attendance }[]) =>
        api.put<Agenda>(`${base}/attendance`, { entries }),
    ),
    send: useAgendaMutation(meetingId, (base, _: void) =>
      api.post<Agenda>(`${base}/minutes/send`, {}),
    ),
    approve: useAgendaMutation(meetingId, (base, _: void) =>
      api.post<Agenda>(`${base}/minutes/approve`, {}),
    ),
    close: useAgendaMutation(meetingId, (base, _: void) =>
      api.post<Agenda>(`${base}/minutes/close`, {}),
    ),
  };
}
