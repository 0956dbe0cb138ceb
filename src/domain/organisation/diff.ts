/**
 * Differences between two derivations of members: before and after a change of an office
 * holder or an appointment (or between two days). "When an office holder changes, every derived
 * seat follows, with an audit row": the server writes one audit row per entry of this diff.
 */
import { memberSlot } from './members';
import type { Member } from './members.types';

/** The member fields whose change is worth an audit row. */
export const MEMBER_DIFF_FIELDS = [
  'personId',
  'partyEntityId',
  'clusterEntityId',
  'roles',
  'isVacant',
  'substitutePersonId',
] as const;
export type MemberDiffField = (typeof MEMBER_DIFF_FIELDS)[number];

/** The same place (`memberSlot`) with different content. */
export interface MemberChange {
  before: Member;
  after: Member;
  fields: MemberDiffField[];
}

/** What moved between two derivations. */
export interface MembersDiff {
  added: Member[];
  removed: Member[];
  changed: MemberChange[];
}

function groupBySlot(members: readonly Member[]): Map<string, Member[]> {
  const groups = new Map<string, Member[]>();
  for (const m of members) groups.set(memberSlot(m), [...(groups.get(memberSlot(m)) ?? []), m]);
  return groups;
}

function changedFields(before: Member, after: Member): MemberDiffField[] {
  return MEMBER_DIFF_FIELDS.filter((field) =>
    field === 'roles'
      ? [...before.roles].sort().join() !== [...after.roles].sort().join()
      : before[field] !== after[field],
  );
}

/** Pairs two groups of one slot: same person first, then the rest in order. */
function pairSlot(before: Member[], after: Member[], diff: MembersDiff): void {
  const rest = [...after];
  const unmatched: Member[] = [];
  for (const b of before) {
    const i = rest.findIndex((a) => a.personId !== null && a.personId === b.personId);
    if (i < 0) {
      unmatched.push(b);
      continue;
    }
    const [a] = rest.splice(i, 1);
    if (a !== undefined) pushChange(b, a, diff);
  }
  unmatched.forEach((b, i) => {
    const a = rest[i];
    if (a === undefined) diff.removed.push(b);
    else pushChange(b, a, diff);
  });
  diff.added.push(...rest.slice(unmatched.length));
}

function pushChange(before: Member, after: Member, diff: MembersDiff): void {
  const fields = changedFields(before, after);
  if (fields.length > 0) diff.changed.push({ before, after, fields });
}

/**
 * Compares two member lists (one forum or many) by place: a born seat that now derives another
 * person (a new mayor) is `changed`; a place that exists only after (a newly represented party)
 * is `added`, only before is `removed`. Unchanged places are left out. Order follows the inputs.
 */
export function diffMembers(before: readonly Member[], after: readonly Member[]): MembersDiff {
  const diff: MembersDiff = { added: [], removed: [], changed: [] };
  const beforeSlots = groupBySlot(before);
  const afterSlots = groupBySlot(after);
  for (const [slot, group] of beforeSlots) pairSlot(group, afterSlots.get(slot) ?? [], diff);
  for (const [slot, group] of afterSlots) {
    if (!beforeSlots.has(slot)) diff.added.push(...group);
  }
  return diff;
}
