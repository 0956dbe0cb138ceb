/**
 * Meetings: scheduling warnings (ordering rules, working-day calendar), series adjustments and
 * errors, process-template warnings, and the value lists of src/shared/meetings.enums.ts, plus the
 * web pages' texts (meetings-pages.ts, meetings-meeting.ts, meetings-planning-ui.ts,
 * meetings-calendar.ts). The
 * server renders warning texts from here too, so the API and the web app word them alike.
 * Dates in `{{…}}` arrive formatted for the language.
 */
import type { Namespace } from './index';
import { meetingsCalendar } from './meetings-calendar';
import { meetingsMeeting } from './meetings-meeting';
import { meetingsPages } from './meetings-pages';
import { meetingsPlanningUi } from './meetings-planning-ui';

const da = {
  ...meetingsPages.da,
  ...meetingsMeeting.da,
  ...meetingsPlanningUi.da,
  ...meetingsCalendar.da,
  ordering: {
    afterMissing:
      '{{forum}} holder møde {{date}}, men {{dependsOn}} har intet møde mindst {{minDays}} dag(e) før (senest {{windowTo}}). {{forum}} skal mødes efter {{dependsOn}}.',
    afterTooSoon:
      '{{forum}} holder møde {{date}}, men mødet i {{dependsOn}} {{dependsOnDate}} ligger for sent: det skal ligge senest {{windowTo}}. {{forum}} skal mødes efter {{dependsOn}}.',
    preMeetingMissing:
      'Der er intet formøde i {{dependsOn}} før mødet i {{forum}} {{date}} (formødet skal ligge senest {{windowTo}}).',
    preparesMissing:
      '{{dependsOn}} har intet forberedende møde før mødet i {{forum}} {{date}} (det skal ligge senest {{windowTo}}).',
    suggestion: 'Foreslået dato: {{suggestedDate}}.',
    selfDependency: 'Et forum kan ikke afhænge af sig selv.',
    minAboveMax: 'Mindste antal dage ({{minDays}}) er større end største antal dage ({{maxDays}}).',
    cycle: 'Reglerne danner en cirkel: {{forum}} forbereder i sidste ende sig selv.',
    duplicateId: 'Reglen findes allerede.',
  },
  calendar: {
    nonWorkingDay: '{{date}} er ikke en arbejdsdag ({{reasonText}}).',
    reason: { weekend: 'weekend', holiday: 'helligdag', closure: 'lukkedag' },
    closureNames: {
      grundlovsdag: 'Grundlovsdag',
      juleaftensdag: 'Juleaftensdag',
      nytaarsaftensdag: 'Nytårsaftensdag',
      foersteMaj: '1. maj',
    },
  },
  series: {
    invalidPeriod: 'Perioden {{from}}–{{to}} er ugyldig.',
    invalidCadence: 'Mødekadencen {{min}}–{{max}} møder om året er ugyldig.',
    countOutsideCadence: '{{perYear}} møder om året ligger uden for kadencen {{min}}–{{max}}.',
    invalidTime: 'Tidspunktet {{time}} er ugyldigt.',
    noCadence: 'Forummet har ingen mødekadence. Angiv antal møder om året.',
    adjustment: {
      avoidedMonth: 'Flyttet ud af {{month}}, som holdes fri.',
      weekend: 'Flyttet fra {{fromDay}} (weekend) til {{to}}.',
      holiday: 'Flyttet fra {{holiday}} ({{from}}) til {{to}}.',
      closure: 'Flyttet fra lukkedagen {{closure}} ({{from}}) til {{to}}.',
      taken: 'Flyttet fra {{fromDay}}, fordi dagen allerede har et møde.',
    },
  },
  process: {
    unknownStep: 'Trinnet henviser til et trin, der ikke findes.',
    cycle: 'Trinnene afhænger af hinanden i en cirkel.',
    undated: 'Trinnet har ingen dato. Angiv en fast dato eller en ankerdato.',
    orderViolated:
      'Trinnets dato {{date}} ligger ikke efter det foregående trins {{dependsOnDate}}.',
    forumUnresolved: 'Rollen {{role}} er ikke knyttet til et forum.',
    nonWorkingDay: 'Trinnets dato {{date}} er ikke en arbejdsdag.',
  },
  kinds: {
    ordinary: 'Ordinært møde',
    preMeeting: 'Formøde',
    dialogue: 'Dialogmøde',
    extraordinary: 'Ekstraordinært møde',
  },
  statuses: {
    planned: 'Planlagt',
    agendaDraft: 'Dagsorden i udkast',
    agendaPublished: 'Dagsorden udsendt',
    held: 'Afholdt',
    minutesApproved: 'Referat godkendt',
    cancelled: 'Aflyst',
  },
  roles: {
    member: 'Medlem',
    substitute: 'Stedfortræder',
    optionalAttendee: 'Kan deltage',
    attendee: 'Deltager',
    widenedCircle: 'Udvidet kreds',
    guest: 'Gæst',
    secretary: 'Sekretær',
  },
  attendance: {
    unknown: 'Ikke registreret',
    present: 'Til stede',
    absent: 'Fraværende',
    excused: 'Meldt afbud',
  },
  sources: { forum: 'Fra forummets medlemmer', added: 'Tilføjet' },
  ruleKinds: {
    after: 'Mødes efter',
    preMeeting: 'Formøde før',
    prepares: 'Forbereder',
  },
};

/** The `meetings` namespace. */
export const meetings: Namespace<typeof da> = {
  da,
  en: {
    ...meetingsPages.en,
    ...meetingsMeeting.en,
    ...meetingsPlanningUi.en,
    ...meetingsCalendar.en,
    ordering: {
      afterMissing:
        '{{forum}} meets on {{date}}, but {{dependsOn}} has no meeting at least {{minDays}} day(s) before (on or before {{windowTo}}). {{forum}} must meet after {{dependsOn}}.',
      afterTooSoon:
        '{{forum}} meets on {{date}}, but the {{dependsOn}} meeting on {{dependsOnDate}} is too late: it must be on or before {{windowTo}}. {{forum}} must meet after {{dependsOn}}.',
      preMeetingMissing:
        'There is no pre-meeting in {{dependsOn}} before the {{forum}} meeting on {{date}} (the pre-meeting must be on or before {{windowTo}}).',
      preparesMissing:
        '{{dependsOn}} has no preparatory meeting before the {{forum}} meeting on {{date}} (it must be on or before {{windowTo}}).',
      suggestion: 'Suggested date: {{suggestedDate}}.',
      selfDependency: 'A forum cannot depend on itself.',
      minAboveMax: 'The minimum number of days ({{minDays}}) exceeds the maximum ({{maxDays}}).',
      cycle: 'The rules form a circle: {{forum}} ends up preparing itself.',
      duplicateId: 'The rule already exists.',
    },
    calendar: {
      nonWorkingDay: '{{date}} is not a working day ({{reasonText}}).',
      reason: { weekend: 'weekend', holiday: 'public holiday', closure: 'closure day' },
      closureNames: {
        grundlovsdag: 'Constitution Day',
        juleaftensdag: 'Christmas Eve',
        nytaarsaftensdag: "New Year's Eve",
        foersteMaj: 'Labour Day (1 May)',
      },
    },
    series: {
      invalidPeriod: 'The period {{from}}–{{to}} is invalid.',
      invalidCadence: 'The cadence of {{min}}–{{max}} meetings a year is invalid.',
      countOutsideCadence: '{{perYear}} meetings a year is outside the cadence {{min}}–{{max}}.',
      invalidTime: 'The time {{time}} is invalid.',
      noCadence: 'The forum has no meeting cadence. Give the number of meetings a year.',
      adjustment: {
        avoidedMonth: 'Moved out of {{month}}, which is kept free.',
        weekend: 'Moved from {{fromDay}} (weekend) to {{to}}.',
        holiday: 'Moved from {{holiday}} ({{from}}) to {{to}}.',
        closure: 'Moved from the closure day {{closure}} ({{from}}) to {{to}}.',
        taken: 'Moved from {{fromDay}} because that day already has a meeting.',
      },
    },
    process: {
      unknownStep: 'The step refers to a step that does not exist.',
      cycle: 'The steps depend on each other in a circle.',
      undated: 'The step has no date. Give a fixed date or an anchor date.',
      orderViolated: "The step's date {{date}} is not after the previous step's {{dependsOnDate}}.",
      forumUnresolved: 'The role {{role}} is not linked to a forum.',
      nonWorkingDay: "The step's date {{date}} is not a working day.",
    },
    kinds: {
      ordinary: 'Ordinary meeting',
      preMeeting: 'Pre-meeting',
      dialogue: 'Dialogue meeting',
      extraordinary: 'Extraordinary meeting',
    },
    statuses: {
      planned: 'Planned',
      agendaDraft: 'Agenda in draft',
      agendaPublished: 'Agenda published',
      held: 'Held',
      minutesApproved: 'Minutes approved',
      cancelled: 'Cancelled',
    },
    roles: {
      member: 'Member',
      substitute: 'Substitute',
      optionalAttendee: 'May attend',
      attendee: 'Attendee',
      widenedCircle: 'Widened circle',
      guest: 'Guest',
      secretary: 'Secretary',
    },
    attendance: {
      unknown: 'Not recorded',
      present: 'Present',
      absent: 'Absent',
      excused: 'Sent apologies',
    },
    sources: { forum: "From the forum's members", added: 'Added' },
    ruleKinds: {
      after: 'Meets after',
      preMeeting: 'Pre-meeting before',
      prepares: 'Prepares',
    },
  },
};
