/**
 * Every translation namespace, merged. Each namespace lives in its own file
 * (`src/shared/i18n/<namespace>.ts`) and exports `{ da, en }` with exactly the same keys, so
 * the web app and the server word things the same way. To add a namespace: create the file
 * and add one line to `NAMESPACES` below.
 */
import { actions } from './actions';
import { agendas } from './agendas';
import { audit } from './audit';
import { auth } from './auth';
import { cases } from './cases';
import { common } from './common';
import { consultations } from './consultations';
import { documents } from './documents';
import { history } from './history';
import { financing } from './financing';
import { home } from './home';
import { meetings } from './meetings';
import { newsletters } from './newsletters';
import { questionnaires } from './questionnaires';
import { notifications } from './notifications';
import { organisation } from './organisation';
import { pilots } from './pilots';
import { plans } from './plans';
import { planFiles } from './plan-files';
import { plansUi } from './plans-ui';
import { plansEdit } from './plans-ui-edit';
import { planRounds } from './plan-rounds';
import { reorganisation } from './reorganisation';
import { search } from './search';
import { transfers } from './transfers';
import { users } from './users';
import { funding } from './funding';
import { charters } from './charters';

/** The languages Samspil speaks; Danish is the default. */
export const LANGUAGES = ['da', 'en'] as const;
/** A supported language code. */
export type Language = (typeof LANGUAGES)[number];
/** The language used when nothing else is known. */
export const DEFAULT_LANGUAGE: Language = 'da';

/** True when `value` is a supported language code. */
export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/** A translation tree: nested objects whose leaves are strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/** The same keys as `T`, with any string at the leaves (how `en` mirrors `da`). */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** One namespace: the Danish tree, and an English tree that must have exactly the same keys. */
export interface Namespace<T extends TranslationTree> {
  da: T;
  en: SameKeys<T>;
}

/** The namespaces by name. The first one (`common`) is the default namespace. */
export const NAMESPACES = {
  common,
  auth,
  home,
  users,
  audit,
  meetings,
  cases,
  agendas,
  organisation,
  reorganisation,
  documents,
  search,
  notifications,
  plans,
  planFiles,
  plansUi,
  plansEdit,
  planRounds,
  newsletters,
  transfers,
  actions,
  history,
  consultations,
  pilots,
  funding,
  charters,
  financing,
  questionnaires,
} as const;

/** A namespace name. */
export type NamespaceName = keyof typeof NAMESPACES;

/** The Danish resource shape per namespace (used to type translation keys). */
export type Resources = { [N in NamespaceName]: (typeof NAMESPACES)[N]['da'] };

/** i18next resources: language → namespace → tree. */
export function buildResources(): Record<Language, Record<NamespaceName, TranslationTree>> {
  const out = { da: {}, en: {} } as Record<Language, Record<NamespaceName, TranslationTree>>;
  for (const [name, ns] of Object.entries(NAMESPACES) as [
    NamespaceName,
    Namespace<TranslationTree>,
  ][]) {
    out.da[name] = ns.da;
    out.en[name] = ns.en as TranslationTree;
  }
  return out;
}
