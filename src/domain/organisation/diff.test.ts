import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { stateOn } from './as-of';
import { diffMembers } from './diff';
import { deriveAllMembers } from './members';
import type { Member } from './members.types';
import { buildSouthDenmark } from './test/south-denmark';

const member = (personId: string | null, partyId: string, extra: Partial<Member> = {}): Member => ({
  forumEntityId: 'forum:kkr',
  seatEntityId: 'seat:kkr/mayors',
  personId,
  role: 'member',
  roles: ['member'],
  partyEntityId: partyId,
  partyKind: 'municipality',
  clusterEntityId: null,
  source: 'born',
  isVacant: personId === null,
  substitutePersonId: null,
  functionSeatEntityIds: [],
  via: {
    kind: 'officeHolders',
    office: 'mayor',
    partyId,
    officeHoldingId: personId && `h-${personId}`,
  },
  ...extra,
});

const summary = (diff: ReturnType<typeof diffMembers>) => ({
  added: diff.added.map((m) => m.personId),
  removed: diff.removed.map((m) => m.personId),
  changed: diff.changed.map((c) => [c.before.personId, c.after.personId, c.fields]),
});

describe('diffMembers', () => {
  it.each([
    {
      name: 'no change',
      before: [member('p1', 'x')],
      after: [member('p1', 'x')],
      expected: { added: [], removed: [], changed: [] },
    },
    {
      name: 'a new mayor in the same place',
      before: [member('p1', 'x')],
      after: [member('p2', 'x')],
      expected: { added: [], removed: [], changed: [['p1', 'p2', ['personId']]] },
    },
    {
      name: 'an office falls vacant',
      before: [member('p1', 'x')],
      after: [member(null, 'x')],
      expected: { added: [], removed: [], changed: [['p1', null, ['personId', 'isVacant']]] },
    },
    {
      name: 'a party starts and another stops being represented',
      before: [member('p1', 'x')],
      after: [member('p2', 'y')],
      expected: { added: ['p2'], removed: ['p1'], changed: [] },
    },
    {
      name: 'a function role is added',
      before: [member('p1', 'x')],
      after: [member('p1', 'x', { roles: ['member', 'chair'] })],
      expected: { added: [], removed: [], changed: [['p1', 'p1', ['roles']]] },
    },
    {
      name: 'two holders of one office: the one who stays is matched by person',
      before: [member('p1', 'x'), member('p2', 'x')],
      after: [member('p2', 'x'), member('p3', 'x'), member('p4', 'x')],
      expected: { added: ['p4'], removed: [], changed: [['p1', 'p3', ['personId']]] },
    },
  ])('$name', ({ before, after, expected }) => {
    expect(summary(diffMembers(before, after))).toEqual(expected);
  });

  it('gives the audit rows of a cluster co-chair change across all fora', () => {
    const sd = buildSouthDenmark();
    const D = '2024-03-01';
    sd.builder.end(sd.appointments.coChair.Lillebælt, addDays(D, -1));
    sd.builder.appoint(sd.seats.coChair.Lillebælt, sd.holder('mayor', 'Kolding'), { validFrom: D });
    const snapshot = sd.snapshot();
    const all = (day: string) =>
      [...deriveAllMembers(stateOn(snapshot, day)).values()].flatMap((r) =>
        r.ok ? r.members : [],
      );
    const diff = diffMembers(all(addDays(D, -1)), all(D));
    const ssuSeat = diff.changed.find((c) => c.after.forumEntityId === sd.fora.ssu);
    expect(ssuSeat).toMatchObject({
      before: { personId: sd.holder('mayor', 'Vejle') },
      after: { personId: sd.holder('mayor', 'Kolding') },
      fields: ['personId', 'partyEntityId'],
    });
    const executive = (ms: Member[]) =>
      ms.filter((m) => m.forumEntityId === sd.fora.executive).map((m) => m.personId);
    expect(executive(diff.removed)).toEqual([sd.holder('healthDirector', 'Vejle')]);
    expect(executive(diff.added)).toEqual([sd.holder('healthDirector', 'Kolding')]);
    const roleMoves = diff.changed.filter((c) => c.fields.join() === 'roles');
    expect(roleMoves.map((c) => [c.before.personId, c.after.roles])).toEqual([
      [sd.holder('mayor', 'Kolding'), ['member', 'coChair']],
      [sd.holder('mayor', 'Vejle'), ['member']],
    ]);
  });
});
