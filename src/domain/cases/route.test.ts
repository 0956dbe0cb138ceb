import { describe, expect, it } from 'vitest';
import { caseStatus, currentStep } from './case-helpers';
import { createCase, placeOnAgenda, recordDecision, recordRecommendation, skipStep } from './route';
import { CLUSTER, decidedAtSsu, must, raised, ROUTE, treat } from './route.fixtures';
import { addStep, withdraw } from './route-changes';
import { returnedTo, timeline } from './timeline';
import { CaseSchema, type CaseResult } from './types';

describe('createCase', () => {
  it('raises a case with one planned step per forum', () => {
    expect(raised.steps.map((s) => [s.id, s.forumId, s.status, s.origin])).toEqual([
      ['c1-1', CLUSTER, 'planned', 'route'],
      ['c1-2', 'eu', 'planned', 'route'],
      ['c1-3', 'tss', 'planned', 'route'],
      ['c1-4', 'ssu', 'planned', 'route'],
    ]);
    expect([raised.flags, raised.returnToForumId, caseStatus(raised)]).toEqual([
      ['crossCutting'],
      CLUSTER,
      'open',
    ]);
    expect(raised.events).toMatchObject([
      { seq: 1, kind: 'raised', forumId: CLUSTER, actorId: 'u1' },
    ]);
  });

  it.each([
    ['empty title', { title: '  ' }, 'case.emptyText'],
    ['empty route', { route: [] }, 'case.emptyRoute'],
    ['same forum twice in a row', { route: ['eu', 'eu'] }, 'case.duplicateAdjacentForum'],
  ])('refuses %s', (_label, patch, code) => {
    const base = {
      id: 'x',
      title: 'T',
      summary: '',
      type: 'information' as const,
      raisedInForumId: CLUSTER,
      route: ROUTE,
      on: '2026-01-01',
    };
    const result = createCase({ ...base, ...patch });
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('the route up and the decision back down', () => {
  it('travels cluster → officials’ committee → TSS → SSU and returns down the same trail', () => {
    expect(decidedAtSsu.steps.map((s) => [s.forumId, s.status, s.decidedOn])).toEqual([
      [CLUSTER, 'decided', '2026-01-22'],
      ['eu', 'decided', '2026-02-09'],
      ['tss', 'decided', '2026-02-25'],
      ['ssu', 'decided', '2026-03-18'],
      // Issue 12: the return steps, nearest forum first, the raising forum last.
      ['tss', 'toNote', '2026-03-18'],
      ['eu', 'toNote', '2026-03-18'],
      [CLUSTER, 'toNote', '2026-03-18'],
    ]);
    expect(caseStatus(decidedAtSsu)).toBe('decided');
    expect(returnedTo(decidedAtSsu, CLUSTER).map((e) => [e.forumId, e.text, e.on])).toEqual([
      ['ssu', 'SSU godkender modellen', '2026-03-18'],
    ]);
  });

  it('shows every event in order, both ways', () => {
    const moves = timeline(decidedAtSsu)
      .filter((e) => e.direction !== 'none')
      .map((e) => [e.kind, e.forumId, e.toForumId, e.direction]);
    expect(moves).toEqual([
      ['recommended', CLUSTER, 'eu', 'up'],
      ['decided', CLUSTER, 'eu', 'up'],
      ['recommended', 'eu', 'tss', 'up'],
      ['decided', 'eu', 'tss', 'up'],
      ['recommended', 'tss', 'ssu', 'up'],
      ['decided', 'tss', 'ssu', 'up'],
      ['returned', 'ssu', 'tss', 'down'],
      ['returned', 'ssu', 'eu', 'down'],
      ['returned', 'ssu', CLUSTER, 'down'],
    ]);
  });

  it('sorts late entries onto their date', () => {
    const step = raised.steps[0]!;
    const placed = must(
      placeOnAgenda(raised, { stepId: step.id, meetingId: 'm1', on: '2026-01-20' }),
    );
    const late = must(
      recordRecommendation(placed, { stepId: step.id, text: 'Indstilling', on: '2026-01-15' }),
    );
    expect(timeline(late).map((e) => [e.seq, e.kind])).toEqual([
      [1, 'raised'],
      [3, 'recommended'],
      [2, 'placedOnAgenda'],
    ]);
  });

  it('never mutates its input', () => {
    const before = structuredClone(raised);
    treat(raised, '2026-01-22');
    expect(raised).toEqual(before);
  });

  it('lets later steps be placed on an agenda ahead of time, and moved', () => {
    const ahead = must(
      placeOnAgenda(raised, { stepId: 'c1-4', meetingId: 'ssu-1', on: '2026-01-11' }),
    );
    const moved = must(
      placeOnAgenda(ahead, { stepId: 'c1-4', meetingId: 'ssu-2', on: '2026-01-12' }),
    );
    expect([moved.steps[3]?.status, moved.steps[3]?.meetingId, currentStep(moved)?.id]).toEqual([
      'onAgenda',
      'ssu-2',
      'c1-1',
    ]);
    expect(moved.events.slice(-2).map((e) => [e.kind, e.meetingId])).toEqual([
      ['placedOnAgenda', 'ssu-1'],
      ['movedOnAgenda', 'ssu-2'],
    ]);
  });

  it('moves a step with its recommendation to another meeting (issue 11)', () => {
    const placed = must(
      placeOnAgenda(raised, { stepId: 'c1-1', meetingId: 'm1', on: '2026-01-20' }),
    );
    const recommended = must(
      recordRecommendation(placed, { stepId: 'c1-1', text: 'Godkend', on: '2026-01-20' }),
    );
    const moved = must(
      placeOnAgenda(recommended, { stepId: 'c1-1', meetingId: 'm2', on: '2026-01-21' }),
    );
    expect(moved.steps[0]).toMatchObject({
      status: 'recommended',
      meetingId: 'm2',
      recommendation: 'Godkend',
    });
    expect(moved.events.at(-1)?.kind).toBe('movedOnAgenda');
    const again = must(placeOnAgenda(moved, { stepId: 'c1-1', meetingId: 'm2', on: '2026-01-21' }));
    expect(again).toBe(moved);
  });
});

describe('refused transitions', () => {
  const onAgenda = must(
    placeOnAgenda(raised, { stepId: 'c1-1', meetingId: 'm1', on: '2026-01-20' }),
  );
  const atEu = treat(raised, '2026-01-22');
  const withdrawn = must(withdraw(raised, { reason: 'Løst lokalt', on: '2026-01-12' }));
  it.each<[string, () => CaseResult, string]>([
    [
      'unknown step',
      () => placeOnAgenda(raised, { stepId: 'nope', meetingId: 'm', on: '2026-01-20' }),
      'case.stepNotFound',
    ],
    [
      'deciding a later step',
      () => recordDecision(raised, { stepId: 'c1-2', text: 'x', on: '2026-01-20' }),
      'case.notCurrentStep',
    ],
    [
      'deciding without a meeting',
      () => recordDecision(raised, { stepId: 'c1-1', text: 'x', on: '2026-01-20' }),
      'case.invalidTransition',
    ],
    [
      'an empty recommendation',
      () => recordRecommendation(onAgenda, { stepId: 'c1-1', text: ' ', on: '2026-01-20' }),
      'case.emptyText',
    ],
    [
      'a date before the case was raised',
      () => recordDecision(onAgenda, { stepId: 'c1-1', text: 'x', on: '2026-01-01' }),
      'case.dateBeforePrevious',
    ],
    [
      'placing a decided step',
      () => placeOnAgenda(atEu, { stepId: 'c1-1', meetingId: 'm', on: '2026-01-25' }),
      'case.invalidTransition',
    ],
    [
      'a decision before the previous forum’s',
      () =>
        recordDecision(
          must(placeOnAgenda(atEu, { stepId: 'c1-2', meetingId: 'm', on: '2026-01-23' })),
          { stepId: 'c1-2', text: 'x', on: '2026-01-21' },
        ),
      'case.dateBeforePrevious',
    ],
    [
      'anything on a withdrawn case',
      () => addStep(withdrawn, { forumId: 'kkr', on: '2026-01-13' }),
      'case.closed',
    ],
    [
      'withdrawing a decided case',
      () => withdraw(decidedAtSsu, { reason: 'x', on: '2026-04-01' }),
      'case.notWithdrawable',
    ],
    [
      'skipping a decided step',
      () => skipStep(atEu, { stepId: 'c1-1', reason: 'x', on: '2026-01-25' }),
      'case.invalidTransition',
    ],
  ])('refuses %s', (_label, run, code) => {
    const result = run();
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('final decisions and skipped steps', () => {
  it('a final decision at TSS skips SSU and flows back from TSS', () => {
    const atTss = treat(treat(raised, '2026-01-22'), '2026-02-09');
    const placed = must(
      placeOnAgenda(atTss, { stepId: 'c1-3', meetingId: 'tss-1', on: '2026-02-25' }),
    );
    const done = must(
      recordDecision(placed, {
        stepId: 'c1-3',
        text: 'Afgjort i TSS',
        on: '2026-02-25',
        final: true,
      }),
    );
    expect(done.steps.map((s) => s.status)).toEqual([
      'decided',
      'decided',
      'decided',
      'skipped',
      'toNote',
      'toNote',
    ]);
    expect(done.steps.slice(4).map((s) => s.forumId)).toEqual(['eu', CLUSTER]);
    expect(returnedTo(done, CLUSTER).map((e) => [e.forumId, e.text])).toEqual([
      ['tss', 'Afgjort i TSS'],
    ]);
    expect(caseStatus(done)).toBe('decided');
  });

  it('skipping the officials’ committee moves the case on; skipping the last step returns it', () => {
    const skipped = must(
      skipStep(treat(raised, '2026-01-22'), {
        stepId: 'c1-2',
        reason: 'Ikke relevant',
        on: '2026-01-23',
      }),
    );
    expect(currentStep(skipped)?.forumId).toBe('tss');
    const tssDone = treat(skipped, '2026-02-25');
    const ssuSkipped = must(
      skipStep(tssDone, { stepId: 'c1-4', reason: 'Ikke nødvendigt', on: '2026-02-26' }),
    );
    expect(returnedTo(ssuSkipped, CLUSTER)).toHaveLength(1);
  });
});

describe('schemas', () => {
  it('the stored shape of a travelled case parses with CaseSchema', () => {
    expect(CaseSchema.parse(JSON.parse(JSON.stringify(decidedAtSsu)))).toEqual(decidedAtSsu);
  });
});
