/**
 * Who sat in which forum when: the derived membership (members, function holders, secretaries,
 * attendees and their substitutes) replayed over every day the organisation changes, as unbroken
 * periods per forum and person. Between two change days nothing changes, so evaluating each
 * change day once gives the exact membership of every day. The server stores the periods so
 * closed items and confidential cases can be filtered in SQL (docs/decisions/013).
 */
import { addDays, type IsoDate } from '../../shared/dates';
import { stateOn } from './as-of';
import { createMemberEvaluator, deriveAllMembers } from './members';
import type { OrgSnapshot } from './types';

/** One person's membership of one forum (entityId) from `validFrom` to `validTo` (inclusive; null: open). */
export interface MemberPeriod {
  forumId: string;
  personId: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

interface Dated {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** Every day on which some row of the snapshot starts or stops being valid, in order. */
export function changeDates(snapshot: OrgSnapshot): IsoDate[] {
  const dates = new Set<IsoDate>();
  const rows: readonly Dated[] = [
    ...snapshot.parties,
    ...snapshot.clusters,
    ...snapshot.clusterMemberships,
    ...snapshot.fora,
    ...snapshot.seats,
    ...snapshot.officeHoldings,
    ...snapshot.appointments,
    ...snapshot.compositionRules,
  ];
  for (const row of rows) {
    dates.add(row.validFrom);
    if (row.validTo !== null) dates.add(addDays(row.validTo, 1));
  }
  return [...dates].sort();
}

/** The persons (member and substitute) sitting in each forum on one day, as `forum|person` keys. */
function sittingOn(snapshot: OrgSnapshot, date: IsoDate): Set<string> {
  const state = stateOn(snapshot, date);
  const keys = new Set<string>();
  for (const [forumId, result] of deriveAllMembers(state, createMemberEvaluator(state))) {
    if (!result.ok) continue;
    for (const m of result.members) {
      if (m.isVacant) continue;
      if (m.personId !== null) keys.add(`${forumId}|${m.personId}`);
      if (m.substitutePersonId !== null) keys.add(`${forumId}|${m.substitutePersonId}`);
    }
  }
  return keys;
}

/** Every membership period of the snapshot, ordered by forum, person and start. */
export function memberPeriods(snapshot: OrgSnapshot): MemberPeriod[] {
  const open = new Map<string, IsoDate>();
  const periods: MemberPeriod[] = [];
  const close = (key: string, from: IsoDate, to: IsoDate | null) => {
    const [forumId = '', personId = ''] = key.split('|');
    periods.push({ forumId, personId, validFrom: from, validTo: to });
  };
  for (const date of changeDates(snapshot)) {
    const sitting = sittingOn(snapshot, date);
    for (const [key, from] of open) {
      if (sitting.has(key)) continue;
      close(key, from, addDays(date, -1));
      open.delete(key);
    }
    for (const key of sitting) if (!open.has(key)) open.set(key, date);
  }
  for (const [key, from] of open) close(key, from, null);
  return periods.sort(
    (a, b) =>
      a.forumId.localeCompare(b.forumId) ||
      a.personId.localeCompare(b.personId) ||
      a.validFrom.localeCompare(b.validFrom),
  );
}
