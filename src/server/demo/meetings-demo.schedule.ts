/**
 * The demo's calendar, relative to a day (normally today): which fora meet when, and the ordering
 * rules between them. Pure, so the plan can be checked against the rules for any day.
 *
 * The dates also leave room for the browser journey in e2e/meetings.spec.ts, which puts a KKR
 * meeting on the first Tuesday at least 14 days ahead (D), tries the SSU five days before it and
 * expects the ordering warning to suggest D + 1: no demo KKR meeting falls between 21 days
 * before and 20 days after today, and the SSU's pre-meeting (forretningsudvalget) and
 * preparation (samarbejdsforum) are placed so that D + 1 satisfies them.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { OrderingRuleKind } from '../../shared/meetings.enums';
import { daysBetween, isWorkingDay, nextWorkingDay } from '../../domain/meetings/index';

/** The template collaboration the demo builds on. */
export const DEMO_COLLABORATION_KEY = 'south-denmark-2022';

/**
 * The latest day the demo is anchored on: its upcoming meetings must fall before the template's
 * fora end (2026-12-31). From then on the demo keeps the calendar of this day.
 */
export const LAST_ANCHOR: IsoDate = '2026-11-26';
/** The earliest anchor: its oldest case must lie after the template starts (2022-07-01). */
export const FIRST_ANCHOR: IsoDate = '2023-01-02';

/** The day the demo is planned around: today, kept within the template's lifetime. */
export function demoAnchor(today: IsoDate): IsoDate {
  if (today > LAST_ANCHOR) return LAST_ANCHOR;
  return today < FIRST_ANCHOR ? FIRST_ANCHOR : today;
}

/** The demo's meetings. */
export const DEMO_MEETING_KEYS = [
  'af1',
  'as1',
  'pf1',
  'ps1',
  'sf0',
  'kkr1',
  'fu1',
  'ssu1',
  'sf1',
  'af2',
  'fu2',
  'kkr2',
  'ssu2',
] as const;
export type DemoMeetingKey = (typeof DEMO_MEETING_KEYS)[number];

/** One planned meeting: the forum (template key), day, times, title and place. */
export interface DemoMeeting {
  key: DemoMeetingKey;
  forumKey: string;
  date: IsoDate;
  start: string;
  end: string;
  title: string;
  location: string;
}

const REGION_HOUSE = 'Regionshuset, Damhaven 12, Vejle';

/** Forum key, start, end, title and place of each meeting. */
const MEETINGS: Record<DemoMeetingKey, [string, string, string, string, string]> = {
  af1: ['administrativ-fyn', '09:00', '11:30', 'Administrativ klynge Fyn', 'OUH, Odense'],
  as1: [
    'administrativ-sonderjylland',
    '13:00',
    '15:30',
    'Administrativ klynge Sønderjylland',
    'Sygehus Sønderjylland, Aabenraa',
  ],
  pf1: ['politisk-fyn', '15:00', '17:00', 'Sundhedsklynge Fyn', 'Odense Rådhus'],
  ps1: [
    'politisk-sonderjylland',
    '15:00',
    '17:00',
    'Sundhedsklynge Sønderjylland',
    'Aabenraa Rådhus',
  ],
  sf0: ['samarbejdsforum', '09:00', '12:00', 'Samarbejdsforum', REGION_HOUSE],
  kkr1: ['kkr', '10:00', '13:00', 'KKR Syddanmark', 'Kolding Rådhus'],
  fu1: ['forretningsudvalg', '08:30', '10:00', 'Forretningsudvalget', 'Online'],
  ssu1: ['ssu', '14:00', '16:30', 'Sundhedssamarbejdsudvalget', REGION_HOUSE],
  sf1: ['samarbejdsforum', '09:00', '12:00', 'Samarbejdsforum', REGION_HOUSE],
  af2: ['administrativ-fyn', '09:00', '11:30', 'Administrativ klynge Fyn', 'OUH, Odense'],
  fu2: ['forretningsudvalg', '08:30', '10:00', 'Forretningsudvalget', 'Online'],
  kkr2: ['kkr', '10:00', '13:00', 'KKR Syddanmark', 'Kolding Rådhus'],
  ssu2: ['ssu', '14:00', '16:30', 'Sundhedssamarbejdsudvalget', REGION_HOUSE],
};

/**
 * The working day in `[from, to]` nearest to `nominal` (the later one on a tie); when the whole
 * window is closed (Easter, Christmas), the nearest working day outside it.
 */
export function pick(from: IsoDate, to: IsoDate, nominal: IsoDate): IsoDate {
  const inWindow: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) inWindow.push(d);
  const distance = (d: IsoDate) => Math.abs(daysBetween(nominal, d));
  const best = inWindow.reduce<IsoDate | null>(
    (b, d) => (b === null || distance(d) <= distance(b) ? d : b),
    null,
  );
  return best ?? nextWorkingDay(to);
}

/**
 * The days of the demo's meetings around `anchor` (T). Each meeting is placed in a window that
 * keeps the ordering rules (a preparing meeting before the meeting it prepares) and the room for
 * the e2e journey: the next KKR at least 21 days ahead, the next SSU after it, 3–4 weeks ahead,
 * the pre-meeting 11–15 days ahead, the last Samarbejdsforum in the past 2½ weeks.
 */
function demoDays(t: IsoDate): Record<DemoMeetingKey, IsoDate> {
  const at = (days: number) => addDays(t, days);
  const kkr2 = pick(at(21), at(24), at(22));
  const ssu2 = pick(maxDate(at(23), addDays(kkr2, 1)), at(28), at(25));
  const ssu1 = pick(at(-52), at(-46), at(-49));
  const ps1 = pick(at(-74), at(-66), at(-70));
  const pf1 = pick(at(-88), at(-80), at(-84));
  return {
    ssu2,
    kkr2,
    fu2: pick(maxDate(at(11), addDays(ssu2, -14)), at(15), at(13)),
    sf1: pick(maxDate(at(-17), addDays(ssu2, -42)), at(-1), at(-4)),
    af2: pick(at(2), at(10), at(6)),
    ssu1,
    kkr1: pick(addDays(ssu1, -10), addDays(ssu1, -1), addDays(ssu1, -7)),
    fu1: pick(addDays(ssu1, -14), addDays(ssu1, -1), addDays(ssu1, -4)),
    sf0: pick(addDays(ssu1, -42), addDays(ssu1, -7), addDays(ssu1, -21)),
    ps1,
    as1: pick(addDays(ps1, -35), addDays(ps1, -5), addDays(ps1, -21)),
    pf1,
    af1: pick(addDays(pf1, -35), addDays(pf1, -5), addDays(pf1, -21)),
  };
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The demo's meetings around `anchor`, oldest first. */
export function demoSchedule(anchor: IsoDate): DemoMeeting[] {
  const dates = demoDays(anchor);
  return DEMO_MEETING_KEYS.map((key) => {
    const [forumKey, start, end, title, location] = MEETINGS[key];
    return { key, forumKey, date: dates[key], start, end, title, location };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** An ordering rule between two fora of the template, by key. */
export interface DemoOrderingRule {
  kind: OrderingRuleKind;
  forumKey: string;
  dependsOnForumKey: string;
  minDaysBetween: number;
  maxDaysBetween: number | null;
  note: string;
}

const CLUSTERS = ['fyn', 'lillebaelt', 'sydvestjylland', 'sonderjylland'] as const;

/**
 * The rules of the South Danish organisation (seeds 002 and 004): the SSU meets after KKR, the
 * executive committee of the health directors' forum (the directors of the five municipalities in
 * the SSU) is the municipal pre-meeting before it, the cross-sector Samarbejdsforum prepares it,
 * and each administrative cluster prepares its political cluster. The day counts are proposals.
 */
export const DEMO_ORDERING_RULES: readonly DemoOrderingRule[] = [
  {
    kind: 'after',
    forumKey: 'ssu',
    dependsOnForumKey: 'kkr',
    minDaysBetween: 1,
    maxDaysBetween: null,
    note: 'SSU mødes efter KKR, så kommunerne har et fælles politisk mandat (seed 004).',
  },
  {
    kind: 'preMeeting',
    forumKey: 'ssu',
    dependsOnForumKey: 'forretningsudvalg',
    minDaysBetween: 0,
    maxDaysBetween: 14,
    note: 'Kommunalt formøde: direktørerne fra de fem SSU-kommuner forbereder kommunernes linje.',
  },
  {
    kind: 'prepares',
    forumKey: 'ssu',
    dependsOnForumKey: 'samarbejdsforum',
    minDaysBetween: 7,
    maxDaysBetween: 42,
    note: 'Samarbejdsforum mellem kommuner og region forbereder SSU-møderne.',
  },
  ...CLUSTERS.map((cluster) => ({
    kind: 'prepares' as const,
    forumKey: `politisk-${cluster}`,
    dependsOnForumKey: `administrativ-${cluster}`,
    minDaysBetween: 5,
    maxDaysBetween: 35,
    note: 'Den administrative klynge forbereder den politiske klynges møder.',
  })),
];
