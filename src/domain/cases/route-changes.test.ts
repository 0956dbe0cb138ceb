import { describe, expect, it } from 'vitest';
import { caseStatus } from './case-helpers';
import { createCase, placeOnAgenda } from './route';
import { CLUSTER, decidedAtSsu, must, raised, treat } from './route.fixtures';
import { addStep, carryOver, escalate, sendBack, withdraw } from './route-changes';
import { returnedTo } from './timeline';
import type { CaseResult } from './types';

describe('escalation (seed 001)', () => {
  const themeCase = must(
    createCase({
      id: 't1',
      title: 'Fælles retningslinje',
      summary: '',
      type: 'decision',
      raisedInForumId: 'temagruppe',
      route: ['temagruppe'],
      on: '2026-02-01',
    }),
  );
  const decided = treat(themeCase, '2026-02-10');

  it('a theme-group decision escalated by the chair goes to the steering group and back', () => {
    expect([caseStatus(decided), returnedTo(decided, 'temagruppe')]).toEqual(['decided', []]);
    const escalated = must(
      escalate(decided, {
        stepId: 't1-1',
        toForumId: 'styregruppe',
        reason: 'Principiel',
        on: '2026-02-12',
      }),
    );
    expect([caseStatus(escalated), escalated.flags, escalated.steps[1]?.origin]).toEqual([
      'open',
      ['principled'],
      'escalation',
    ]);
    const approved = treat(escalated, '2026-03-05', 'Godkendt');
    expect(returnedTo(approved, 'temagruppe').map((e) => [e.forumId, e.text])).toEqual([
      ['styregruppe', 'Godkendt'],
    ]);
  });

  it.each<[string, () => CaseResult, string]>([
    [
      'an undecided step',
      () =>
        escalate(themeCase, {
          stepId: 't1-1',
          toForumId: 'styregruppe',
          reason: 'x',
          on: '2026-02-12',
        }),
      'case.notEscalatable',
    ],
    [
      'a step a later forum has decided on',
      () =>
        escalate(decidedAtSsu, { stepId: 'c1-1', toForumId: 'kkr', reason: 'x', on: '2026-04-01' }),
      'case.notEscalatable',
    ],
    [
      'to the forum that is next anyway',
      () =>
        escalate(treat(raised, '2026-01-22'), {
          stepId: 'c1-1',
          toForumId: 'eu',
          reason: 'x',
          on: '2026-01-23',
        }),
      'case.duplicateAdjacentForum',
    ],
  ])('refuses escalating %s', (_label, run, code) => {
    const result = run();
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('sendBack', () => {
  const atTss = must(
    placeOnAgenda(treat(treat(raised, '2026-01-22'), '2026-02-09'), {
      stepId: 'c1-3',
      meetingId: 'tss-1',
      on: '2026-02-25',
    }),
  );
  it.each([
    ['by default to the previous forum', undefined, 'eu'],
    ['or to the cluster', CLUSTER, CLUSTER],
  ])('sends the case back %s', (_label, toForumId, target) => {
    const back = must(
      sendBack(atTss, { stepId: 'c1-3', reason: 'Mere belysning', toForumId, on: '2026-02-25' }),
    );
    expect(back.steps.map((s) => [s.id, s.forumId, s.status, s.origin])).toEqual([
      ['c1-1', CLUSTER, 'decided', 'route'],
      ['c1-2', 'eu', 'decided', 'route'],
      ['c1-3', 'tss', 'returned', 'route'],
      ['c1-5', target, 'planned', 'sentBack'],
      ['c1-6', 'tss', 'planned', 'sentBack'],
      ['c1-4', 'ssu', 'planned', 'route'],
    ]);
    expect(returnedTo(back, target).map((e) => e.kind)).toEqual(['sentBack']);
  });

  it.each<[string, () => CaseResult, string]>([
    [
      'from the first forum',
      () =>
        sendBack(
          must(placeOnAgenda(raised, { stepId: 'c1-1', meetingId: 'm', on: '2026-01-20' })),
          { stepId: 'c1-1', reason: 'x', on: '2026-01-20' },
        ),
      'case.noEarlierStep',
    ],
    [
      'to a forum it never passed',
      () => sendBack(atTss, { stepId: 'c1-3', reason: 'x', toForumId: 'kkr', on: '2026-02-25' }),
      'case.noEarlierStep',
    ],
    [
      'a step not yet on an agenda',
      () =>
        sendBack(treat(raised, '2026-01-22'), { stepId: 'c1-2', reason: 'x', on: '2026-01-23' }),
      'case.invalidTransition',
    ],
  ])('refuses sending back %s', (_label, run, code) => {
    const result = run();
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('withdraw', () => {
  it('closes the case and tells the raising forum', () => {
    const atEu = treat(raised, '2026-01-22');
    const withdrawn = must(withdraw(atEu, { reason: 'Løst lokalt', on: '2026-01-30' }));
    expect(withdrawn.steps.map((s) => s.status)).toEqual([
      'decided',
      'withdrawn',
      'withdrawn',
      'withdrawn',
    ]);
    expect(caseStatus(withdrawn)).toBe('closed');
    expect(returnedTo(withdrawn, CLUSTER).map((e) => [e.kind, e.forumId])).toEqual([
      ['withdrawn', 'eu'],
    ]);
  });
});

describe('addStep', () => {
  const atEu = treat(raised, '2026-01-22');
  it.each<[string, { forumId: string; afterStepId?: string }, string[] | string]>([
    ['appends at the end', { forumId: 'kkr' }, [CLUSTER, 'eu', 'tss', 'ssu', 'kkr']],
    [
      'inserts after a pending step',
      { forumId: 'kkr', afterStepId: 'c1-2' },
      [CLUSTER, 'eu', 'kkr', 'tss', 'ssu'],
    ],
    ['refuses an unknown step', { forumId: 'kkr', afterStepId: 'nope' }, 'case.stepNotFound'],
    ['refuses next to the same forum', { forumId: 'ssu' }, 'case.duplicateAdjacentForum'],
  ])('%s', (_label, input, expected) => {
    const result = addStep(atEu, { ...input, on: '2026-01-23' });
    expect(result.ok ? result.case.steps.map((s) => s.forumId) : result.error.code).toEqual(
      expected,
    );
  });

  it('refuses inserting before a decided step', () => {
    const result = addStep(treat(atEu, '2026-02-09'), {
      forumId: 'kkr',
      afterStepId: 'c1-1',
      on: '2026-02-10',
    });
    expect(result.ok ? null : result.error.code).toBe('case.insertBeforeDone');
  });

  it('reopens a decided case', () => {
    const reopened = must(addStep(decidedAtSsu, { forumId: 'kkr', on: '2026-03-20' }));
    expect([caseStatus(reopened), reopened.steps.at(-1)?.origin]).toEqual(['open', 'added']);
  });
});

describe('carryOver (reorganisation)', () => {
  it('moves pending steps and the return address to the successor forum', () => {
    const atEu = treat(raised, '2026-01-22');
    const moved = must(
      carryOver(atEu, { fromForumId: 'ssu', toForumId: 'sundhedsraad', on: '2026-12-01' }),
    );
    expect(moved.steps.map((s) => s.forumId)).toEqual([CLUSTER, 'eu', 'tss', 'sundhedsraad']);
    const reformed = must(
      carryOver(moved, { fromForumId: CLUSTER, toForumId: 'sundhedsraad-nord', on: '2026-12-01' }),
    );
    expect([reformed.returnToForumId, reformed.steps[0]?.forumId]).toEqual([
      'sundhedsraad-nord',
      CLUSTER,
    ]);
  });

  it('merges two adjacent pending steps that end up in the same forum', () => {
    const once = must(
      carryOver(raised, { fromForumId: 'tss', toForumId: 'raad', on: '2026-12-01' }),
    );
    const twice = must(
      carryOver(once, { fromForumId: 'ssu', toForumId: 'raad', on: '2026-12-01' }),
    );
    expect(twice.steps.map((s) => [s.forumId, s.status])).toEqual([
      [CLUSTER, 'planned'],
      ['eu', 'planned'],
      ['raad', 'planned'],
      ['raad', 'skipped'],
    ]);
    expect(twice.events.slice(-2).map((e) => e.kind)).toEqual(['carriedOver', 'skipped']);
  });

  it('keeps the placement on a meeting when two steps merge into one successor', () => {
    const placed = {
      ...raised,
      steps: raised.steps.map((s) => (s.forumId === 'ssu' ? { ...s, meetingId: 'm-ssu' } : s)),
    };
    const once = must(
      carryOver(placed, { fromForumId: 'tss', toForumId: 'raad', on: '2026-12-01' }),
    );
    const twice = must(
      carryOver(once, { fromForumId: 'ssu', toForumId: 'raad', on: '2026-12-01' }),
    );
    expect(twice.steps.map((s) => [s.forumId, s.status, s.meetingId])).toEqual([
      [CLUSTER, 'planned', null],
      ['eu', 'planned', null],
      ['raad', 'skipped', null],
      ['raad', 'planned', 'm-ssu'],
    ]);
  });

  it('keeps both steps when they are placed on different meetings', () => {
    const placed = {
      ...raised,
      steps: raised.steps.map((s) =>
        s.forumId === 'ssu' || s.forumId === 'tss' ? { ...s, meetingId: `m-${s.forumId}` } : s,
      ),
    };
    const once = must(
      carryOver(placed, { fromForumId: 'tss', toForumId: 'raad', on: '2026-12-01' }),
    );
    const twice = must(
      carryOver(once, { fromForumId: 'ssu', toForumId: 'raad', on: '2026-12-01' }),
    );
    expect(twice.steps.filter((s) => s.status === 'skipped')).toEqual([]);
  });

  it('refuses when nothing belongs to the old forum', () => {
    // The SSU decided: it has neither pending work nor a decision coming back to it.
    const result = carryOver(decidedAtSsu, {
      fromForumId: 'ssu',
      toForumId: 'raad',
      on: '2026-12-01',
    });
    expect(result.ok ? null : result.error.code).toBe('case.nothingToCarryOver');
  });
});
