/**
 * Problem texts are filled with parameters from the domain, and some of those name an internal
 * value: a state (`recommended`, `onAgenda`), a field (`recommendation`), a degree key. Such a
 * value is never shown as is: this table says where its label lives, and {@link labelParams}
 * swaps it in before the text is interpolated, in the text's language (issue 11).
 */
import type { Language, NamespaceName, TranslationTree } from './index';
import { cases } from './cases';
import { agendas } from './agendas';
import { plans } from './plans';

/** Where the labels of one parameter live: a namespace and the key prefix of its values. */
export interface LabelSource {
  ns: NamespaceName;
  prefix: string;
}

const STEP: LabelSource = { ns: 'cases', prefix: 'stepStatuses' };
const AGENDA: LabelSource = { ns: 'agendas', prefix: 'statuses' };
const MINUTES: LabelSource = { ns: 'agendas', prefix: 'minutesStatuses' };
const PLAN: LabelSource = { ns: 'plans', prefix: 'statuses' };
const DEGREE: LabelSource = { ns: 'plans', prefix: 'degrees' };

/** Labelled parameters per text (`<namespace>:<key>`). */
export const LABELLED_PARAMS: Readonly<Record<string, Readonly<Record<string, LabelSource>>>> = {
  'cases:errors.case.invalidTransition': { from: STEP, to: STEP },
  'cases:errors.case.emptyText': { field: { ns: 'cases', prefix: 'errors.fields' } },
  'agendas:errors.agenda.invalidTransition': { from: AGENDA, to: AGENDA },
  'agendas:errors.minutes.invalidTransition': { from: MINUTES, to: MINUTES },
  'plans:errors.statusTransition': { from: PLAN, to: PLAN },
  'plans:errors.degreeNotInScale': { degree: DEGREE, keys: DEGREE },
  'plans:errors.scaleKeyTwice': { key: DEGREE },
  'plans:errors.scaleScoreRange': { key: DEGREE },
  'plans:errors.scaleInUse': { key: DEGREE },
};

// The trees are imported directly (not through ./index) so this module has no import cycle.
const TREES: Partial<Record<NamespaceName, { da: TranslationTree; en: TranslationTree }>> = {
  cases: cases as unknown as { da: TranslationTree; en: TranslationTree },
  agendas: agendas as unknown as { da: TranslationTree; en: TranslationTree },
  plans: plans as unknown as { da: TranslationTree; en: TranslationTree },
};

function lookup(tree: TranslationTree | undefined, key: string): string | undefined {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** One value's label (a comma-separated list label by label); unknown values stay as they are. */
function labelOf(source: LabelSource, value: string, lang: Language): string {
  const tree = TREES[source.ns]?.[lang];
  return value
    .split(', ')
    .map((part) => lookup(tree, `${source.prefix}.${part}`) ?? part)
    .join(', ');
}

/** The parameters of `ns:key` with every internal value replaced by its label in `lang`. */
export function labelParams<P extends Readonly<Record<string, string | number>>>(
  ns: NamespaceName,
  key: string,
  params: P,
  lang: Language,
): Record<string, string | number> {
  const sources = LABELLED_PARAMS[`${ns}:${key}`];
  if (!sources) return { ...params };
  const out: Record<string, string | number> = { ...params };
  for (const [name, source] of Object.entries(sources)) {
    const value = params[name];
    if (typeof value === 'string') out[name] = labelOf(source, value, lang);
  }
  return out;
}
