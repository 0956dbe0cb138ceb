/**
 * What an agenda or minutes document shows, independent of the file format: plain texts,
 * already worded in Danish. Built only from what `getAgendaForViewer` returned for the viewer,
 * so a closed item the viewer may not see is a numbered "Lukket punkt" placeholder here too.
 */
import type { Agenda, AgendaItemView } from '../../../shared/agendas.contract';
import type { Attendance, ParticipantRole } from '../../../shared/meetings.enums';
import { formatMeetingDay, formatMeetingTime } from '../../../shared/meeting-time';
import { translate, translator } from '../../../shared/i18n/translate';

/** Agenda or minutes. */
export type DocumentKind = 'agenda' | 'minutes';

/** A labelled line of the header, e.g. "Tidspunkt: torsdag den 4. marts 2027 kl. 10.00–12.00". */
export interface LabelledLine {
  label: string;
  value: string;
}

/** One item of the document. `closed` items the viewer may see carry `closedNote`. */
export interface DocumentItem {
  heading: string;
  placeholder: string | null;
  closedNote: string | null;
  lines: LabelledLine[];
  /** Labelled text blocks (background, recommendation, decision), in order. */
  sections: LabelledLine[];
}

/** A whole document. */
export interface MeetingDocument {
  kind: DocumentKind;
  /** "Dagsorden" or "Referat". */
  title: string;
  /** Forum and meeting, the second heading. */
  subtitle: string;
  /** For the file's metadata. */
  subject: string;
  header: LabelledLine[];
  notices: string[];
  participantsHeading: string;
  participants: string[];
  itemsHeading: string;
  items: DocumentItem[];
  /**
   * The agenda's "Handlinger der er overskredet" (issue 12), when there are some and they are
   * not yet on the agenda as an item of their own.
   */
  followUp?: { heading: string; lines: string[] } | null;
  /** The footer of each page, with `{{page}}` and `{{pages}}` left to the renderer. */
  footer: string;
  /** The download's file name without extension, e.g. "Dagsorden SSU 2027-03-04". */
  fileBaseName: string;
}

/** The meeting facts a document shows (from the meetings and organisation modules). */
export interface DocumentMeeting {
  title: string;
  forumName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  cancelled: boolean;
  isoDate: string;
}

/** A participant as a document shows it. */
export interface DocumentParticipant {
  name: string;
  role: ParticipantRole;
  functions: readonly string[];
  invited: boolean;
  attendance: Attendance;
}

const t = translator('documents', 'da');
const ta = translator('actions', 'da');

const day = (iso: string) => formatMeetingDay(new Date(`${iso}T12:00:00Z`), 'da');

/** The agenda's overdue actions as lines, unless an item already carries them. */
function followUpOf(kind: DocumentKind, agenda: Agenda): MeetingDocument['followUp'] {
  const overdue = agenda.followUp?.overdue ?? [];
  if (kind !== 'agenda' || overdue.length === 0 || agenda.followUp?.itemId) return null;
  return {
    heading: ta('agenda.heading'),
    lines: overdue.map((a) =>
      ta('agenda.itemLine', {
        title: a.title,
        dueDate: day(a.dueDate),
        owner: a.ownerName ?? '–',
        forum: a.decidingForumName ?? '–',
        decidedOn: day(a.decidedOn),
      }),
    ),
  };
}

function itemOf(kind: DocumentKind, item: AgendaItemView): DocumentItem {
  if (item.redacted) {
    return {
      heading: t('closedItem', { number: item.number }),
      placeholder: t('closedPlaceholder'),
      closedNote: null,
      lines: [],
      sections: [],
    };
  }
  const sections: LabelledLine[] = [];
  if (item.body) sections.push({ label: t('labels.body'), value: item.body });
  if (item.recommendation)
    sections.push({ label: t('labels.recommendation'), value: item.recommendation });
  if (kind === 'minutes' && (item.decision || item.type === 'decision')) {
    sections.push({ label: t('labels.decision'), value: item.decision ?? t('noDecision') });
  }
  const closedNote = item.closed
    ? [
        t('closedMarker'),
        item.closedReason ? `${t('labels.closedReason')} ${item.closedReason}` : '',
      ]
        .filter(Boolean)
        .join(' – ')
    : null;
  return {
    heading: t('item', { number: item.number, title: item.title }),
    placeholder: null,
    closedNote,
    lines: [{ label: t('labels.type'), value: t(`types.${item.type}`) }],
    sections,
  };
}

function participantLine(kind: DocumentKind, p: DocumentParticipant): string {
  const roles = [...p.functions.map((f) => t(`functions.${f}`)), t(`roles.${p.role}`)];
  const base = `${p.name} (${[...new Set(roles)].join(', ')})`;
  return kind === 'minutes' ? `${base}: ${t(`attendances.${p.attendance}`)}` : base;
}

/** The state in the UI's own words (`agendas` namespace): one name for a state everywhere. */
export function statusLine(kind: DocumentKind, agenda: Pick<Agenda, 'status' | 'minutesStatus'>) {
  return kind === 'agenda'
    ? translate('agendas', `statuses.${agenda.status}`, 'da')
    : translate('agendas', `minutesStatuses.${agenda.minutesStatus}`, 'da');
}

/** The document of a meeting as the viewer may see it. */
export function meetingDocument(
  kind: DocumentKind,
  agenda: Agenda,
  meeting: DocumentMeeting,
  participants: readonly DocumentParticipant[],
  producedOn: Date,
): MeetingDocument {
  const title = t(`kinds.${kind}`);
  const header: LabelledLine[] = [
    { label: t('labels.forum'), value: meeting.forumName },
    { label: t('labels.time'), value: formatMeetingTime(meeting.startsAt, meeting.endsAt, 'da') },
  ];
  if (meeting.location) header.push({ label: t('labels.place'), value: meeting.location });
  if (meeting.onlineUrl) header.push({ label: t('labels.online'), value: meeting.onlineUrl });
  header.push({ label: t('labels.status'), value: statusLine(kind, agenda) });
  const notices = [
    ...(meeting.cancelled ? [t('cancelled')] : []),
    ...(agenda.itemsVisible ? [] : [t('notPublished')]),
    ...(agenda.itemsVisible && agenda.items.length === 0 ? [t('noItems')] : []),
  ];
  const shown = participants.filter((p) => p.invited || p.attendance === 'present');
  return {
    kind,
    title,
    subtitle: `${meeting.forumName}: ${meeting.title}`,
    subject: t('subject', {
      kind: title,
      forum: meeting.forumName,
      date: formatMeetingDay(meeting.startsAt, 'da'),
    }),
    header,
    notices,
    participantsHeading: kind === 'minutes' ? t('labels.attendance') : t('labels.participants'),
    participants: shown.length ? shown.map((p) => participantLine(kind, p)) : [t('noParticipants')],
    itemsHeading: t('labels.items'),
    items: agenda.items.map((item) => itemOf(kind, item)),
    followUp: followUpOf(kind, agenda),
    footer: t('footer', {
      date: formatMeetingDay(producedOn, 'da'),
      page: '{{page}}',
      pages: '{{pages}}',
    }),
    fileBaseName: `${title} ${meeting.forumName} ${meeting.isoDate}`,
  };
}
