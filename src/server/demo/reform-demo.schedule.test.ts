/**
 * The demo calendar after the reform keeps its ordering rule on every anchor from the reform to
 * 2030, holds no meeting before the reform, and leaves the browser journey its room (KKR on the
 * first Tuesday ≥ 14 days ahead, Sundhedsråd Fyn tried five days before, the warning suggesting
 * the day after the KKR meeting).
 */
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import {
  checkCalendar,
  isWorkingDay,
  type OrderingRule,
  type ScheduledMeeting,
} from '../../domain/meetings/index';
import {
  councilAnchor,
  councilSchedule,
  COUNCIL_ORDERING_RULES,
  REFORM_DATE,
} from './reform-demo.schedule';
import {
  journeyAnchor,
  journeyEra,
  journeyFollowerForum,
  journeyMeetingDay,
  LAST_CLUSTER_JOURNEY_DAY,
} from './journey-days';
import { journeyWarningMisses } from './test/journey-warning';

const rules: OrderingRule[] = COUNCIL_ORDERING_RULES.map((r, i) => ({
  id: `rule-${i}`,
  kind: r.kind,
  forumId: r.forumKey,
  dependsOnForumId: r.dependsOnForumKey,
  minDaysBetween: r.minDaysBetween,
  maxDaysBetween: r.maxDaysBetween,
}));

const scheduled = (anchor: IsoDate): ScheduledMeeting[] =>
  councilSchedule(anchor).map((m) => ({ id: m.key, forumId: m.forumKey, date: m.date }));

/** Every `step`th day from `from` to `to`. */
function days(from: IsoDate, to: IsoDate, step = 1): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, step)) out.push(d);
  return out;
}

// Every day of 2027 (Easter, Whitsun and Christmas included), then every third day to 2030.
const ANCHORS = [...days(REFORM_DATE, '2027-12-31'), ...days('2028-01-01', '2030-12-31', 3)];

describe('the demo calendar after the reform', () => {
  it('is anchored on today, never before the reform', () => {
    expect(councilAnchor('2026-12-06')).toBe(REFORM_DATE);
    expect(councilAnchor('2029-06-01')).toBe('2029-06-01');
    expect(councilSchedule(REFORM_DATE).every((m) => m.date > REFORM_DATE)).toBe(true);
    expect(councilSchedule('2029-06-01').some((m) => m.date < '2029-06-01')).toBe(true);
    expect(councilSchedule('2029-06-01').some((m) => m.date > '2029-06-01')).toBe(true);
  });

  it('breaks no ordering rule and meets on working days only, on every anchor', () => {
    const broken = ANCHORS.flatMap((anchor) => [
      ...checkCalendar(scheduled(anchor), rules).map((w) => `${anchor} ${w.meetingId} ${w.code}`),
      ...scheduled(anchor)
        .filter((m) => !isWorkingDay(m.date))
        .map((m) => `${anchor} ${m.id} closed`),
    ]);
    expect(broken).toEqual([]);
  });

  it('leaves the e2e journey its ordering warning and suggested date', () => {
    const wrong = journeyWarningMisses({
      days: ANCHORS,
      kkrDay: journeyMeetingDay,
      scheduled,
      rules,
      followerForumKey: 'sundhedsraad-fyn',
    });
    expect(wrong).toEqual([]);
  });
});

describe('the journey days', () => {
  it('plan in the clusters until mid-December 2026, then in the councils after the reform', () => {
    expect(journeyEra('2026-12-06')).toBe('clusters');
    expect(journeyEra(LAST_CLUSTER_JOURNEY_DAY)).toBe('clusters');
    expect(journeyEra(addDays(LAST_CLUSTER_JOURNEY_DAY, 1))).toBe('councils');
    expect(journeyFollowerForum('2027-01-02').key).toBe('sundhedsraad-fyn');
    for (const today of ['2026-12-20', '2026-12-30', '2027-01-02', '2029-06-01'] as const) {
      expect(journeyAnchor(today) >= REFORM_DATE).toBe(true);
      expect(addDays(journeyMeetingDay(today), -5) >= REFORM_DATE).toBe(true);
      expect(journeyMeetingDay(today) > today).toBe(true);
    }
  });
});
