/**
 * Renders the organisation namespace's texts in both languages without an i18next instance, so
 * the server can put `message: { da, en }` on every breach and validation error, and the web app
 * can word the same codes the same way. Enum-valued params (party kinds, roles, offices, rule
 * kinds, reasons) are translated; lists are joined; a missing value is shown as a dash.
 */
import { organisation } from './i18n/organisation';
import type { TranslationTree } from './i18n/index';
import type { BreachCode } from './organisation.enums';
import type { BornRule } from './organisation.rules';

/** A text in Danish and English. */
export interface BilingualText {
  da: string;
  en: string;
}

/** The values a text interpolates. */
export type MessageParams = Readonly<Record<string, string | number | null | readonly string[]>>;

type Lang = 'da' | 'en';

/** Params whose values are enum codes with labels of their own in the namespace. */
const ENUM_LABELS: Readonly<Record<string, string>> = {
  partyKind: 'partyKind',
  otherPartyKind: 'partyKind',
  substituteOffice: 'office',
  areaKind: 'areaKind',
  status: 'verificationStatus',
  role: 'role',
  office: 'office',
  ruleKind: 'ruleKind',
  reason: 'bornRuleEmptyReason',
  forumKind: 'forumKind',
  forumKindDefinite: 'forumKindDefinite',
  level: 'forumLevel',
  scope: 'scope',
  entity: 'entity',
};

function lookup(lang: Lang, dotted: string): string | undefined {
  let node: string | TranslationTree | undefined = organisation[lang] as TranslationTree;
  for (const part of dotted.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{{name}}` placeholders; unknown names become empty. */
export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, name: string) => values[name] ?? '');
}

function formatValue(lang: Lang, name: string, value: MessageParams[string]): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.join(' → ');
  const group = ENUM_LABELS[name];
  if (group !== undefined && typeof value === 'string') {
    return lookup(lang, `${group}.${value}`) ?? value;
  }
  return String(value);
}

function formatParams(lang: Lang, params: MessageParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) out[name] = formatValue(lang, name, value);
  // "varetages af kommunerne": a party kind as a group.
  if (typeof params.partyKind === 'string') {
    out.partyKinds = lookup(lang, `partyKindPlural.${params.partyKind}`) ?? params.partyKind;
  }
  if (typeof params.otherPartyKind === 'string') {
    out.otherPartyKinds =
      lookup(lang, `partyKindPlural.${params.otherPartyKind}`) ?? params.otherPartyKind;
  }
  // "+1" / "−1": a difference with its sign.
  if (typeof params.difference === 'number') {
    out.difference = params.difference < 0 ? `− ${-params.difference}` : `+ ${params.difference}`;
  }
  // "The seat X (Vejle) is vacant": the party or cluster a vacancy belongs to, when known.
  const seatFor = params.partyName ?? params.clusterName ?? null;
  out.seatFor = typeof seatFor === 'string' ? ` (${seatFor})` : '';
  return out;
}

function pluralKey(lang: Lang, key: string, params: MessageParams): string {
  const count = params.count;
  if (typeof count !== 'number') return key;
  const suffixed = `${key}_${count === 1 ? 'one' : 'other'}`;
  return lookup(lang, suffixed) === undefined ? key : suffixed;
}

function render(lang: Lang, key: string, params: MessageParams): string {
  const template = lookup(lang, pluralKey(lang, key, params)) ?? key;
  return interpolate(template, formatParams(lang, params));
}

/** A text of the organisation namespace (dotted key) in both languages. */
export function orgText(key: string, params: MessageParams = {}): BilingualText {
  return { da: render('da', key, params), en: render('en', key, params) };
}

/** The label of an enum value, e.g. `orgLabel('office', 'mayor')` → borgmester / mayor. */
export function orgLabel(group: string, value: string): BilingualText {
  return {
    da: lookup('da', `${group}.${value}`) ?? value,
    en: lookup('en', `${group}.${value}`) ?? value,
  };
}

/** The message of a breach, from its i18n code and params. */
export function breachMessage(breach: { code: BreachCode; params: MessageParams }): BilingualText {
  return orgText(breach.code, breach.params);
}

/** Names the born-rule explanation needs; unknown ids give null. */
export interface BornRuleNames {
  forumName: (forumId: string) => string | null;
  clusterName: (clusterId: string) => string | null;
  /** The cluster of the forum the seat belongs to (for `forumCluster`). */
  ownClusterName: string | null;
  /** A party's name (for `{ of: 'parties' }`); unknown ids give null. */
  partyName?: (partyId: string) => string | null;
}

function ruleParts(rule: BornRule, names: BornRuleNames): { key: string; params: MessageParams } {
  switch (rule.kind) {
    case 'officeHolders': {
      const p = rule.parties;
      const clusterName =
        p.of === 'cluster'
          ? names.clusterName(p.clusterId)
          : p.of === 'forumCluster'
            ? names.ownClusterName
            : null;
      const partyNames =
        p.of === 'parties' ? p.partyIds.map((id) => names.partyName?.(id) ?? id).join(', ') : null;
      const params = {
        office: rule.office,
        clusterName,
        partyKind: p.of === 'collaboration' ? p.partyKind : null,
        partyNames,
      };
      return { key: `bornRule.officeHolders.${p.of}`, params };
    }
    case 'roleHolders': {
      const f = rule.forums;
      if (f.of === 'clusterForums') {
        return {
          key: 'bornRule.roleHolders.clusterForums',
          params: { role: rule.role, forumKindDefinite: f.forumKind },
        };
      }
      const forumNames = f.forumIds.map((id) => names.forumName(id) ?? '–');
      return { key: 'bornRule.roleHolders.forums', params: { role: rule.role, forumNames } };
    }
    case 'officeHoldersOfRepresented': {
      const params = {
        office: rule.office,
        role: rule.role ?? null,
        forumName: names.forumName(rule.forumId),
      };
      const variant = rule.role === undefined ? 'any' : 'role';
      return { key: `bornRule.officeHoldersOfRepresented.${variant}`, params };
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

/**
 * A human explanation of a born rule, e.g. "Født plads: Borgmester i hver kommune i Fyn" /
 * "Born seat: Mayor of each municipality in Fyn".
 */
export function bornRuleText(rule: BornRule, names: BornRuleNames): BilingualText {
  const { key, params } = ruleParts(rule, names);
  const explain = (lang: Lang): string => {
    const base = capitalise(render(lang, key, params));
    const partyKind = rule.kind === 'officeHolders' ? undefined : rule.partyKind;
    const withKind =
      partyKind === undefined
        ? base
        : render(lang, 'bornRule.onlyPartyKind', { rule: base, partyKind });
    const substitute = rule.kind === 'officeHolders' ? rule.substitute : undefined;
    const withSubstitute =
      substitute === undefined
        ? withKind
        : render(lang, 'bornRule.substitute', {
            rule: withKind,
            substituteOffice: substitute.office,
          });
    return render(lang, 'bornRule.born', { rule: withSubstitute });
  };
  return { da: explain('da'), en: explain('en') };
}
