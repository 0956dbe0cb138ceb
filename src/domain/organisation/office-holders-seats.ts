/**
 * The consequences of an office-holder plan (office-holders-plan.ts): the snapshot with the plan
 * applied, and the born seats the plan fills, found by deriving every forum's members before and
 * after on each row's valid-from day and comparing them place by place.
 */
import type { IsoDate } from '../../shared/dates';
import type {
  FilledBornSeat,
  OfficeHolderPlan,
  PlannedRow,
} from '../../shared/office-holders.contract';
import { stateOn } from './as-of';
import { diffMembers } from './diff';
import { createMemberEvaluator, deriveAllMembers } from './members';
import type { Member } from './members.types';
import type { OfficeHolding, OrgSnapshot, Person } from './types';

/** The snapshot with the plan applied: new persons, ended and started holdings. */
export function applyPlan(
  snapshot: OrgSnapshot,
  plan: Pick<OfficeHolderPlan, 'rows' | 'newPersons'>,
): OrgSnapshot {
  const ends = new Map(
    plan.rows.flatMap((r) => r.ends.map((e) => [e.holdingId, e.lastDay] as const)),
  );
  const started: OfficeHolding[] = plan.rows
    .filter((r) => r.action === 'start')
    .map((r) => ({
      id: `plan:${r.row}`,
      personId: r.person.ref,
      partyId: r.partyId,
      office: r.office,
      validFrom: r.validFrom,
      validTo: null,
    }));
  const newPersons: Person[] = plan.newPersons.map((p) => ({
    id: p.ref,
    name: p.name,
    email: p.email,
    userId: null,
    fictional: false,
    politicalParty: null,
  }));
  return {
    ...snapshot,
    persons: [...snapshot.persons, ...newPersons],
    officeHoldings: [
      ...snapshot.officeHoldings.map((h) => {
        const lastDay = ends.get(h.id);
        return lastDay === undefined ? h : { ...h, validTo: lastDay };
      }),
      ...started,
    ],
  };
}

function membersOn(
  snapshot: OrgSnapshot,
  day: IsoDate,
): { members: Member[]; state: ReturnType<typeof stateOn> } {
  const state = stateOn(snapshot, day);
  const all = deriveAllMembers(state, createMemberEvaluator(state));
  const members = [...all.values()].flatMap((r) => (r.ok ? [...r.members] : []));
  return { members, state };
}

/**
 * The born seats the plan fills: on each row's valid-from day, the born members whose person is
 * one the plan starts in an office and who were not there before (a vacancy filled, or another
 * holder replaced). One entry per seat place and person, on the earliest day.
 */
export function filledBornSeats(
  before: OrgSnapshot,
  after: OrgSnapshot,
  rows: readonly PlannedRow[],
): FilledBornSeat[] {
  const starting = rows.filter((r) => r.action === 'start');
  const rowOf = new Map<string, PlannedRow>();
  for (const r of starting) rowOf.set(`${r.person.ref}|${r.partyId}|${r.office}`, r);
  const days = [...new Set(starting.map((r) => r.validFrom))].sort();
  const out = new Map<string, FilledBornSeat>();
  for (const day of days) {
    const was = membersOn(before, day);
    const now = membersOn(after, day);
    const diff = diffMembers(was.members, now.members);
    const pairs: [Member | null, Member][] = [
      ...diff.changed.map((c) => [c.before, c.after] as [Member, Member]),
      ...diff.added.map((m) => [null, m] as [null, Member]),
    ];
    for (const [old, member] of pairs) {
      if (member.source !== 'born' || member.personId === null) continue;
      if (old !== null && old.personId === member.personId) continue;
      const via = member.via;
      const office = 'office' in via ? via.office : null;
      const partyId = 'partyId' in via ? via.partyId : member.partyEntityId;
      const row = office ? rowOf.get(`${member.personId}|${partyId}|${office}`) : undefined;
      const planned =
        row ?? starting.find((r) => r.person.ref === member.personId && r.validFrom <= day);
      if (planned === undefined) continue;
      const key = `${member.forumEntityId}|${member.seatEntityId}|${member.personId}`;
      if (out.has(key)) continue;
      const previousId = old?.personId ?? null;
      out.set(key, {
        row: planned.row,
        date: day,
        forumId: member.forumEntityId,
        forumName: now.state.fora.get(member.forumEntityId)?.name ?? '',
        seatId: member.seatEntityId,
        seatLabel: now.state.seats.get(member.seatEntityId)?.label ?? '',
        partyId: member.partyEntityId,
        partyName:
          member.partyEntityId === null
            ? null
            : (now.state.parties.get(member.partyEntityId)?.name ?? null),
        personRef: member.personId,
        personName: now.state.persons.get(member.personId)?.name ?? planned.person.name,
        previousPersonId: previousId,
        previousPersonName:
          previousId === null ? null : (was.state.persons.get(previousId)?.name ?? null),
      });
    }
  }
  return [...out.values()].sort(
    (a, b) => a.row - b.row || a.forumName.localeCompare(b.forumName, 'da'),
  );
}
