/**
 * Agenda and minutes documents (DOCX and PDF): headings, labels and the closed-item
 * placeholder. The documents are written in Danish (language da-DK); English is kept in step
 * for a future English export. States (agenda and minutes statuses) are not worded here: the
 * documents use the UI's labels (`agendas:statuses`, `agendas:minutesStatuses`), so a state has
 * one name on screen and on paper.
 */
import type { Namespace } from './index';

const da = {
  kinds: { agenda: 'Dagsorden', minutes: 'Referat' },
  author: 'Samspil',
  subject: '{{kind}} for {{forum}}, {{date}}',
  labels: {
    forum: 'Forum',
    meeting: 'Møde',
    time: 'Tidspunkt',
    place: 'Sted',
    online: 'Online',
    status: 'Status',
    participants: 'Deltagere',
    attendance: 'Fremmøde',
    items: 'Punkter',
    type: 'Type',
    body: 'Sagsfremstilling',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    closedReason: 'Lukket efter',
  },
  item: 'Punkt {{number}}. {{title}}',
  closedItem: 'Punkt {{number}}. Lukket punkt',
  closedPlaceholder: 'Punktet er lukket. Indholdet vises kun for forummets medlemmer.',
  closedMarker: 'Lukket punkt',
  noDecision: 'Ingen beslutning registreret.',
  noItems: 'Der er ingen punkter på dagsordenen.',
  noParticipants: 'Ingen deltagere registreret.',
  notPublished: 'Dagsordenen er endnu ikke udsendt.',
  cancelled: 'Mødet er aflyst.',
  types: { information: 'Orientering', discussion: 'Drøftelse', decision: 'Beslutning' },
  roles: {
    member: 'medlem',
    substitute: 'stedfortræder',
    optionalAttendee: 'kan deltage',
    attendee: 'deltager',
    widenedCircle: 'udvidet kreds',
    guest: 'gæst',
    secretary: 'sekretær',
  },
  functions: { chair: 'formand', coChair: 'medformand', viceChair: 'næstformand' },
  attendances: {
    unknown: 'ikke registreret',
    present: 'til stede',
    absent: 'fraværende',
    excused: 'afbud',
  },
  footer: 'Dannet af Samspil {{date}} – side {{page}} af {{pages}}',
  errors: {
    minutesNotAvailable: 'Referatet kan først hentes, når dagsordenen er udsendt.',
  },
};

/** The `documents` namespace. */
export const documents: Namespace<typeof da> = {
  da,
  en: {
    kinds: { agenda: 'Agenda', minutes: 'Minutes' },
    author: 'Samspil',
    subject: '{{kind}} for {{forum}}, {{date}}',
    labels: {
      forum: 'Forum',
      meeting: 'Meeting',
      time: 'Time',
      place: 'Place',
      online: 'Online',
      status: 'Status',
      participants: 'Participants',
      attendance: 'Attendance',
      items: 'Items',
      type: 'Type',
      body: 'Background',
      recommendation: 'Recommendation',
      decision: 'Decision',
      closedReason: 'Closed under',
    },
    item: 'Item {{number}}. {{title}}',
    closedItem: 'Item {{number}}. Closed item',
    closedPlaceholder: 'This item is closed. Its content is shown to the forum’s members only.',
    closedMarker: 'Closed item',
    noDecision: 'No decision recorded.',
    noItems: 'There are no items on the agenda.',
    noParticipants: 'No participants recorded.',
    notPublished: 'The agenda has not been published yet.',
    cancelled: 'The meeting is cancelled.',
    types: { information: 'Information', discussion: 'Discussion', decision: 'Decision' },
    roles: {
      member: 'member',
      substitute: 'substitute',
      optionalAttendee: 'optional attendee',
      attendee: 'attendee',
      widenedCircle: 'widened circle',
      guest: 'guest',
      secretary: 'secretary',
    },
    functions: { chair: 'chair', coChair: 'co-chair', viceChair: 'vice-chair' },
    attendances: {
      unknown: 'not recorded',
      present: 'present',
      absent: 'absent',
      excused: 'excused',
    },
    footer: 'Produced by Samspil {{date}} – page {{page}} of {{pages}}',
    errors: {
      minutesNotAvailable: 'The minutes can be downloaded once the agenda has been published.',
    },
  },
};
