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
  },
};
