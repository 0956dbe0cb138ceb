/**
 * The days the browser journeys plan on, on any real day. Until mid-December 2026 the meetings
 * journey plans in the 2022–2026 structure (a KKR meeting and the SSU, around the demo's anchor);
 * from then on in the structure after the 2027 reform (a KKR meeting and Sundhedsråd Fyn, around
 * `max(today, 2027-01-01)`). Shared by the demo's tests and e2e/fixtures/days.ts, so the demo
 * calendar is checked to leave the journey its room on every day.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import { demoAnchor, LAST_ANCHOR } from './meetings-demo.schedule';
import { councilAnchor } from './reform-demo.schedule';

/** The structure a journey plans in: the clusters and the SSU, or the health councils. */
export type JourneyEra = 'clusters' | 'councils';

/** The first Tuesday at least two weeks after `anchor`: a working day with working days around it. */
export function meetingDayAfter(anchor: IsoDate): IsoDate {
  let date = addDays(anchor, 14);
  while (new Date(`${date}T12:00:00Z`).getUTCDay() !== 2) date = addDays(date, 1);
  return date;
}

/** The last day the journey plans in the 2022–2026 structure. */
export const LAST_CLUSTER_JOURNEY_DAY: IsoDate = meetingDayAfter(LAST_ANCHOR);

/** Which structure the journey plans in on `today`. */
export function journeyEra(today: IsoDate): JourneyEra {
  return today <= LAST_CLUSTER_JOURNEY_DAY ? 'clusters' : 'councils';
}

/** The day the journey's meetings are planned around on `today`. */
export function journeyAnchor(today: IsoDate): IsoDate {
  return journeyEra(today) === 'clusters' ? demoAnchor(today) : councilAnchor(today);
}

/** The journey's KKR meeting day on `today`. */
export function journeyMeetingDay(today: IsoDate): IsoDate {
  return meetingDayAfter(journeyAnchor(today));
}

/** The forum the journey tries before the KKR meeting: the SSU, or Sundhedsråd Fyn. */
export function journeyFollowerForum(today: IsoDate): { key: string; name: string } {
  return journeyEra(today) === 'clusters'
    ? { key: 'ssu', name: 'Sundhedssamarbejdsudvalget' }
    : { key: 'sundhedsraad-fyn', name: 'Sundhedsråd Fyn' };
}
