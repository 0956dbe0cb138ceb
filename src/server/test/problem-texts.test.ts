/**
 * Issue 11: no problem text shown in Danish carries an internal key or an English state name.
 * Every problem code the server can produce is rendered the way the server renders it: the
 * catalogue's titles (src/shared/problem.ts), and every refusal of the cases, agendas/minutes
 * and plans namespaces through their server renderers, with representative parameters and,
 * for a parameter that names a state (or a field or degree key), every value it can take.
 */
import { describe, expect, it } from 'vitest';
import { AGENDA_ERROR_CODES, AGENDA_STATUSES, MINUTES_STATUSES } from '../../shared/agendas.enums';
import { CASE_ERROR_CODES, CASE_STATUSES, STEP_STATUSES } from '../../shared/cases.enums';
import { MEETING_STATUSES } from '../../shared/meetings.enums';
import { DEFAULT_DEGREE_KEYS, MILESTONE_STATUSES, PLAN_STATUSES } from '../../shared/plans.enums';
import { agendas } from '../../shared/i18n/agendas';
import { cases } from '../../shared/i18n/cases';
import type { TranslationTree } from '../../shared/i18n/index';
import { plans } from '../../shared/i18n/plans';
import { PROBLEMS } from '../../shared/problem';
import type { Text } from '../platform/errors';
import { appError, caseDomainError } from '../modules/cases/index';
import { planError } from '../modules/plans/plans.texts';

type Params = Record<string, string | number>;

/** The dotted keys of a tree's leaves. */
function leaves(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

/** Every value a state-like parameter can take, by text and parameter. */
const STATE_VALUES: Record<string, Record<string, readonly string[]>> = {
  'case.invalidTransition': { from: STEP_STATUSES, to: STEP_STATUSES },
  'case.emptyText': { field: ['title', 'summary', 'recommendation', 'decision', 'reason'] },
  'agenda.invalidTransition': { from: AGENDA_STATUSES, to: AGENDA_STATUSES },
  'minutes.invalidTransition': { from: MINUTES_STATUSES, to: MINUTES_STATUSES },
  statusTransition: { from: PLAN_STATUSES, to: PLAN_STATUSES },
  degreeNotInScale: { degree: DEFAULT_DEGREE_KEYS, keys: [DEFAULT_DEGREE_KEYS.join(', ')] },
  scaleKeyTwice: { key: DEFAULT_DEGREE_KEYS },
  scaleScoreRange: { key: DEFAULT_DEGREE_KEYS },
  scaleInUse: { key: DEFAULT_DEGREE_KEYS },
};

/** Representative values of the other parameters, as the server passes them. */
const BASE: Params = {
  on: '2026-03-10',
  previous: '2026-02-01',
  date: '2026-12-18',
  due: '2027-05-01',
  from: '2026-01-01',
  to: '2029-12-31',
  meeting: 'Møde i Sundhedssamarbejdsudvalget',
  forum: 'Sundhedssamarbejdsudvalget',
  number: 3,
  max: 10,
  min: 2,
  maxMb: 25,
  year: 2027,
  code: '1.2',
  key: 'egen',
  extension: 'pdf',
  initiatives: 2,
  children: 1,
  stepId: 'c1-2',
  caseId: 'c1',
  forumId: 'f1',
};

/** Every combination of the state values of `code` over the base parameters. */
function paramSets(code: string): Params[] {
  let sets: Params[] = [{ ...BASE }];
  for (const [name, values] of Object.entries(STATE_VALUES[code] ?? {})) {
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}

/** Internal values that must never appear in a Danish text. */
const INTERNAL = new Set<string>([
  ...STEP_STATUSES,
  ...CASE_STATUSES,
  ...AGENDA_STATUSES,
  ...MINUTES_STATUSES,
  ...MEETING_STATUSES,
  ...PLAN_STATUSES,
  ...MILESTONE_STATUSES,
  ...DEFAULT_DEGREE_KEYS,
  // and every internal value a problem text's parameter can carry (field names, …)
  ...Object.values(STATE_VALUES).flatMap((byParam) =>
    Object.values(byParam).flatMap((values) => values.flatMap((v) => v.split(', '))),
  ),
]);

/** What is wrong with a Danish problem text, or an empty list. */
function danishFaults(text: string): string[] {
  const faults: string[] = [];
  if (/\{\{/.test(text)) faults.push('an unfilled parameter');
  if (/\berrors\.|\b[a-z]+\.[a-z]+[A-Z]/.test(text)) faults.push('an i18n key');
  for (const word of text.match(/[A-Za-z]+/g) ?? []) {
    if (/^[a-z]+[A-Z][A-Za-z]*$/.test(word)) faults.push(`the camelCase key "${word}"`);
    else if (INTERNAL.has(word)) faults.push(`the internal name "${word}"`);
  }
  return faults;
}

/** What is wrong with an English problem text (state labels are English words, keys are not). */
function englishFaults(text: string): string[] {
  return (text.match(/[A-Za-z]+/g) ?? [])
    .filter((w) => /^[a-z]+[A-Z][A-Za-z]*$/.test(w))
    .map((w) => `the camelCase key "${w}"`)
    .concat(/\{\{/.test(text) ? ['an unfilled parameter'] : []);
}

function check(label: string, texts: readonly Text[]): void {
  for (const text of texts) {
    expect(danishFaults(text.da), `${label}: ${text.da}`).toEqual([]);
    expect(englishFaults(text.en), `${label}: ${text.en}`).toEqual([]);
  }
}

describe('problem texts in Danish (issue 11)', () => {
  it.each(Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[])('the title of %s', (code) => {
    check(code, [PROBLEMS[code]]);
  });

  it.each(CASE_ERROR_CODES)('the case refusal %s, for every state', (code) => {
    const texts = paramSets(code).map((params) => caseDomainError({ code, params }).detail as Text);
    check(code, texts);
  });

  it.each(AGENDA_ERROR_CODES)('the agenda refusal %s, for every state', (code) => {
    const texts = paramSets(code).map(
      (params) => appError('conflict', 'agendas', `errors.${code}`, params).detail as Text,
    );
    check(code, texts);
  });

  // Every other problem text of the two namespaces (forum not found, not allowed, …).
  it.each([
    ...leaves(cases.da.errors as TranslationTree).map((k) => ['cases', k] as const),
    ...leaves(agendas.da.errors as TranslationTree).map((k) => ['agendas', k] as const),
  ])('the %s problem text errors.%s', (ns, key) => {
    const texts = paramSets(key).map(
      (params) => appError('conflict', ns, `errors.${key}`, params).detail as Text,
    );
    check(key, texts);
  });

  it.each(Object.keys(plans.da.errors))('the plan refusal %s, for every state', (code) => {
    const texts = paramSets(code).map(
      (params) => planError('conflict', code, params).detail as Text,
    );
    check(code, texts);
  });

  it('catches a raw state name, a camelCase key and an unfilled parameter', () => {
    expect(danishFaults('Trinnet kan ikke gå fra "recommended" til "onAgenda".')).toEqual([
      'the internal name "recommended"',
      'the camelCase key "onAgenda"',
    ]);
    expect(danishFaults('Se errors.case.emptyRoute for {{x}}')).toEqual([
      'an unfilled parameter',
      'an i18n key',
      'the camelCase key "emptyRoute"',
    ]);
    expect(danishFaults('Feltet "recommendation" må ikke være tomt.')).toEqual([
      'the internal name "recommendation"',
    ]);
    expect(danishFaults('Trinnet kan ikke gå fra "Indstillet" til "På dagsordenen".')).toEqual([]);
  });
});
