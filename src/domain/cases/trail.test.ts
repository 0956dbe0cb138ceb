/**
 * Issue 12: decisions travel back down the same trail. Each forum that treated the case on the
 * way up gets a return step of its own (to note, or to act on), in reverse order, ending with
 * the forum decisions return to; the case stays decided.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatus, currentStep } from './case-helpers';
import { createCase, placeOnAgenda, recordDecision, skipStep } from './route';
import { CLUSTER, decidedAtSsu, must, raised, treat } from './route.fixtures';
import { addStep, carryOver, escalatableStepId } from './route-changes';
import { decisionsBack, returnedTo, timeline } from './timeline';
import { noteReturn, openReturnSteps, setReturnMode, trailStops } from './trail';
import type { Case } from './types';

const returnSteps = (c: Case) => c.steps.filter((s) => s.origin === 'trail');
const codeOf = (r: ReturnType<typeof noteReturn>) => (r.ok ? null : r.error.code);

describe('the decision travels back down the trail', () => {
  it('gives each forum on the way up a return step, nearest first, the raising forum last', () => {
    const back = returnSteps(decidedAtSsu);
    expect(back.map((s) => [s.forumId, s.status, s.returnMode])).toEqual([
      ['tss', 'toNote', 'note'],
      ['eu', 'toNote', 'note'],
      [CLUSTER, 'toNote', 'act'],
    ]);
    expect(back.every((s) => s.decisionText === 'SSU godkender modellen')).toBe(true);
    expect(back.every((s) => s.returnOf === 'c1-4' && s.decidedOn === '2026-03-18')).toBe(true);
    expect(caseStatus(decidedAtSsu)).toBe('decided');
    expect(currentStep(decidedAtSsu)).toBeUndefined();
  });

  it('records a returned event for each forum, so every forum sees the decision come back', () => {
    for (const forumId of ['tss', 'eu', CLUSTER]) {
      const back = returnedTo(decidedAtSsu, forumId);
      expect(back.map((e) => [e.kind, e.forumId, e.stepId])).toEqual([['returned', 'ssu', 'c1-4']]);
      expect(decisionsBack(decidedAtSsu, forumId)).toHaveLength(1);
    }
    expect(returnedTo(decidedAtSsu, 'ssu')).toEqual([]);
  });

  it('travels back from a final decision mid-route, past the skipped steps', () => {
    const atTss = treat(treat(raised, '2026-01-22'), '2026-02-09');
    const placed = must(placeOnAgenda(atTss, { stepId: 'c1-3', meetingId: 'm', on: '2026-02-25' }));
    const settled = must(
      recordDecision(placed, { stepId: 'c1-3', text: 'Afgjort', on: '2026-02-25', final: true }),
    );
    expect(returnSteps(settled).map((s) => s.forumId)).toEqual(['eu', CLUSTER]);
    expect(caseStatus(settled)).toBe('decided');
  });

  it('travels back when the last step is skipped, from the last decision', () => {
    const atTss = treat(treat(raised, '2026-01-22'), '2026-02-09');
    const tssDone = treat(atTss, '2026-02-25');
    const skipped = must(
      skipStep(tssDone, { stepId: 'c1-4', reason: 'Ikke nødvendig', on: '2026-03-01' }),
    );
    expect(returnSteps(skipped).map((s) => [s.forumId, s.returnOf])).toEqual([
      ['eu', 'c1-3'],
      [CLUSTER, 'c1-3'],
    ]);
  });

  it('lays the trail of a decision once (a step added and skipped later adds nothing)', () => {
    const added = must(addStep(decidedAtSsu, { forumId: 'kkr', on: '2026-03-20' }));
    expect(caseStatus(added)).toBe('open');
    const skipped = must(
      skipStep(added, { stepId: currentStep(added)!.id, reason: 'x', on: '2026-03-21' }),
    );
    expect(returnSteps(skipped)).toHaveLength(3);
  });

  it('sends nothing back when the raising forum decides on its own', () => {
    const one = must(
      createCase({
        id: 't1',
        title: 'Lokal sag',
        summary: '',
        type: 'decision',
        raisedInForumId: 'tg',
        route: ['tg'],
        on: '2026-02-01',
      }),
    );
    expect(returnSteps(treat(one, '2026-02-10'))).toEqual([]);
  });

  it('visits each forum once, and not the deciding forum, when a forum appears twice', () => {
    const c = must(
      createCase({
        id: 'x',
        title: 'Sag',
        summary: '',
        type: 'decision',
        raisedInForumId: 'a',
        route: ['a', 'b', 'c', 'b', 'd'],
        on: '2026-01-01',
      }),
    );
    let d = c;
    for (let i = 0; i < 5; i += 1) d = treat(d, `2026-01-1${i}`);
    expect(trailStops(d, 4)).toEqual([
      { forumId: 'b', mode: 'note' },
      { forumId: 'c', mode: 'note' },
      { forumId: 'a', mode: 'act' },
    ]);
  });

  it('ignores return steps as the current step, for escalation and for the route', () => {
    expect(escalatableStepId(decidedAtSsu)).toBe('c1-4');
    const added = must(addStep(decidedAtSsu, { forumId: 'tss', on: '2026-03-20' }));
    expect(currentStep(added)?.forumId).toBe('tss');
  });
});

describe('noting a return step', () => {
  const tssStep = returnSteps(decidedAtSsu)[0]!;

  it('marks it noted with the note and a noted event; the case stays decided', () => {
    const noted = must(
      noteReturn(decidedAtSsu, {
        stepId: tssStep.id,
        text: ' Taget til efterretning ',
        on: '2026-03-25',
      }),
    );
    const step = noted.steps.find((s) => s.id === tssStep.id)!;
    expect([step.status, step.notedOn, step.noteText]).toEqual([
      'noted',
      '2026-03-25',
      'Taget til efterretning',
    ]);
    expect(noted.events.at(-1)).toMatchObject({
      kind: 'noted',
      forumId: 'tss',
      stepId: tssStep.id,
    });
    expect(timeline(noted).at(-1)?.direction).toBe('none');
    expect(caseStatus(noted)).toBe('decided');
    expect(openReturnSteps(noted).map((s) => s.forumId)).toEqual(['eu', CLUSTER]);
  });

  it.each([
    ['a route step', 'c1-1', '2026-03-25', 'case.notReturnStep'],
    ['an unknown step', 'nope', '2026-03-25', 'case.stepNotFound'],
    ['a date before the decision', 'c1-5', '2026-03-17', 'case.dateBeforePrevious'],
  ])('refuses %s', (_, stepId, on, code) => {
    expect(codeOf(noteReturn(decidedAtSsu, { stepId, on }))).toBe(code);
  });

  it('refuses noting it twice, and changing the mode once noted', () => {
    const noted = must(noteReturn(decidedAtSsu, { stepId: tssStep.id, on: '2026-03-25' }));
    expect(codeOf(noteReturn(noted, { stepId: tssStep.id, on: '2026-03-26' }))).toBe(
      'case.returnStepNoted',
    );
    expect(
      codeOf(setReturnMode(noted, { stepId: tssStep.id, mode: 'act', on: '2026-03-26' })),
    ).toBe('case.returnStepNoted');
  });

  it('lets the secretariat change the mode of an open return step', () => {
    const changed = must(
      setReturnMode(decidedAtSsu, { stepId: tssStep.id, mode: 'act', on: '2026-03-20' }),
    );
    expect(changed.steps.find((s) => s.id === tssStep.id)?.returnMode).toBe('act');
    expect(changed.events.at(-1)?.kind).toBe('returnModeChanged');
    expect(
      must(setReturnMode(changed, { stepId: tssStep.id, mode: 'act', on: '2026-03-20' })),
    ).toBe(changed);
  });

  it('places an open return step on an agenda (it stays to note), not a noted one', () => {
    const placed = must(
      placeOnAgenda(decidedAtSsu, { stepId: tssStep.id, meetingId: 'm-tss', on: '2026-03-20' }),
    );
    const step = placed.steps.find((s) => s.id === tssStep.id)!;
    expect([step.status, step.meetingId]).toEqual(['toNote', 'm-tss']);
    expect(caseStatus(placed)).toBe('decided');
    const noted = must(noteReturn(placed, { stepId: tssStep.id, on: '2026-03-25' }));
    expect(noted.events.at(-1)?.meetingId).toBe('m-tss');
    const again = placeOnAgenda(noted, { stepId: tssStep.id, meetingId: 'm2', on: '2026-03-26' });
    expect(again.ok ? null : again.error.code).toBe('case.invalidTransition');
  });

  it('carries an open return step over to the successor forum, not a noted one', () => {
    const noted = must(noteReturn(decidedAtSsu, { stepId: tssStep.id, on: '2026-03-25' }));
    const eu = must(carryOver(noted, { fromForumId: 'eu', toForumId: 'eu2', on: '2026-04-01' }));
    expect(returnSteps(eu).map((s) => [s.forumId, s.status])).toEqual([
      ['tss', 'noted'],
      ['eu2', 'toNote'],
      [CLUSTER, 'toNote'],
    ]);
    const tss = carryOver(noted, { fromForumId: 'tss', toForumId: 'tss2', on: '2026-04-01' });
    expect(tss.ok ? null : tss.error.code).toBe('case.nothingToCarryOver');
    const cluster = must(
      carryOver(noted, { fromForumId: CLUSTER, toForumId: 'k2', on: '2026-04-01' }),
    );
    expect(cluster.returnToForumId).toBe('k2');
  });
});

describe('the trail (property)', () => {
  const FORA = ['a', 'b', 'c', 'd', 'e'];
  /** A route without the same forum twice in a row. */
  const routeArb = fc
    .array(fc.constantFrom(...FORA), { minLength: 1, maxLength: 7 })
    .map((r) => r.filter((f, i) => i === 0 || r[i - 1] !== f));

  it('every forum that decided below the deciding step gets exactly one return step, and the case is decided', () => {
    fc.assert(
      fc.property(routeArb, fc.nat(), fc.boolean(), (route, pick, final) => {
        const deciding = pick % route.length;
        let c = must(
          createCase({
            id: 'p',
            title: 'Sag',
            summary: '',
            type: 'decision',
            raisedInForumId: route[0]!,
            route,
            on: '2026-01-01',
          }),
        );
        for (let i = 0; i < deciding; i += 1) c = treat(c, '2026-02-01');
        const step = currentStep(c)!;
        c = must(placeOnAgenda(c, { stepId: step.id, meetingId: 'm', on: '2026-03-01' }));
        // A final decision settles the case mid-route; otherwise the rest of the route is skipped.
        c = must(recordDecision(c, { stepId: step.id, text: 'Slut', on: '2026-03-01', final }));
        for (let next = currentStep(c); next; next = currentStep(c)) {
          c = must(skipStep(c, { stepId: next.id, reason: 'Ikke nødvendig', on: '2026-03-02' }));
        }
        expect(caseStatus(c)).toBe('decided');
        const decider = route[deciding]!;
        const below = new Set(route.slice(0, deciding).filter((f) => f !== decider));
        if (route[0] !== decider) below.add(route[0]!);
        const back = returnSteps(c);
        expect(back.map((s) => s.forumId).sort()).toEqual([...below].sort());
        expect(new Set(back.map((s) => s.forumId)).size).toBe(back.length);
        if (route[0] !== decider) expect(back.at(-1)?.forumId).toBe(route[0]);
        for (const f of below)
          expect(returnedTo(c, f).filter((e) => e.kind === 'returned')).toHaveLength(1);
      }),
    );
  });
});
