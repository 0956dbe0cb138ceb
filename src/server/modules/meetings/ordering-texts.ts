/**
 * The words of an ordering warning, built from the same window the domain checked: the window
 * the dependency meeting must lie in (with both ends when it has two), the dependency meeting
 * nearest outside it, and, when no date could be suggested, why and what to do instead.
 */
import type { Bilingual } from '../../../shared/meetings.contract';
import type { OrderingWarning } from '../../../domain/meetings/index';
import { joinTexts, renderText, type TextParams } from './texts';

type Params = Record<string, string | number | Bilingual>;

const has = (p: OrderingWarning['params'], key: string): boolean => p[key] !== undefined;

/** True when the window is empty: the forum met again too soon for any dependency meeting. */
export function noRoom(w: OrderingWarning): boolean {
  const from = w.params.windowFrom;
  return typeof from === 'string' && from > String(w.params.windowTo);
}

/** "senest 21. december 2026 (mindst 1 dag(e) før mødet)", "mellem … og …", … */
function windowPhrase(w: OrderingWarning, params: TextParams): Bilingual {
  const p = w.params;
  const sameDay = p.minDays === 0;
  const key = has(p, 'maxDays')
    ? sameDay
      ? 'ordering.window.betweenSameDay'
      : 'ordering.window.between'
    : has(p, 'previousOwnDate')
      ? 'ordering.window.sinceOwn'
      : sameDay
        ? 'ordering.window.onOrBeforeSameDay'
        : 'ordering.window.onOrBefore';
  return renderText(key, params);
}

/** The dependency meeting nearest outside the window, or that the forum has none at all. */
function nearestPhrase(w: OrderingWarning, params: TextParams): Bilingual | null {
  const p = w.params;
  if (has(p, 'dependsOnEarlierDate')) {
    return renderText(
      has(p, 'previousOwnDate') ? 'ordering.nearest.earlierSinceOwn' : 'ordering.nearest.earlier',
      params,
    );
  }
  if (has(p, 'dependsOnDate')) {
    // An 'after' rule names its too-late meeting in the main sentence already.
    return w.code === 'ordering.afterTooSoon' ? null : renderText('ordering.nearest.later', params);
  }
  return renderText('ordering.nearest.none', params);
}

/** The full sentence(s) of a rule warning, with forum names in `names`. */
export function ruleWarningMessage(w: OrderingWarning, names: Params): Bilingual {
  const params: Params = { ...w.params, ...names };
  if (noRoom(w)) {
    const nearest = nearestPhrase(w, params);
    return joinTexts(renderText('ordering.noRoom', params), ...(nearest ? [nearest] : []));
  }
  const main = renderText(w.code, { ...params, window: windowPhrase(w, params) });
  const nearest = nearestPhrase(w, params);
  return nearest ? joinTexts(main, nearest) : main;
}

/** What to do about one rule no day meets: plan the missing dependency meeting. */
function fixFor(w: OrderingWarning, params: Params): Bilingual {
  if (noRoom(w)) return renderText('ordering.noDate.noRoom', params);
  return renderText('ordering.noDate.plan', { ...params, window: windowPhrase(w, params) });
}

/**
 * Why no date was suggested, for the warnings of one meeting: the days searched, for each rule
 * no day there meets the meeting that would have to be planned first, and the ways out.
 * Null when a date was suggested.
 */
export function noSuggestionMessage(
  warnings: readonly OrderingWarning[],
  namesOf: (w: OrderingWarning) => Params,
): Bilingual | null {
  const first = warnings[0];
  const info = first?.noSuggestion;
  if (!first || !info) return null;
  const parts: Bilingual[] = [
    renderText('ordering.noDate.searched', {
      searchFrom: info.searchFrom,
      searchTo: info.searchTo,
    }),
  ];
  for (const ruleId of info.unmetRuleIds) {
    const w = warnings.find((x) => x.ruleId === ruleId);
    if (!w) continue;
    const params: Params = { ...w.params, ...namesOf(w) };
    parts.push(renderText('ordering.noDate.unmet', { ...params, fix: fixFor(w, params) }));
  }
  if (info.unmetRuleIds.length === 0 && warnings.some((w) => w.ruleId !== null)) {
    parts.push(renderText('ordering.noDate.apart'));
  }
  parts.push(renderText('ordering.noDate.wayOut'));
  return joinTexts(...parts);
}
