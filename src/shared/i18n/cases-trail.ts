/**
 * Issue 12: the decision travelling back down the same trail — the case page's return steps,
 * noting a decision that came back, and the forum's "returned" list. Merged into the `cases`
 * namespace by cases.ts.
 */
import type { Namespace } from './index';

const da = {
  trail: {
    heading: 'Beslutningen tilbage ad samme vej',
    help: 'Hvert forum, der behandlede sagen på vejen op, får beslutningen tilbage: til orientering eller til handling.',
    none: 'Beslutningen er endnu ikke sendt tilbage til nogen fora.',
    listLabel: 'Beslutningen tilbage til fora',
    from: 'Beslutning i {{forum}} {{date}}',
    notedOn: 'Noteret {{date}}',
    actedOn: 'Handlet {{date}}',
    note: 'Bemærkning',
    markNoted: 'Marker som noteret',
    markActed: 'Marker som handlet',
    markTitle: 'Beslutningen tilbage i {{forum}}',
    markIntro:
      'Forummet har set beslutningen. Skriv eventuelt en bemærkning, fx hvad forummet gør ved den.',
    markText: 'Bemærkning (valgfri)',
    noted: 'Beslutningen er noteret.',
    setAct: 'Skift til handling',
    setNote: 'Skift til orientering',
    modeChanged: 'Ændret.',
    onAgendaHint: 'Forummet kan sætte beslutningen på et møde som et orienteringspunkt.',
    stepsOf: 'Beslutninger tilbage til {{forum}}',
    goToStep: 'Se beslutningen på sagen',
    page: 'Viser {{from}}–{{to}} af {{total}}',
    previous: 'Forrige side',
    next: 'Næste side',
  },
};

/** The trail texts, merged into `cases`. */
export const casesTrail: Namespace<typeof da> = {
  da,
  en: {
    trail: {
      heading: 'The decision back down the same trail',
      help: 'Each forum that treated the case on the way up gets the decision back: for information or for action.',
      none: 'The decision has not yet been sent back to any forum.',
      listLabel: 'The decision back to the fora',
      from: 'Decision in {{forum}} on {{date}}',
      notedOn: 'Noted on {{date}}',
      actedOn: 'Acted on {{date}}',
      note: 'Note',
      markNoted: 'Mark as noted',
      markActed: 'Mark as acted on',
      markTitle: 'The decision back in {{forum}}',
      markIntro:
        'The forum has seen the decision. Add a note if you like, e.g. what the forum does about it.',
      markText: 'Note (optional)',
      noted: 'The decision has been noted.',
      setAct: 'Change to for action',
      setNote: 'Change to for information',
      modeChanged: 'Changed.',
      onAgendaHint: 'The forum can put the decision on a meeting as an information item.',
      stepsOf: 'Decisions back to {{forum}}',
      goToStep: 'See the decision on the case',
      page: 'Showing {{from}}–{{to}} of {{total}}',
      previous: 'Previous page',
      next: 'Next page',
    },
  },
};
