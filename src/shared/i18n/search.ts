/** Search: labels of the hit types and the search field, for the web app. */
import type { Namespace } from './index';

const da = {
  title: 'Søg',
  label: 'Søg i sager, dagsordener, beslutninger og referater',
  hint: 'Søgningen forstår bøjninger og sammensatte ord: "klynge" finder også "sundhedsklyngen".',
  types: {
    case: 'Sag',
    agendaItem: 'Dagsordenspunkt',
    decision: 'Beslutning',
    minutes: 'Referat',
  },
  noHits: 'Ingen resultater for "{{query}}".',
};

/** The `search` namespace. */
export const search: Namespace<typeof da> = {
  da,
  en: {
    title: 'Search',
    label: 'Search cases, agendas, decisions and minutes',
    hint: 'Search understands Danish inflections and compound words: "klynge" also finds "sundhedsklyngen".',
    types: {
      case: 'Case',
      agendaItem: 'Agenda item',
      decision: 'Decision',
      minutes: 'Minutes',
    },
    noHits: 'No results for "{{query}}".',
  },
};
