/** Search: the search page (cases, agendas, decisions, minutes and the organisation). */
import type { Namespace } from './index';

const da = {
  title: 'Søg',
  navDescription: 'Find sager, dagsordenspunkter, beslutninger, referater, personer og fora.',
  intro:
    'Søg på tværs af sager, dagsordener, beslutninger og referater og i organisationen. Du ser kun det, du har adgang til.',
  label: 'Søg i sager, dagsordener, beslutninger og referater',
  field: 'Søgeord',
  submit: 'Søg',
  hint: 'Søgningen forstår bøjninger og sammensatte ord: "klynge" finder også "sundhedsklyngen".',
  tooShort: 'Skriv mindst 2 tegn.',
  loading: 'Søger…',
  types: {
    case: 'Sag',
    agendaItem: 'Dagsordenspunkt',
    decision: 'Beslutning',
    minutes: 'Referat',
    consultation: 'Høringssvar',
  },
  groups: {
    case: 'Sager',
    agendaItem: 'Dagsordenspunkter',
    decision: 'Beslutninger',
    minutes: 'Referater',
    consultation: 'Høringssvar',
    person: 'Personer',
    forum: 'Fora',
    party: 'Parter',
    cluster: 'Klynger',
  },
  groupCount_one: '{{count}} resultat',
  groupCount_other: '{{count}} resultater',
  summary_one: '{{count}} resultat for "{{query}}".',
  summary_other: '{{count}} resultater for "{{query}}".',
  noHits: 'Ingen resultater for "{{query}}".',
  noHitsHelp:
    'Prøv et andet eller kortere ord. Lukkede punkter og fortrolige sager vises kun for forummets medlemmer.',
  dated: '{{type}} · {{date}}',
  endedOn: 'Nedlagt {{date}}',
  collaboration: 'Samarbejde',
  allCollaborations: 'Alle samarbejder',
  collaborationHint: 'Omfatter også de samarbejder, det er omorganiseret fra eller til.',
  start: 'Skriv et søgeord for at søge.',
};

/** The `search` namespace. */
export const search: Namespace<typeof da> = {
  da,
  en: {
    title: 'Search',
    navDescription: 'Find cases, agenda items, decisions, minutes, persons and fora.',
    intro:
      'Search across cases, agendas, decisions and minutes, and the organisation. You only see what you have access to.',
    label: 'Search cases, agendas, decisions and minutes',
    field: 'Search words',
    submit: 'Search',
    hint: 'Search understands Danish inflections and compound words: "klynge" also finds "sundhedsklyngen".',
    tooShort: 'Type at least 2 characters.',
    loading: 'Searching…',
    types: {
      case: 'Case',
      agendaItem: 'Agenda item',
      decision: 'Decision',
      minutes: 'Minutes',
      consultation: 'Consultation response',
    },
    groups: {
      case: 'Cases',
      agendaItem: 'Agenda items',
      decision: 'Decisions',
      minutes: 'Minutes',
      consultation: 'Consultation responses',
      person: 'Persons',
      forum: 'Fora',
      party: 'Parties',
      cluster: 'Clusters',
    },
    groupCount_one: '{{count}} result',
    groupCount_other: '{{count}} results',
    summary_one: '{{count}} result for "{{query}}".',
    summary_other: '{{count}} results for "{{query}}".',
    noHits: 'No results for "{{query}}".',
    noHitsHelp:
      "Try another or shorter word. Closed items and confidential cases are shown only to the forum's members.",
    dated: '{{type}} · {{date}}',
    endedOn: 'Ended {{date}}',
    collaboration: 'Collaboration',
    allCollaborations: 'All collaborations',
    collaborationHint: 'Also covers the collaborations it was reorganised from or into.',
    start: 'Type a search word to search.',
  },
};
