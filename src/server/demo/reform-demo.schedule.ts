/**
 * The demo's calendar after the 2027 reform, relative to a day (normally today): the South Danish
 * health councils and KKR Syddanmark meet around `max(today, REFORM_DATE)`, so the demo shows a
 * recent past and a near future on any day from 2027 on, and a first season of council meetings
 * before then. Meetings that would fall before the reform are left out (the councils do not exist
 * yet). Pure, so the plan can be checked against the ordering rule for any day.
 *
 * As for the 2022–2026 calendar (meetings-demo.schedule.ts), the dates leave room for the browser
 * journey in e2e/meetings.spec.ts, which after the reform puts a KKR meeting on the first Tuesday
 * at least 14 days after the anchor (D), tries Sundhedsråd Fyn five days before it and expects the
 * ordering warning to suggest D + 1: no demo KKR meeting falls between 21 days before and 20 days
 * after the anchor.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { DemoOrderingRule } from './meetings-demo.schedule';
import { maxDate, pick } from './meetings-demo.schedule';

/** The first day of the 2027 structure (REFORM-2027-NOTES.md §1: LOV nr 699, § 2). */
export const REFORM_DATE: IsoDate = '2027-01-01';
/** The successor collaboration's key (templates/syddanmark-2027.yaml). */
export const SUCCESSOR_COLLABORATION_KEY = 'syddanmark-2027';
/** The successor template's file name under templates/. */
export const SUCCESSOR_TEMPLATE = 'syddanmark-2027.yaml';

/** The four South Danish health councils' forum keys, by the cluster they succeed. */
export const COUNCIL_OF_CLUSTER = {
  fyn: 'sundhedsraad-fyn',
  lillebaelt: 'sundhedsraad-lillebaelt',
  sydvestjylland: 'sundhedsraad-sydvestjylland',
  sonderjylland: 'sundhedsraad-sonderjylland',
} as const;

/** The day the post-reform calendar is planned around: today, but never before the reform. */
export function councilAnchor(today: IsoDate): IsoDate {
  return maxDate(today, REFORM_DATE);
}

export const COUNCIL_MEETING_KEYS = ['kkrA', 'rfA', 'rsA', 'rsB', 'kkrB', 'rfB'] as const;
export type CouncilMeetingKey = (typeof COUNCIL_MEETING_KEYS)[number];

/** One planned meeting after the reform. */
export interface CouncilMeeting {
  key: CouncilMeetingKey;
  forumKey: string;
  date: IsoDate;
  start: string;
  end: string;
  title: string;
  location: string;
}

const MEETINGS: Record<CouncilMeetingKey, [string, string, string, string, string]> = {
  kkrA: ['kkr', '10:00', '13:00', 'KKR Syddanmark', 'Kolding Rådhus'],
  rfA: ['sundhedsraad-fyn', '15:00', '17:30', 'Sundhedsråd Fyn', 'OUH, Odense'],
  rsA: [
    'sundhedsraad-sonderjylland',
    '15:00',
    '17:30',
    'Sundhedsråd Sønderjylland',
    'Sygehus Sønderjylland, Aabenraa',
  ],
  rsB: [
    'sundhedsraad-sonderjylland',
    '15:00',
    '17:30',
    'Sundhedsråd Sønderjylland',
    'Sygehus Sønderjylland, Aabenraa',
  ],
  kkrB: ['kkr', '10:00', '13:00', 'KKR Syddanmark', 'Kolding Rådhus'],
  rfB: ['sundhedsraad-fyn', '15:00', '17:30', 'Sundhedsråd Fyn', 'OUH, Odense'],
};

/** The days of the post-reform meetings around the anchor `t`. */
function councilDays(t: IsoDate): Record<CouncilMeetingKey, IsoDate> {
  const at = (days: number) => addDays(t, days);
  const kkrB = pick(at(21), at(24), at(22));
  const kkrA = pick(at(-52), at(-46), at(-49));
  return {
    kkrA,
    rfA: pick(addDays(kkrA, 2), addDays(kkrA, 9), addDays(kkrA, 6)),
    rsA: pick(at(-80), at(-70), at(-75)),
    rsB: pick(at(2), at(10), at(6)),
    kkrB,
    rfB: pick(maxDate(at(23), addDays(kkrB, 1)), at(28), at(25)),
  };
}

/**
 * The post-reform meetings around the anchor, oldest first, leaving out those before the reform
 * date (on the first anchor, 1 January 2027, only the upcoming ones remain).
 */
export function councilSchedule(anchor: IsoDate): CouncilMeeting[] {
  const dates = councilDays(anchor);
  return (
    COUNCIL_MEETING_KEYS.map((key) => {
      const [forumKey, start, end, title, location] = MEETINGS[key];
      return { key, forumKey, date: dates[key], start, end, title, location };
    })
      // Before the reform nothing meets; Fyn's first meeting follows a KKR meeting, so it goes too.
      .filter((m) => m.date >= REFORM_DATE && (m.key !== 'rfA' || dates.kkrA >= REFORM_DATE))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  );
}

/**
 * The ordering rule of the demo after the reform: a health council meets after KKR, so the
 * municipalities bring a common political line. This is the demo's proposal, not a documented
 * rule (the councils' procedures are unverified, REFORM-2027-NOTES.md §3).
 */
export const COUNCIL_ORDERING_RULES: readonly DemoOrderingRule[] = [
  {
    kind: 'after',
    forumKey: 'sundhedsraad-fyn',
    dependsOnForumKey: 'kkr',
    minDaysBetween: 1,
    maxDaysBetween: null,
    note: 'Demoens forslag: sundhedsrådet mødes efter KKR, så kommunerne har en fælles politisk linje (ikke en dokumenteret regel).',
  },
];
