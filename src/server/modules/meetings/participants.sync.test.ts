/** The pure merge of derived participants into the stored ones. */
import { describe, expect, it } from 'vitest';
import { deriveParticipants, planParticipantSync } from './participants.sync';
import type { ParticipantRow } from './participants.repo';

const row = (over: Partial<ParticipantRow>): ParticipantRow => ({
  id: 'row',
  meetingId: 'm',
  personId: null,
  name: null,
  email: null,
  organisation: null,
  role: 'member',
  functions: [],
  invited: true,
  attendance: 'unknown',
  source: 'forum',
  note: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

describe('deriveParticipants', () => {
  it('gives one entry per person, a member winning over the same person as substitute', () => {
    const derived = deriveParticipants([
      { personId: 'a', role: 'member', roles: ['member', 'viceChair'], substitutePersonId: 'b' },
      { personId: 'b', role: 'secretary', roles: ['secretary'], substitutePersonId: null },
      { personId: 'c', role: 'member', roles: ['member'], substitutePersonId: 'd' },
    ]);
    expect(derived).toEqual([
      { personId: 'a', role: 'member', functions: ['viceChair'], invited: true },
      { personId: 'b', role: 'secretary', functions: [], invited: true },
      { personId: 'c', role: 'member', functions: [], invited: true },
      { personId: 'd', role: 'substitute', functions: [], invited: false },
    ]);
  });
});

describe('planParticipantSync', () => {
  it('inserts new people, updates changed roles, removes people gone without attendance', () => {
    const stored = [
      row({ id: '1', personId: 'a', role: 'attendee' }),
      row({ id: '2', personId: 'gone' }),
      row({ id: '3', personId: 'gone-but-came', attendance: 'present' }),
      row({ id: '4', personId: 'added', source: 'added', role: 'guest' }),
      row({ id: '5', name: 'Gæst', source: 'added', role: 'guest' }),
    ];
    const plan = planParticipantSync('m', stored, [
      { personId: 'a', role: 'member', functions: ['chair'], invited: true },
      { personId: 'added', role: 'member', functions: [], invited: true },
      { personId: 'new', role: 'member', functions: [], invited: true },
    ]);
    expect(plan.update).toEqual([{ id: '1', role: 'member', functions: ['chair'] }]);
    expect(plan.remove).toEqual(['2']);
    expect(plan.insert).toEqual([
      {
        meetingId: 'm',
        source: 'forum',
        personId: 'new',
        role: 'member',
        functions: [],
        invited: true,
      },
    ]);
  });
});
