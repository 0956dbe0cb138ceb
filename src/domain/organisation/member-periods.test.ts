import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../shared/dates';
import { stateOn } from './as-of';
import { changeDates, memberPeriods, type MemberPeriod } from './member-periods';
import { createMemberEvaluator, deriveAllMembers } from './members';
import type { OrgSnapshot } from './types';
import { buildSouthDenmark } from './test/south-denmark';

const D: IsoDate = '2024-03-01';

/** Who sits where on `date`, derived directly on that day (the rule the periods must agree with). */
function sittingDirectly(snapshot: OrgSnapshot, date: IsoDate): string[] {
  const state = stateOn(snapshot, date);
  const keys = new Set<string>();
  for (const [forumId, result] of deriveAllMembers(state, createMemberEvaluator(state))) {
    if (!result.ok) continue;
    for (const m of result.members) {
      if (m.isVacant) continue;
      if (m.personId) keys.add(`${forumId}|${m.personId}`);
      if (m.substitutePersonId) keys.add(`${forumId}|${m.substitutePersonId}`);
    }
  }
  return [...keys].sort();
}

function sittingByPeriods(periods: readonly MemberPeriod[], date: IsoDate): string[] {
  return [
    ...new Set(
      periods
        .filter((p) => p.validFrom <= date && (p.validTo === null || p.validTo >= date))
        .map((p) => `${p.forumId}|${p.personId}`),
    ),
  ].sort();
}

/** South Denmark with a co-chair handover on D and the theme group ended later. */
function changed(): OrgSnapshot {
  const sd = buildSouthDenmark();
  sd.builder.end(sd.appointments.coChair.Lillebælt, addDays(D, -1));
  sd.builder.appoint(sd.seats.coChair.Lillebælt, sd.holder('mayor', 'Kolding'), { validFrom: D });
  return sd.snapshot();
}

describe('memberPeriods', () => {
  it('agrees with the members derived directly on every change day and the day before', () => {
    const snapshot = changed();
    const periods = memberPeriods(snapshot);
    expect(periods.length).toBeGreaterThan(0);
    for (const date of changeDates(snapshot)) {
      for (const day of [addDays(date, -1), date, addDays(date, 1)]) {
        expect(sittingByPeriods(periods, day)).toEqual(sittingDirectly(snapshot, day));
      }
    }
  });

  it('agrees with the members derived directly on any day (property)', () => {
    const snapshot = changed();
    const periods = memberPeriods(snapshot);
    const day = fc.integer({ min: -2000, max: 2000 }).map((offset) => addDays(D, offset));
    fc.assert(
      fc.property(day, (date) => {
        expect(sittingByPeriods(periods, date)).toEqual(sittingDirectly(snapshot, date));
      }),
      { numRuns: 60 },
    );
  });

  it('closes a period the day before the person leaves and opens the successor on the day', () => {
    const sd = buildSouthDenmark();
    sd.builder.end(sd.appointments.coChair.Lillebælt, addDays(D, -1));
    const kolding = sd.holder('mayor', 'Kolding');
    const vejle = sd.holder('mayor', 'Vejle');
    sd.builder.appoint(sd.seats.coChair.Lillebælt, kolding, { validFrom: D });
    const periods = memberPeriods(sd.snapshot()).filter((p) => p.forumId === sd.fora.ssu);
    expect(periods.find((p) => p.personId === vejle)?.validTo).toBe(addDays(D, -1));
    expect(periods.find((p) => p.personId === kolding)).toMatchObject({
      validFrom: D,
      validTo: null,
    });
  });

  it('gives no periods for an empty organisation', () => {
    const empty: OrgSnapshot = {
      collaborations: [],
      parties: [],
      clusters: [],
      clusterMemberships: [],
      fora: [],
      seats: [],
      persons: [],
      officeHoldings: [],
      appointments: [],
      compositionRules: [],
      meetingDates: {},
    };
    expect(memberPeriods(empty)).toEqual([]);
  });
});
