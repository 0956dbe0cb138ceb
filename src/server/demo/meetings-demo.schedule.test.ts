/**
 * The demo calendar keeps its own ordering rules on every anchor day, and leaves room for the
 * browser journey of e2e/meetings.spec.ts (KKR on the first Tuesday ≥ 14 days ahead, SSU tried
 * five days before it, the warning suggesting the day after the KKR meeting).
 */
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import {
  checkCalendar,
  type OrderingRule,
  type ScheduledMeeting,
} from '../../domain/meetings/index';
import {
  DEMO_ORDERING_RULES,
  demoAnchor,
  demoSchedule,
  FIRST_ANCHOR,
  LAST_ANCHOR,
} from './meetings-demo.schedule';
import { meetingDayAfter } from './journey-days';
import { journeyWarningMisses } from './test/journey-warning';

const rules: OrderingRule[] = DEMO_ORDERING_RULES.map((r, i) => ({
  id: `rule-${i}`,
  kind: r.kind,
  forumId: r.forumKey,
  dependsOnForumId: r.dependsOnForumKey,
  minDaysBetween: r.minDaysBetween,
  maxDaysBetween: r.maxDaysBetween,
}));

const schedules = new Map<IsoDate, ReturnType<typeof demoSchedule>>();
/** The schedule of an anchor (computed once per test file). */
function scheduleOf(anchor: IsoDate): ReturnType<typeof demoSchedule> {
  const known = schedules.get(anchor);
  if (known) return known;
  const made = demoSchedule(anchor);
  schedules.set(anchor, made);
  return made;
}

const scheduled = (anchor: IsoDate): ScheduledMeeting[] =>
  scheduleOf(anchor).map((m) => ({ id: m.key, forumId: m.forumKey, date: m.date }));

/** Every day from `from` to `to`. */
function days(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

// A year of anchors: every weekday, Christmas 2025, Easter and Whitsun 2026 included.
const ANCHORS = days('2025-11-15', LAST_ANCHOR);

describe('the demo calendar', () => {
  it('keeps the anchor within the template', () => {
    expect(demoAnchor('2027-03-01')).toBe(LAST_ANCHOR);
    expect(demoAnchor('2020-01-01')).toBe(FIRST_ANCHOR);
    expect(demoAnchor('2025-05-05')).toBe('2025-05-05');
    const last = demoSchedule(LAST_ANCHOR);
    expect(last.every((m) => m.date <= '2026-12-31')).toBe(true);
    expect(demoSchedule(FIRST_ANCHOR).every((m) => m.date >= '2022-07-01')).toBe(true);
  });

  it('breaks no ordering rule and meets on working days only, on every anchor', () => {
    const broken = ANCHORS.flatMap((anchor) =>
      checkCalendar(scheduled(anchor), rules).map((w) => `${anchor} ${w.meetingId} ${w.code}`),
    );
    expect(broken).toEqual([]);
  });

  it('has past and upcoming meetings in the right order', () => {
    for (const anchor of ANCHORS) {
      const byKey = new Map(scheduleOf(anchor).map((m) => [m.key, m.date]));
      const at = (key: string) => byKey.get(key as never) ?? '';
      expect(at('kkr1') < at('ssu1') && at('kkr2') < at('ssu2'), anchor).toBe(true);
      expect(at('sf1') < anchor && at('af2') > anchor, anchor).toBe(true);
    }
  });

  it('leaves the e2e journey its ordering warning and suggested date', () => {
    const wrong = journeyWarningMisses({
      days: ANCHORS,
      kkrDay: meetingDayAfter,
      scheduled,
      rules,
      followerForumKey: 'ssu',
    });
    expect(wrong).toEqual([]);
  });
});
