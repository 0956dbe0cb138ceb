import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adopt,
  checkDegree,
  checkGoal,
  checkInitiative,
  checkMilestone,
  checkScale,
  DEFAULT_SCALE,
  degreeLabel,
  end,
  goalTree,
  initiativeSubjects,
  isMilestoneLate,
  isSubject,
  mayTransition,
  parentAllowed,
  planSubjects,
  type GoalNodeInput,
} from './index';
import { GOAL_LEVELS, PLAN_STATUSES } from '../../shared/plans.enums';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const R = '00000000-0000-4000-8000-0000000000ff';
const K1 = '00000000-0000-4000-8000-0000000000c1';
const P = '00000000-0000-4000-8000-000000000001';

describe('plan status', () => {
  it('allows only draft → adopted → ended', () => {
    const allowed = PLAN_STATUSES.flatMap((f) =>
      PLAN_STATUSES.filter((t) => mayTransition(f, t)).map((t) => `${f}>${t}`),
    );
    expect(allowed).toEqual(['draft>adopted', 'adopted>ended']);
  });

  it('adopts only with a recorded decision', () => {
    expect(adopt('draft', { agendaItemId: A, decisionText: '  ', on: '2025-03-01' })).toEqual({
      ok: false,
      error: { code: 'adoptionDecisionMissing', params: {} },
    });
    expect(adopt('draft', { agendaItemId: A, decisionText: 'Vedtaget', on: '2025-03-01' })).toEqual(
      {
        ok: true,
        value: { status: 'adopted', adoptedOn: '2025-03-01', adoptedAgendaItemId: A },
      },
    );
    expect(adopt('adopted', { agendaItemId: A, decisionText: 'x', on: '2025-03-01' }).ok).toBe(
      false,
    );
  });

  it('ends only an adopted plan, not before it starts', () => {
    expect(end({ status: 'draft', periodFrom: '2024-01-01' }, '2025-01-01').ok).toBe(false);
    expect(end({ status: 'adopted', periodFrom: '2024-01-01' }, '2023-01-01').ok).toBe(false);
    expect(end({ status: 'adopted', periodFrom: '2024-01-01' }, '2027-12-31')).toEqual({
      ok: true,
      value: { status: 'ended', endedOn: '2027-12-31' },
    });
  });
});

describe('goal hierarchy', () => {
  const vision: GoalNodeInput = { id: A, parentId: null, level: 'vision', code: 'V' };
  const goal: GoalNodeInput = { id: B, parentId: A, level: 'goal', code: '1' };

  it('places visions at the root, goals under a vision or the root, sub-goals under a goal', () => {
    expect(checkGoal([], vision).ok).toBe(true);
    expect(checkGoal([vision], goal).ok).toBe(true);
    expect(checkGoal([], { ...goal, parentId: null }).ok).toBe(true);
    expect(
      checkGoal([vision, goal], { id: C, parentId: B, level: 'subGoal', code: '1.1' }).ok,
    ).toBe(true);
    const bad = checkGoal([vision], { id: C, parentId: A, level: 'subGoal', code: '1.1' });
    expect(bad.ok ? null : bad.error.code).toBe('subGoalParentLevel');
    const deep = checkGoal([vision, goal], { id: C, parentId: B, level: 'vision', code: 'X' });
    expect(deep.ok ? null : deep.error.code).toBe('visionNotAtRoot');
  });

  it('refuses a taken code and an unknown parent', () => {
    const taken = checkGoal([vision, goal], { id: C, parentId: A, level: 'goal', code: '1' });
    expect(taken.ok ? null : taken.error.code).toBe('goalCodeTaken');
    const unknown = checkGoal([], { id: C, parentId: A, level: 'goal', code: '2' });
    expect(unknown.ok ? null : unknown.error.code).toBe('goalParentUnknown');
  });

  it('refuses a change that would orphan a child under the wrong level', () => {
    const sub: GoalNodeInput = { id: C, parentId: B, level: 'subGoal', code: '1.1' };
    const r = checkGoal([vision, goal, sub], { ...goal, level: 'vision', parentId: null });
    expect(r.ok ? null : r.error.code).toBe('subGoalParentLevel');
  });

  it('never accepts a goal that makes a cycle or breaks the level rules (property)', () => {
    const ids = [A, B, C, K1, R];
    const node = fc.record({
      id: fc.constantFrom(...ids),
      parentId: fc.option(fc.constantFrom(...ids), { nil: null }),
      level: fc.constantFrom(...GOAL_LEVELS),
      code: fc.constantFrom('1', '2', '3', '4', '5', '6'),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (candidates) => {
        // Build a plan goal by goal, accepting only what checkGoal accepts.
        let accepted: GoalNodeInput[] = [];
        for (const c of candidates) {
          const r = checkGoal(accepted, c);
          if (r.ok) accepted = [...accepted.filter((g) => g.id !== c.id), c];
        }
        const byId = new Map(accepted.map((g) => [g.id, g]));
        const codes = accepted.map((g) => g.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const g of accepted) {
          const parent = g.parentId === null ? null : byId.get(g.parentId);
          expect(parent).not.toBeUndefined();
          expect(parentAllowed(g.level, parent?.level ?? null)).toBe(true);
          // Walking up always reaches the root within the number of goals.
          let at: GoalNodeInput | undefined = g;
          let steps = 0;
          while (at && at.parentId !== null && steps <= accepted.length) {
            at = byId.get(at.parentId);
            steps++;
          }
          expect(steps).toBeLessThanOrEqual(2);
        }
        // The tree holds every goal exactly once.
        const count = (nodes: { children: unknown[] }[]): number =>
          nodes.reduce((n, x) => n + 1 + count(x.children as { children: unknown[] }[]), 0);
        expect(count(goalTree(accepted.map((g) => ({ ...g, position: 0 }))))).toBe(accepted.length);
      }),
    );
  });
});

describe('initiatives and milestones', () => {
  const ctx = { periodFrom: '2024-01-01', periodTo: '2027-12-31', partyIds: new Set([A, B, R]) };

  it('checks participants and year priorities', () => {
    const base = { level: 'municipality' as const, participatingPartyIds: [A], yearPriorities: [] };
    expect(checkInitiative(base, ctx).ok).toBe(true);
    const stranger = checkInitiative({ ...base, participatingPartyIds: [C] }, ctx);
    expect(stranger.ok ? null : stranger.error.code).toBe('participantUnknown');
    const twice = checkInitiative(
      {
        ...base,
        yearPriorities: [
          { year: 2025, priority: 'high' },
          { year: 2025, priority: 'low' },
        ],
      },
      ctx,
    );
    expect(twice.ok ? null : twice.error.code).toBe('yearPriorityTwice');
    const outside = checkInitiative(
      { ...base, yearPriorities: [{ year: 2031, priority: 'low' }] },
      ctx,
    );
    expect(outside.ok ? null : outside.error.code).toBe('yearOutsidePeriod');
  });

  it('keeps milestone due dates within reason and knows when one is late', () => {
    const plan = { periodFrom: '2024-01-01', periodTo: '2027-12-31' };
    const m = { dueDate: '2025-06-30', status: 'inProgress' as const, completedOn: null };
    expect(checkMilestone(m, plan).ok).toBe(true);
    expect(checkMilestone({ ...m, dueDate: '2040-01-01' }, plan).ok).toBe(false);
    expect(checkMilestone({ ...m, dueDate: '2021-01-01' }, plan).ok).toBe(false);
    expect(checkMilestone({ ...m, status: 'done' }, plan).ok).toBe(false);
    expect(isMilestoneLate(m, '2025-06-30')).toBe(false);
    expect(isMilestoneLate(m, '2025-07-01')).toBe(true);
    expect(isMilestoneLate({ ...m, status: 'cancelled' }, '2026-01-01')).toBe(false);
    const done = { ...m, status: 'done' as const, completedOn: '2025-09-01' };
    expect(isMilestoneLate(done, '2025-08-01')).toBe(true);
    expect(isMilestoneLate(done, '2025-10-01')).toBe(false);
  });
});

describe('degree scale', () => {
  it('has the default scale with its scores', () => {
    expect(DEFAULT_SCALE.map((s) => [s.key, s.score])).toEqual([
      ['notRelevant', null],
      ['notStarted', 0],
      ['planned', 20],
      ['inProgress', 50],
      ['partly', 75],
      ['full', 100],
    ]);
  });

  it('checks a custom scale', () => {
    const step = (key: string, score: number | null = 0) => ({ key, label: key, score });
    expect(checkScale([step('a')]).ok).toBe(false);
    expect(checkScale(Array.from({ length: 11 }, (_, i) => step(`k${i}`))).ok).toBe(false);
    expect(checkScale([step('a'), step('a')]).ok).toBe(false);
    expect(checkScale([step('a', 101), step('b')]).ok).toBe(false);
    expect(checkScale([step('a', null), step('b', 100)]).ok).toBe(true);
  });

  it('refuses a key outside the scale and labels a step', () => {
    expect(checkDegree(DEFAULT_SCALE, 'full').ok).toBe(true);
    const r = checkDegree(DEFAULT_SCALE, 'half');
    expect(r.ok ? null : r.error.code).toBe('degreeNotInScale');
    expect(degreeLabel(DEFAULT_SCALE, 'full', (k) => `t:${k}`)).toBe('t:full');
    expect(degreeLabel([{ key: 'x', label: 'Eget', score: 1 }], 'x', () => '?')).toBe('Eget');
  });
});

describe('subjects', () => {
  const universe = { planId: P, municipalityIds: [A, B], regionPartyIds: [R], clusterIds: [K1] };

  it('follows the initiative level', () => {
    expect(
      initiativeSubjects({ level: 'municipality', participatingPartyIds: [] }, universe),
    ).toEqual([
      { kind: 'party', id: A },
      { kind: 'party', id: B },
    ]);
    expect(
      initiativeSubjects({ level: 'municipality', participatingPartyIds: [B, R] }, universe),
    ).toEqual([{ kind: 'party', id: B }]);
    expect(initiativeSubjects({ level: 'cluster', participatingPartyIds: [] }, universe)).toEqual([
      { kind: 'cluster', id: K1 },
    ]);
    expect(initiativeSubjects({ level: 'region', participatingPartyIds: [] }, universe)).toEqual([
      { kind: 'party', id: R },
    ]);
    expect(initiativeSubjects({ level: 'joint', participatingPartyIds: [] }, universe)).toEqual([
      { kind: 'plan', id: P },
    ]);
    expect(
      isSubject({ level: 'region', participatingPartyIds: [] }, universe, { kind: 'party', id: A }),
    ).toBe(false);
    expect(
      planSubjects(
        [
          { level: 'municipality', participatingPartyIds: [A] },
          { level: 'municipality', participatingPartyIds: [] },
        ],
        universe,
      ),
    ).toHaveLength(2);
  });
});
