/**
 * Every audit action and entity type the server can write has a Danish and an English label,
 * and no Danish label shows an internal key, a camelCase code or an English state name.
 */
import { describe, expect, it } from 'vitest';
import * as agendasEnums from './agendas.enums';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-actions';
import * as casesEnums from './cases.enums';
import { translate } from './i18n/translate';
import type { Language } from './i18n/index';
import * as meetingsEnums from './meetings.enums';
import * as notificationsEnums from './notifications.enums';
import * as organisationEnums from './organisation.enums';
import * as plansEnums from './plans.enums';

/** Every state code of the domain: each exported `*_STATUSES` / `*_ENDINGS` list. */
function englishStateNames(): string[] {
  const modules = [
    agendasEnums,
    casesEnums,
    meetingsEnums,
    notificationsEnums,
    organisationEnums,
    plansEnums,
  ];
  const names = new Set<string>();
  for (const mod of modules) {
    for (const [exportName, value] of Object.entries(mod)) {
      if (!/_(STATUSES|ENDINGS)$/.test(exportName) || !Array.isArray(value)) continue;
      for (const code of value) if (typeof code === 'string') names.add(code);
    }
  }
  return [...names];
}

const STATES = englishStateNames();

/** What is wrong with a text shown to a Danish reader: internal keys, code names, English. */
function internalTermsIn(text: string): string[] {
  const found: string[] = [];
  const dotKey = text.match(/\b[a-z][a-zA-Z]*(\.[a-zA-Z]+)+\b/);
  if (dotKey) found.push(`key "${dotKey[0]}"`);
  const camel = text.match(/\b[a-z]+[A-Z][a-zA-Z]*\b/);
  if (camel) found.push(`code "${camel[0]}"`);
  const words = text.toLowerCase().split(/[^a-zæøå]+/);
  for (const state of STATES) {
    if (words.includes(state.toLowerCase())) found.push(`English state "${state}"`);
  }
  return found;
}

function label(group: 'actions' | 'entityTypes', code: string, lang: Language): string | null {
  const key = `${group}.${code}`;
  const text = translate('audit', key, lang);
  return text === key ? null : text;
}

describe('the check for internal terms', () => {
  it('finds a dotted key, a camelCase code and an English state name', () => {
    expect(internalTermsIn('meeting.setStatus')).not.toEqual([]);
    expect(internalTermsIn('Mødet er nu agendaPublished')).not.toEqual([]);
    expect(internalTermsIn('Dagsorden published')).not.toEqual([]);
    expect(internalTermsIn('Trinnet kan ikke gå fra "recommended"')).not.toEqual([]);
    expect(internalTermsIn('Dagsorden udsendt')).toEqual([]);
  });

  it('knows the state names of every state list', () => {
    expect(STATES).toEqual(expect.arrayContaining(['published', 'onAgenda', 'held', 'adopted']));
  });
});

describe('audit labels', () => {
  it.each(AUDIT_ACTIONS.map((a) => [a]))('action %s has a Danish and an English label', (code) => {
    const da = label('actions', code, 'da');
    const en = label('actions', code, 'en');
    expect(da, `Danish label of ${code}`).not.toBeNull();
    expect(en, `English label of ${code}`).not.toBeNull();
    expect(internalTermsIn(da ?? ''), `Danish label of ${code}: "${da}"`).toEqual([]);
    expect(da).not.toBe(en);
  });

  it.each(AUDIT_ENTITY_TYPES.map((a) => [a]))('entity type %s has labels', (code) => {
    const da = label('entityTypes', code, 'da');
    expect(da, `Danish label of ${code}`).not.toBeNull();
    expect(label('entityTypes', code, 'en'), `English label of ${code}`).not.toBeNull();
    expect(internalTermsIn(da ?? ''), `Danish label of ${code}: "${da}"`).toEqual([]);
  });

  it('has no two actions with the same Danish label, so the filter menu tells them apart', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const code of AUDIT_ACTIONS) {
      const da = label('actions', code, 'da') ?? code;
      const other = seen.get(da);
      if (other) clashes.push(`${other} / ${code}: "${da}"`);
      seen.set(da, code);
    }
    expect(clashes).toEqual([]);
  });
});
