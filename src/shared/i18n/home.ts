/** The home page. */
import type { Namespace } from './index';

const da = {
  title: 'Forside',
  greeting: 'Goddag, {{name}}',
  role: 'Din rolle: {{role}}',
  aboutHeading: 'Om Samspil',
  about1:
    'Samspil er software til det tværsektorielle sundhedssamarbejde, hvor kommuner, region, hospitaler og almen praksis i fællesskab planlægger og følger op på borgernes forløb på tværs af sektorer.',
  about2:
    'Her samles fora og deres medlemmer, møder med dagsordener og referater og de sager, der går mellem klynger, temagrupper og Sundhedssamarbejdsudvalget. Målet er mere overblik og mindre bureaukrati.',
  shortcutsHeading: 'Genveje',
  noShortcuts: 'Der er ingen genveje til din rolle endnu.',
  myWork: {
    heading: 'Mit arbejde',
    introMine: 'Det, der venter dig i de fora, du sidder i eller betjener, pr. {{date}}.',
    introGeneral:
      'Du sidder ikke i et forum endnu. Her er samarbejdets næste møder og seneste afgørelser pr. {{date}}.',
    seats: 'Dine fora: {{fora}}',
    servesAll: 'Du betjener som sekretariat de fora, din adgang dækker.',
    loading: 'Henter dit arbejde …',
    error: 'Dit arbejde kunne ikke hentes. Prøv at genindlæse siden.',
    shown: 'Viser {{shown}} af {{total}}.',
    meetings: {
      heading: 'Næste møder',
      headingGeneral: 'Samarbejdets næste møder',
      empty: 'Ingen kommende møder i dine fora.',
      emptyGeneral: 'Ingen kommende møder.',
      all: 'Alle møder',
    },
    deadlines: {
      heading: 'Frister',
      agenda: 'Frist for punkter til dagsordenen: {{date}}',
      meeting: '{{forum}}, møde {{date}}',
      empty: 'Ingen dagsordensfrister de næste måneder.',
    },
    waiting: {
      heading: 'Sager, der venter i dine fora',
      meta: '{{forum}} · {{status}}',
      onMeeting: '· møde {{date}}',
      empty: 'Ingen sager venter i dine fora.',
      all: 'Alle sager',
    },
    returned: {
      heading: 'Kommet tilbage til dig',
      meta: '{{kind}} fra {{from}} til {{to}}, {{date}}',
      empty: 'Ingen afgørelser er kommet tilbage til dine fora.',
      all: 'Alt, der er kommet tilbage',
      kinds: {
        returned: 'Afgørelse',
        sentBack: 'Sendt tilbage',
        withdrawn: 'Trukket tilbage',
      },
    },
    decisions: {
      heading: 'Seneste afgørelser',
      meta: '{{forum}}, afgjort {{date}}',
      empty: 'Der er ingen afgjorte sager endnu.',
    },
    tasks: {
      heading: 'Det skal du gøre',
      approval: 'Godkend referatet af mødet {{date}} i {{forum}}',
      empty: 'Du har ingen referater at godkende og ingen indberetninger, der venter.',
      noApprovals: 'Ingen referater venter på din godkendelse. Dine indberetninger står ovenfor.',
    },
    statuses: {
      planned: 'venter på en dagsorden',
      onAgenda: 'på dagsordenen',
      recommended: 'indstillet, venter på beslutning',
      decided: 'besluttet',
      returned: 'sendt tilbage',
      skipped: 'sprunget over',
      withdrawn: 'trukket tilbage',
      toNote: 'kommet tilbage, afventer forummet',
      noted: 'kommet tilbage, noteret',
    },
    unknownForum: 'ukendt forum',
  },
};

/** The `home` namespace. */
export const home: Namespace<typeof da> = {
  da,
  en: {
    title: 'Home',
    greeting: 'Hello, {{name}}',
    role: 'Your role: {{role}}',
    aboutHeading: 'About Samspil',
    about1:
      'Samspil is software for the cross-sector health collaboration, in which municipalities, the region, hospitals and general practice jointly plan and follow up on the care of citizens whose course crosses sectors.',
    about2:
      'It brings together the fora and their members, meetings with agendas and minutes, and the cases that travel between clusters, theme groups and the health collaboration committee. The aim is more overview and less bureaucracy.',
    shortcutsHeading: 'Shortcuts',
    noShortcuts: 'There are no shortcuts for your role yet.',
    myWork: {
      heading: 'My work',
      introMine: 'What awaits you in the fora you sit in or serve, as of {{date}}.',
      introGeneral:
        'You do not sit in a forum yet. Here are the collaboration’s next meetings and latest decisions as of {{date}}.',
      seats: 'Your fora: {{fora}}',
      servesAll: 'As the secretariat you serve the fora your access covers.',
      loading: 'Loading your work …',
      error: 'Your work could not be loaded. Try reloading the page.',
      shown: 'Showing {{shown}} of {{total}}.',
      meetings: {
        heading: 'Next meetings',
        headingGeneral: 'The collaboration’s next meetings',
        empty: 'No upcoming meetings in your fora.',
        emptyGeneral: 'No upcoming meetings.',
        all: 'All meetings',
      },
      deadlines: {
        heading: 'Deadlines',
        agenda: 'Deadline for agenda items: {{date}}',
        meeting: '{{forum}}, meeting {{date}}',
        empty: 'No agenda deadlines in the coming months.',
      },
      waiting: {
        heading: 'Cases waiting in your fora',
        meta: '{{forum}} · {{status}}',
        onMeeting: '· meeting {{date}}',
        empty: 'No cases are waiting in your fora.',
        all: 'All cases',
      },
      returned: {
        heading: 'Came back to you',
        meta: '{{kind}} from {{from}} to {{to}}, {{date}}',
        empty: 'No decisions have come back to your fora.',
        all: 'Everything that came back',
        kinds: {
          returned: 'Decision',
          sentBack: 'Sent back',
          withdrawn: 'Withdrawn',
        },
      },
      decisions: {
        heading: 'Latest decisions',
        meta: '{{forum}}, decided {{date}}',
        empty: 'There are no decided cases yet.',
      },
      tasks: {
        heading: 'Your tasks',
        approval: 'Approve the minutes of the meeting on {{date}} in {{forum}}',
        empty: 'You have no minutes to approve and no reports waiting.',
        noApprovals: 'No minutes await your approval. Your reports are listed above.',
      },
      statuses: {
        planned: 'waiting for an agenda',
        onAgenda: 'on the agenda',
        recommended: 'recommended, awaiting a decision',
        decided: 'decided',
        returned: 'sent back',
        skipped: 'skipped',
        withdrawn: 'withdrawn',
        toNote: 'came back, awaiting the forum',
        noted: 'came back, noted',
      },
      unknownForum: 'unknown forum',
    },
  },
};
