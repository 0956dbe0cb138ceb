/**
 * Property tests of the ordering rule's explanation against its suggestion (issue 11, point 2):
 * for random dependencies, meeting dates and day gaps, the window a warning states is the one
 * the rule checks, a suggested date satisfies every rule, and "no date" means none in the
 * stated search range. The oracle is a naive restatement of the rule, not the code under test.
 * Dates are explicit (around Christmas 2026 and Easter 2027), never today.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../shared/dates';
import { isWorkingDay } from './calendar';
import {
  checkMeeting,
  groupMeetingsByForum,
  SUGGESTION_HORIZON_DAYS,
  type OrderingRule,
  type ScheduledMeeting,
} from './ordering';

const BASE: IsoDate = '2026-11-02';
const day = (offset: number): IsoDate => addDays(BASE, offset);

interface Scenario {
  rules: OrderingRule[];
  meetings: ScheduledMeeting[];
  /** The meeting checked: new (no id) or one of forum A's meetings moved. */
  checked: { id?: string; forumId: string; date: IsoDate };
}

const ruleArb = (dependsOnForumId: string, index: number) =>
  fc
    .record({
      kind: fc.constantFrom('after' as const, 'preMeeting' as const, 'prepares' as const),
      min: fc.integer({ min: 0, max: 21 }),
      extra: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    })
    .map(({ kind, min, extra }): OrderingRule => ({
      id: `r${index}`,
      kind,
      forumId: 'A',
      dependsOnForumId,
      minDaysBetween: min,
      maxDaysBetween: extra === null ? null : min + extra,
    }));

const datesArb = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: max }).map((xs) => xs.map(day));

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    rules: fc.tuple(ruleArb('B', 0), fc.option(ruleArb('C', 1), { nil: null })),
    b: datesArb(6),
    c: datesArb(6),
    own: datesArb(4),
    offset: fc.integer({ min: 0, max: 220 }),
    move: fc.boolean(),
  })
  .map(({ rules, b, c, own, offset, move }) => {
    const meetings: ScheduledMeeting[] = [
      ...b.map((date, i) => ({ id: `b${i}`, forumId: 'B', date })),
      ...c.map((date, i) => ({ id: `c${i}`, forumId: 'C', date })),
      ...own.map((date, i) => ({ id: `a${i}`, forumId: 'A', date })),
    ];
    const moved = move && own.length > 0 ? 'a0' : undefined;
    return {
      rules: rules.filter((r): r is OrderingRule => r !== null),
      meetings,
      checked: { ...(moved ? { id: moved } : {}), forumId: 'A', date: day(offset) },
    };
  });

/** The rule restated naively: a dependency meeting within the gap, since our last meeting. */
function naiveRuleHolds(s: Scenario, rule: OrderingRule, date: IsoDate): boolean {
  const own = s.meetings.filter((m) => m.forumId === 'A' && m.id !== s.checked.id);
  const previous = own.map((m) => m.date).filter((d) => d < date);
  const last = previous.length === 0 ? null : previous.sort()[previous.length - 1]!;
  return s.meetings.some((m) => {
    if (m.forumId !== rule.dependsOnForumId) return false;
    if (m.date > addDays(date, -rule.minDaysBetween)) return false;
    if (rule.maxDaysBetween != null) return m.date >= addDays(date, -rule.maxDaysBetween);
    return last === null || m.date > last;
  });
}

const naiveOk = (s: Scenario, date: IsoDate, rules = s.rules): boolean =>
  isWorkingDay(date) && rules.every((r) => naiveRuleHolds(s, r, date));

const check = (s: Scenario, date = s.checked.date) =>
  checkMeeting({ ...s.checked, date }, s.rules, groupMeetingsByForum(s.meetings));

const RUNS = { numRuns: 150 };

describe('ordering rule: explanation against suggestion (properties)', () => {
  it('warns exactly when the rule is broken, and states the window it checked', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const warnings = check(s);
        const date = s.checked.date;
        expect(warnings.length === 0).toBe(naiveOk(s, date));
        for (const rule of s.rules) {
          const w = warnings.find((x) => x.ruleId === rule.id);
          expect(w === undefined, rule.id).toBe(naiveRuleHolds(s, rule, date));
          if (!w) continue;
          expect(w.params.windowTo).toBe(addDays(date, -rule.minDaysBetween));
          const from = w.params.windowFrom as IsoDate | undefined;
          if (rule.maxDaysBetween != null) {
            expect(from).toBe(addDays(date, -rule.maxDaysBetween));
          } else if (w.params.previousOwnDate !== undefined) {
            expect(from).toBe(addDays(String(w.params.previousOwnDate), 1));
          }
          const deps = s.meetings.filter((m) => m.forumId === rule.dependsOnForumId);
          const inWindow = deps.filter(
            (m) => m.date <= String(w.params.windowTo) && (from === undefined || m.date >= from),
          );
          expect(inWindow).toEqual([]);
          // The meetings the explanation names lie outside the window, on the side it says.
          if (w.params.dependsOnDate !== undefined)
            expect(String(w.params.dependsOnDate) > String(w.params.windowTo)).toBe(true);
          if (w.params.dependsOnEarlierDate !== undefined)
            expect(String(w.params.dependsOnEarlierDate) < String(from)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a suggested date satisfies every rule, lies in the search range and is the earliest', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const warnings = check(s);
        const suggested = warnings[0]?.suggestedDate ?? null;
        if (suggested === null) return;
        const date = s.checked.date;
        expect(
          warnings.every((w) => w.suggestedDate === suggested && w.noSuggestion === null),
        ).toBe(true);
        expect(suggested >= date).toBe(true);
        expect(suggested <= addDays(date, SUGGESTION_HORIZON_DAYS)).toBe(true);
        expect(check(s, suggested)).toEqual([]);
        expect(naiveOk(s, suggested)).toBe(true);
        for (let d = date; d < suggested; d = addDays(d, 1)) expect(naiveOk(s, d), d).toBe(false);
      }),
      RUNS,
    );
  });

  it('"no date" means no working day in the stated search range meets the rules', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const warnings = check(s);
        if (warnings.length === 0 || warnings[0]!.suggestedDate !== null) return;
        const info = warnings[0]!.noSuggestion;
        expect(info).not.toBeNull();
        if (!info) return;
        expect(info.searchFrom).toBe(s.checked.date);
        expect(info.searchTo).toBe(addDays(s.checked.date, SUGGESTION_HORIZON_DAYS));
        const unmet = s.rules.filter((r) => info.unmetRuleIds.includes(r.id));
        for (let d = info.searchFrom; d <= info.searchTo; d = addDays(d, 1)) {
          expect(naiveOk(s, d), d).toBe(false);
          for (const r of unmet) expect(naiveOk(s, d, [r]), `${r.id} ${d}`).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});
