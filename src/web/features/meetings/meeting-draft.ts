/**
 * The meeting form's state and its translation to API requests: a create request, or a patch
 * with only what changed (so an untouched agenda deadline keeps following the meeting). Pure.
 */
import type {
  CreateMeetingRequest,
  Meeting,
  UpdateMeetingRequest,
} from '../../../shared/meetings.contract';
import type { MeetingKind } from '../../../shared/meetings.enums';
import { endsAfterStarts, localDateTime, splitInstant } from './meeting-time';

/** What the meeting form edits. */
export interface MeetingDraft {
  forumId: string;
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  onlineUrl: string;
  kind: MeetingKind;
  widenedCircle: boolean;
  widenedCircleNote: string;
  agendaDeadline: string;
}

/** A field the form can flag. */
export type DraftField = 'forumId' | 'title' | 'date' | 'start' | 'end' | 'onlineUrl';
/** Why a field is not acceptable (an i18n key under `meetings:form.errors`). */
export type DraftError = 'required' | 'endBeforeStart' | 'url';

/** An empty form for a new meeting (optionally in a forum, on a day). */
export function emptyDraft(forumId = '', date = ''): MeetingDraft {
  return {
    forumId,
    title: '',
    date,
    start: '10:00',
    end: '12:00',
    location: '',
    onlineUrl: '',
    kind: 'ordinary',
    widenedCircle: false,
    widenedCircleNote: '',
    agendaDeadline: '',
  };
}

/** The form filled from a saved meeting. */
export function draftOf(meeting: Meeting): MeetingDraft {
  const start = splitInstant(meeting.startsAt);
  const end = splitInstant(meeting.endsAt);
  return {
    forumId: meeting.forumId,
    title: meeting.title,
    date: start.date,
    start: start.time,
    end: end.time,
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    kind: meeting.kind,
    widenedCircle: meeting.widenedCircle,
    widenedCircleNote: meeting.widenedCircleNote ?? '',
    agendaDeadline: meeting.agendaDeadline ?? '',
  };
}

/** The problems of a draft, by field (empty when it may be sent). */
export function validateDraft(draft: MeetingDraft): Partial<Record<DraftField, DraftError>> {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  if (!draft.forumId) errors.forumId = 'required';
  if (!draft.title.trim()) errors.title = 'required';
  if (!draft.date) errors.date = 'required';
  if (!draft.start) errors.start = 'required';
  if (!draft.end) errors.end = 'required';
  else if (draft.start && !endsAfterStarts(draft.start, draft.end)) errors.end = 'endBeforeStart';
  if (draft.onlineUrl.trim() && !/^https?:\/\/\S+$/i.test(draft.onlineUrl.trim()))
    errors.onlineUrl = 'url';
  return errors;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The create request of a draft. */
export function createRequestOf(
  draft: MeetingDraft,
  acknowledgeWarnings: boolean,
): CreateMeetingRequest {
  return {
    forumId: draft.forumId,
    title: draft.title.trim(),
    startsAt: localDateTime(draft.date, draft.start),
    endsAt: localDateTime(draft.date, draft.end),
    location: orNull(draft.location),
    onlineUrl: orNull(draft.onlineUrl),
    kind: draft.kind,
    widenedCircle: draft.widenedCircle,
    widenedCircleNote: draft.widenedCircle ? orNull(draft.widenedCircleNote) : null,
    ...(draft.agendaDeadline ? { agendaDeadline: draft.agendaDeadline } : {}),
    acknowledgeWarnings,
  };
}

/** Only what changed between the saved meeting's draft and the edited one. */
export function updatePatchOf(
  before: MeetingDraft,
  after: MeetingDraft,
  acknowledgeWarnings: boolean,
): UpdateMeetingRequest {
  const patch: UpdateMeetingRequest = { acknowledgeWarnings };
  if (after.title.trim() !== before.title) patch.title = after.title.trim();
  if (after.date !== before.date || after.start !== before.start)
    patch.startsAt = localDateTime(after.date, after.start);
  if (after.date !== before.date || after.end !== before.end)
    patch.endsAt = localDateTime(after.date, after.end);
  if (after.location !== before.location) patch.location = orNull(after.location);
  if (after.onlineUrl !== before.onlineUrl) patch.onlineUrl = orNull(after.onlineUrl);
  if (after.kind !== before.kind) patch.kind = after.kind;
  if (after.widenedCircle !== before.widenedCircle) patch.widenedCircle = after.widenedCircle;
  if (after.widenedCircleNote !== before.widenedCircleNote)
    patch.widenedCircleNote = orNull(after.widenedCircleNote);
  if (after.agendaDeadline !== before.agendaDeadline)
    patch.agendaDeadline = orNull(after.agendaDeadline);
  return patch;
}

/** True when the patch changes anything. */
export function patchChanges(patch: UpdateMeetingRequest): boolean {
  return Object.keys(patch).some((key) => key !== 'acknowledgeWarnings');
}
