/**
 * What happens at each demo meeting: the items on its agenda (case steps and free items), how
 * far its agenda and minutes go, and when each case was raised. Pure data over the schedule.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { DemoMeeting, DemoMeetingKey } from './meetings-demo.schedule';
import { ITEMS, STEP_TEXTS, type DemoCaseKey, type FreeItem } from './meetings-demo.texts';

/** An agenda item: a case's step in the meeting's forum, or a free item. */
export type DemoItem = { case: DemoCaseKey } | { free: keyof typeof ITEMS };

/**
 * How far an agenda is taken: minutes approved by the members (the demo member approves) or
 * closed by the secretariat, minutes sent for approval (the meeting held), an agenda published,
 * in review with the SSU's vice-chair, or a draft.
 */
export type AgendaEnd =
  'approvedByMembers' | 'approvalClosed' | 'sentForApproval' | 'published' | 'inReview' | 'draft';

const c = (key: DemoCaseKey): DemoItem => ({ case: key });
const f = (key: keyof typeof ITEMS): DemoItem => ({ free: key });

/** Each meeting's items and how far its agenda and minutes go. */
export const AGENDAS: Record<DemoMeetingKey, { items: DemoItem[]; end: AgendaEnd }> = {
  af1: { items: [c('kol'), f('plan')], end: 'approvalClosed' },
  as1: { items: [c('udskrivning'), f('plan')], end: 'approvalClosed' },
  pf1: { items: [f('agenda'), c('kol')], end: 'approvedByMembers' },
  ps1: { items: [f('agenda'), c('udskrivning'), c('ivBehandling')], end: 'approvalClosed' },
  sf0: { items: [f('prepareSsu'), f('plan')], end: 'approvalClosed' },
  kkr1: { items: [f('agenda'), c('ivBehandling'), f('plan')], end: 'approvedByMembers' },
  fu1: { items: [f('prepareSsu')], end: 'approvalClosed' },
  ssu1: {
    items: [f('agenda'), c('udskrivning'), f('clusters'), f('closedPast')],
    end: 'approvedByMembers',
  },
  sf1: { items: [c('kol'), f('prepareSsu')], end: 'sentForApproval' },
  af2: { items: [c('akutteamFyn'), f('kolFollowUp')], end: 'published' },
  fu2: { items: [f('prepareSsu'), f('plan')], end: 'published' },
  kkr2: { items: [f('mandate')], end: 'draft' },
  ssu2: {
    items: [f('agenda'), c('kol'), c('ivBehandling'), f('closedUpcoming'), f('clusters')],
    end: 'inReview',
  },
};

/**
 * How far an agenda goes when the demo is made for `today`: the plan is written for the anchor
 * day, so a meeting the plan still has ahead but that lies before `today` (the anchor is kept
 * inside the 2022–2026 structure) has been held, with its minutes' approval closed.
 */
export function agendaEndOn(planned: AgendaEnd, meetingDate: IsoDate, today: IsoDate): AgendaEnd {
  if (meetingDate >= today) return planned;
  return planned === 'draft' || planned === 'inReview' || planned === 'published'
    ? 'approvalClosed'
    : planned;
}

/** When each case was raised: before its first meeting; the recurring ones recently. */
export function raisedOn(
  schedule: readonly DemoMeeting[],
  anchor: IsoDate,
): Record<DemoCaseKey, IsoDate> {
  const date = (k: DemoMeetingKey) => schedule.find((m) => m.key === k)?.date ?? anchor;
  return {
    kol: addDays(date('af1'), -20),
    udskrivning: addDays(date('as1'), -20),
    ivBehandling: addDays(date('ps1'), -14),
    akutteamFyn: addDays(anchor, -20),
    akutteamSyd: addDays(anchor, -12),
  };
}

/** The free item behind an item, if it is one. */
export function freeItemOf(item: DemoItem): FreeItem | null {
  return 'free' in item ? ITEMS[item.free] : null;
}

/** The recommendation and decision of an item at a meeting of `forumKey`. */
export function textsOf(
  item: DemoItem,
  forumKey: string,
): { recommendation?: string; decision?: string } {
  return freeItemOf(item) ?? ('case' in item ? (STEP_TEXTS[item.case]?.[forumKey] ?? {}) : {});
}
