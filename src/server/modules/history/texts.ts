/**
 * The texts of history problems, in Danish and English: dates written out, forum ids replaced
 * by names, the broken ordering rule and the refused case transition worded.
 */
import { DateTime } from 'luxon';
import type { HistoryIssue } from '../../../domain/history/index';
import type { HistoryProblem } from '../../../shared/history.contract';
import { history } from '../../../shared/i18n/history';
import type { TranslationTree } from '../../../shared/i18n/index';
import { AppError, type Text } from '../../platform/errors';
import { textOf as caseText } from '../cases/index';

type Params = Readonly<Record<string, string | number>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

function formatValue(value: string | number, lang: 'da' | 'en'): string {
  if (typeof value === 'number' || !ISO_DATE.test(value)) return String(value);
  const date = DateTime.fromISO(value, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
  return date.isValid ? date.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy') : value;
}

function render(key: string, params: Params, lang: 'da' | 'en'): string {
  const tree = history[lang] as unknown as TranslationTree;
  return lookup(tree, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(value, lang);
  });
}

/** A text of the `history` namespace in both languages. */
export function historyText(key: string, params: Params = {}): Text {
  return { da: render(key, params, 'da'), en: render(key, params, 'en') };
}

/** A history problem with its texts; `names` maps forum ids to names. */
export function presentIssue(
  issue: { code: string; params: Params },
  names: ReadonlyMap<string, string>,
): HistoryProblem {
  const p = issue.params;
  const forum = (id: unknown) => names.get(String(id ?? '')) ?? String(id ?? '');
  const extra = (lang: 'da' | 'en'): Record<string, string> => {
    const out: Record<string, string> = {};
    if (p.forumId !== undefined) out.forum = forum(p.forumId);
    if (p.dependsOnForumId !== undefined) out.dependsOn = forum(p.dependsOnForumId);
    if (issue.code === 'history.caseRule') {
      const { step: _step, rule, ...rest } = p;
      out.ruleText = caseText('cases', `errors.${String(rule)}`, rest)[lang];
    } else if (p.rule !== undefined) {
      out.ruleText = render(`rules.${String(p.rule)}`, {}, lang);
    }
    return out;
  };
  const key = issue.code.replace(/^history\./, 'problems.');
  return {
    code: issue.code,
    params: p,
    message: {
      da: render(key, { ...p, ...extra('da') }, 'da'),
      en: render(key, { ...p, ...extra('en') }, 'en'),
    },
  };
}

/** Presents domain issues. */
export function presentIssues(
  issues: readonly HistoryIssue[],
  names: ReadonlyMap<string, string>,
): HistoryProblem[] {
  return issues.map((i) => presentIssue(i, names));
}

/** The 422 refusing a record: the first problem in the detail, all of them in `extra`. */
export function refusal(problems: readonly HistoryProblem[]): AppError {
  const first = problems[0]?.message ?? { da: '', en: '' };
  const key = problems.length > 1 ? 'errors.refusedMany' : 'errors.refused';
  const detail = {
    da: render(key, { first: first.da, count: problems.length }, 'da'),
    en: render(key, { first: first.en, count: problems.length }, 'en'),
  };
  return new AppError('unprocessable', detail, { extra: { problems } });
}
