import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/meetings.contract';
import { attendanceCounts, groupParticipants } from './participant-groups';

const p = (name: string, role: Participant['role'], attendance: Participant['attendance']) =>
  ({
    id: name,
    personId: null,
    name,
    email: null,
    organisation: null,
    description: null,
    role,
    functions: [],
    invited: role !== 'substitute',
    attendance,
    source: 'forum',
    note: null,
  }) satisfies Participant;

describe('participant groups', () => {
  const list = [
    p('Åse', 'member', 'present'),
    p('Bo', 'secretary', 'unknown'),
    p('Anna', 'member', 'absent'),
    p('Ole', 'substitute', 'unknown'),
  ];

  it('orders members first, sorts names in Danish order and drops empty groups', () => {
    expect(groupParticipants(list).map((g) => [g.role, g.items.map((i) => i.name)])).toEqual([
      ['member', ['Anna', 'Åse']],
      ['substitute', ['Ole']],
      ['secretary', ['Bo']],
    ]);
  });

  it('counts attendance', () => {
    expect(attendanceCounts(list)).toEqual({ unknown: 2, present: 1, absent: 1, excused: 0 });
  });
});
