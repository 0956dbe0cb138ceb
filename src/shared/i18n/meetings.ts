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
import { meetingsHistory } from './meetings-history';
import { meetingsMeeting } from './meetings-meeting';
import { meetingsPages } from './meetings-pages';
import { meetingsPlanningUi } from './meetings-planning-ui';

const da = {
  ...meetingsPages.da,
  ...meetingsMeeting.da,
  ...meetingsPlanningUi.da,
  ...meetingsCalendar.da,
  ...meetingsHistory.da,
  ordering: {
    afterMissing:
      '{{forum}} holder møde {{date}}, men {{dependsOn}} har intet møde {{window}}. {{forum}} skal mødes efter {{dependsOn}}.',
    afterTooSoon:
      '{{forum}} holder møde {{date}}, men mødet i {{dependsOn}} {{dependsOnDate}} ligger for sent: det skal ligge {{window}}. {{forum}} skal mødes efter {{dependsOn}}.',
    preMeetingMissing: 'Mødet i {{forum}} {{date}} har intet formøde i {{dependsOn}} {{window}}.',
    preparesMissing:
      'Mødet i {{forum}} {{date}} er ikke forberedt: {{dependsOn}} har intet møde {{window}}.',
    noRoom:
      '{{forum}} holder møde {{date}}, men har allerede et møde {{previousOwnDate}}. Hvert møde i {{forum}} skal have sit eget møde i {{dependsOn}} mindst {{minDays}} dag(e) før, og der er ikke plads til et nyt møde i {{dependsOn}} mellem de to møder.',
    window: {
      onOrBefore: 'senest {{windowTo}} (mindst {{minDays}} dag(e) før mødet)',
      onOrBeforeSameDay: 'senest {{windowTo}} (samme dag som mødet eller før)',
      between:
        'mellem {{windowFrom}} og {{windowTo}} (mindst {{minDays}} og højst {{maxDays}} dage før mødet)',
      betweenSameDay:
        'mellem {{windowFrom}} og {{windowTo}} (højst {{maxDays}} dage før mødet eller samme dag)',
      sinceOwn:
        'efter det forrige møde i {{forum}} {{previousOwnDate}} og senest {{windowTo}} (mindst {{minDays}} dag(e) før mødet)',
    },
    nearest: {
      earlier: 'Mødet i {{dependsOn}} {{dependsOnEarlierDate}} ligger for tidligt.',
      earlierSinceOwn:
        'Mødet i {{dependsOn}} {{dependsOnEarlierDate}} hører til det forrige møde i {{forum}} {{previousOwnDate}}.',
      later: 'Mødet i {{dependsOn}} {{dependsOnDate}} ligger for sent.',
      none: '{{dependsOn}} har ingen planlagte møder.',
    },
    noDate: {
      searched:
        'Samspil har ledt fra {{searchFrom}} til {{searchTo}} uden at finde en arbejdsdag, hvor reglerne er opfyldt.',
      unmet: 'Ingen dag i perioden opfylder reglen om {{dependsOn}}: {{fix}}',
      plan: 'planlæg først et møde i {{dependsOn}} {{window}}.',
      noRoom:
        'planlæg først et nyt møde i {{dependsOn}} efter {{previousOwnDate}}, og læg så mødet i {{forum}} mindst {{minDays}} dag(e) efter det.',
      apart:
        'Hver regel kan opfyldes for sig, men ikke på samme arbejdsdag. Flyt et af de andre foras møder, eller vælg selv en dato.',
      wayOut: 'Du kan også vælge en anden dato selv eller gemme alligevel.',
      othersOnly:
        'Mødet selv bryder ingen regel, men ændringen bryder reglerne for andre møder (se ovenfor). Flyt dem bagefter, vælg en anden dato, eller gem alligevel.',
    },
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
    ...meetingsHistory.en,
    ordering: {
      afterMissing:
        '{{forum}} meets on {{date}}, but {{dependsOn}} has no meeting {{window}}. {{forum}} must meet after {{dependsOn}}.',
      afterTooSoon:
        '{{forum}} meets on {{date}}, but the {{dependsOn}} meeting on {{dependsOnDate}} is too late: it must be {{window}}. {{forum}} must meet after {{dependsOn}}.',
      preMeetingMissing:
        'The {{forum}} meeting on {{date}} has no pre-meeting in {{dependsOn}} {{window}}.',
      preparesMissing:
        'The {{forum}} meeting on {{date}} is not prepared: {{dependsOn}} has no meeting {{window}}.',
      noRoom:
        '{{forum}} meets on {{date}}, but already has a meeting on {{previousOwnDate}}. Each {{forum}} meeting needs its own {{dependsOn}} meeting at least {{minDays}} day(s) before, and there is no room for a new {{dependsOn}} meeting between the two.',
      window: {
        onOrBefore: 'on or before {{windowTo}} (at least {{minDays}} day(s) before the meeting)',
        onOrBeforeSameDay: 'on or before {{windowTo}} (the day of the meeting or earlier)',
        between:
          'between {{windowFrom}} and {{windowTo}} (at least {{minDays}} and at most {{maxDays}} days before the meeting)',
        betweenSameDay:
          'between {{windowFrom}} and {{windowTo}} (at most {{maxDays}} days before the meeting, or the same day)',
        sinceOwn:
          'after the previous {{forum}} meeting on {{previousOwnDate}} and on or before {{windowTo}} (at least {{minDays}} day(s) before the meeting)',
      },
      nearest: {
        earlier: 'The {{dependsOn}} meeting on {{dependsOnEarlierDate}} is too early.',
        earlierSinceOwn:
          'The {{dependsOn}} meeting on {{dependsOnEarlierDate}} belongs to the previous {{forum}} meeting on {{previousOwnDate}}.',
        later: 'The {{dependsOn}} meeting on {{dependsOnDate}} is too late.',
        none: '{{dependsOn}} has no planned meetings.',
      },
      noDate: {
        searched:
          'Samspil searched from {{searchFrom}} to {{searchTo}} without finding a working day on which the rules are met.',
        unmet: 'No day in that period meets the rule about {{dependsOn}}: {{fix}}',
        plan: 'first plan a {{dependsOn}} meeting {{window}}.',
        noRoom:
          'first plan a new {{dependsOn}} meeting after {{previousOwnDate}}, then place the {{forum}} meeting at least {{minDays}} day(s) after it.',
        apart:
          'Each rule can be met on its own, but not on the same working day. Move one of the other fora’s meetings, or choose a date yourself.',
        wayOut: 'You can also choose another date yourself or save anyway.',
        othersOnly:
          'The meeting itself breaks no rule, but the change breaks the rules of other meetings (see above). Move them afterwards, choose another date, or save anyway.',
      },
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
