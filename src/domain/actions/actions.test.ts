import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, type ActionStatus } from '../../shared/actions.contract';
import {
  actionsForAgenda,
  canMoveAction,
  checkNewAction,
  isOverdue,
  ownerOrder,
  proposeFollowUpForum,
} from './index';

describe('canMoveAction', () => {
  it.each<[ActionStatus, ActionStatus, boolean]>([
    ['open', 'inProgress', true],
    ['open', 'done', true],
    ['open', 'cancelled', true],
    ['inProgress', 'done', true],
    ['inProgress', 'cancelled', true],
    ['inProgress', 'open', false],
    ['open', 'open', false],
    ['done', 'open', false],
    ['done', 'inProgress', false],
    ['cancelled', 'open', false],
    ['cancelled', 'done', false],
  ])('%s → %s is %s', (from, to, ok) => expect(canMoveAction(from, to)).toBe(ok));

  it('never leaves done or cancelled, never stays put', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_STATUSES),
        fc.constantFrom(...ACTION_STATUSES),
        (a, b) => {
          if (a === 'done' || a === 'cancelled' || a === b) expect(canMoveAction(a, b)).toBe(false);
        },
      ),
    );
  });
});

describe('isOverdue', () => {
  it.each<[ActionStatus, string, string, boolean]>([
    ['open', '2026-03-01', '2026-03-02', true],
    ['inProgress', '2026-03-01', '2026-03-02', true],
    ['open', '2026-03-01', '2026-03-01', false],
    ['open', '2026-03-02', '2026-03-01', false],
    ['done', '2026-03-01', '2026-04-01', false],
    ['cancelled', '2026-03-01', '2026-04-01', false],
  ])('%s due %s on %s → %s', (status, dueDate, on, overdue) =>
    expect(isOverdue({ status, dueDate }, on)).toBe(overdue),
  );
});

describe('checkNewAction', () => {
  const base = { dueDate: '2026-05-01', decidedOn: '2026-04-01' };
  it.each([
    [{ ...base, ownerPartyId: 'p' }, null],
    [{ ...base, ownerPersonId: 'q' }, null],
    [{ ...base, ownerPartyId: 'p', ownerPersonId: 'q' }, 'action.ownerBoth'],
    [{ ...base }, 'action.ownerRequired'],
    [{ ...base, ownerPartyId: null, ownerPersonId: null }, 'action.ownerRequired'],
    [{ ...base, ownerPartyId: 'p', dueDate: '2026-03-31' }, 'action.dueBeforeDecision'],
    [{ ...base, ownerPartyId: 'p', dueDate: '2026-04-01' }, null],
  ])('%o → %s', (input, code) => expect(checkNewAction(input)).toBe(code));
});

describe('actionsForAgenda', () => {
  const a = (
    title: string,
    over: Partial<Parameters<typeof actionsForAgenda>[0][number]> = {},
  ) => ({
    title,
    status: 'open' as ActionStatus,
    dueDate: '2026-03-01',
    followUpForumId: 'tss',
    decidedOn: '2026-02-01',
    ...over,
  });
  const meeting = { forumId: 'tss', date: '2026-03-10' };

  it('shows the follow-up forum’s overdue actions, earliest due first', () => {
    const list = [
      a('B', { dueDate: '2026-03-05' }),
      a('A'),
      a('not yet due', { dueDate: '2026-03-10' }),
      a('done', { status: 'done' }),
      a('other forum', { followUpForumId: 'ssu' }),
      a('decided later', { decidedOn: '2026-03-10', dueDate: '2026-03-10' }),
    ];
    expect(actionsForAgenda(list, meeting).map((x) => x.title)).toEqual(['A', 'B']);
  });

  it('holds on any later date without a write (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (days) => {
        const date = new Date(Date.UTC(2026, 2, 2 + days)).toISOString().slice(0, 10);
        expect(actionsForAgenda([a('A')], { forumId: 'tss', date })).toHaveLength(1);
      }),
    );
  });
});

describe('ownerOrder', () => {
  it('keeps open actions, overdue first, then by due date', () => {
    const list = [
      { id: 'later', status: 'open' as const, dueDate: '2026-06-01' },
      { id: 'over2', status: 'inProgress' as const, dueDate: '2026-02-01' },
      { id: 'done', status: 'done' as const, dueDate: '2026-01-01' },
      { id: 'soon', status: 'open' as const, dueDate: '2026-04-01' },
      { id: 'over1', status: 'open' as const, dueDate: '2026-01-15' },
    ];
    expect(ownerOrder(list, '2026-03-01').map((x) => x.id)).toEqual([
      'over1',
      'over2',
      'soon',
      'later',
    ]);
  });
});

describe('proposeFollowUpForum', () => {
  const forum = (
    entityId: string,
    reportsToForumId: string | null = null,
    mustTasks: string[] = [],
  ) => ({
    entityId,
    reportsToForumId,
    mustTasks,
  });

  it('proposes the forum that prepares the deciding forum (TSS prepares SSU)', () => {
    const fora = [forum('ssu'), forum('tss', 'ssu'), forum('kkr')];
    const rules = [
      { kind: 'after' as const, forumId: 'ssu', dependsOnForumId: 'kkr' },
      { kind: 'prepares' as const, forumId: 'ssu', dependsOnForumId: 'tss' },
    ];
    expect(proposeFollowUpForum('ssu', fora, rules)).toEqual({ forumId: 'tss', basis: 'prepares' });
  });

  it('proposes a reporting forum whose must-tasks speak of the decisions’ progress', () => {
    const fora = [
      forum('ssu'),
      forum('formoede', 'ssu', ['Koordinere kommunerne imellem']),
      forum('tss', 'ssu', ['Sikre udførelse af og fremdrift i beslutninger truffet i SSU']),
    ];
    expect(proposeFollowUpForum('ssu', fora, [])).toEqual({ forumId: 'tss', basis: 'mustTask' });
  });

  it('ignores a preparing forum that is not valid on the decision date', () => {
    const rules = [{ kind: 'prepares' as const, forumId: 'ssu', dependsOnForumId: 'gone' }];
    expect(proposeFollowUpForum('ssu', [forum('ssu')], rules)).toEqual({
      forumId: 'ssu',
      basis: 'self',
    });
  });

  it('falls back to the deciding forum itself', () => {
    expect(proposeFollowUpForum('x', [forum('x'), forum('y', 'x')], [])).toEqual({
      forumId: 'x',
      basis: 'self',
    });
  });
});
