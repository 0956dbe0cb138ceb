/**
 * Issue 11: a decided case shows the decision that settled it as come back (also when the forum
 * that raised it decided it itself), and offers escalation only where it makes sense.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatus } from './case-helpers';
import { createCase, placeOnAgenda, recordDecision } from './route';
import { CLUSTER, decidedAtSsu, must, raised, treat } from './route.fixtures';
import { escalatableStepId, escalate } from './route-changes';
import { decisionsBack, returnedTo } from './timeline';

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

describe('decisions back (issue 11)', () => {
  it('a case decided in the forum that raised it shows that decision as come back', () => {
    const decided = treat(themeCase, '2026-02-10', 'Vedtaget');
    expect(caseStatus(decided)).toBe('decided');
    expect(returnedTo(decided, 'temagruppe')).toEqual([]);
    expect(decisionsBack(decided, 'temagruppe').map((e) => [e.kind, e.text])).toEqual([
      ['decided', 'Vedtaget'],
    ]);
  });

  it('a decision flowing back down is shown once, as it came back', () => {
    expect(decisionsBack(decidedAtSsu, CLUSTER).map((e) => e.kind)).toEqual(['returned']);
  });

  it('an open case has no decision back until one arrives', () => {
    const atEu = treat(raised, '2026-01-22');
    expect(decisionsBack(atEu, CLUSTER)).toEqual([]);
  });

  it('every decided case shows at least one decision back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.boolean(), (steps, final) => {
        let c = raised;
        for (let i = 0; i < steps - 1; i += 1) c = treat(c, `2026-02-${10 + i}`);
        const step = c.steps.find((s) => s.status === 'planned');
        if (!step) return true;
        const placed = must(
          placeOnAgenda(c, { stepId: step.id, meetingId: 'm', on: '2026-03-01' }),
        );
        const decided = must(
          recordDecision(placed, { stepId: step.id, text: 'Slut', on: '2026-03-01', final }),
        );
        if (caseStatus(decided) !== 'decided') return true;
        return decisionsBack(decided, CLUSTER).length >= 1;
      }),
    );
  });
});

describe('escalation offer (issue 11)', () => {
  it('offers the last decided step of a theme-group case', () => {
    const decided = treat(themeCase, '2026-02-10');
    expect(escalatableStepId(decided)).toBe('t1-1');
  });

  it('offers nothing after a final decision, and refuses escalating it', () => {
    const placed = must(
      placeOnAgenda(raised, { stepId: 'c1-1', meetingId: 'm', on: '2026-01-20' }),
    );
    const settled = must(
      recordDecision(placed, { stepId: 'c1-1', text: 'Afgjort', on: '2026-01-20', final: true }),
    );
    expect(caseStatus(settled)).toBe('decided');
    expect(escalatableStepId(settled)).toBeNull();
    const refused = escalate(settled, {
      stepId: 'c1-1',
      toForumId: 'kkr',
      reason: 'x',
      on: '2026-01-21',
    });
    expect(refused.ok ? null : refused.error.code).toBe('case.notEscalatable');
  });

  it('offers nothing after a final decision on a one-forum route either', () => {
    const placed = must(
      placeOnAgenda(themeCase, { stepId: 't1-1', meetingId: 'm', on: '2026-02-10' }),
    );
    const settled = must(
      recordDecision(placed, { stepId: 't1-1', text: 'Afgjort', on: '2026-02-10', final: true }),
    );
    expect(settled.events.at(-1)?.kind).toBe('settled');
    expect(escalatableStepId(settled)).toBeNull();
  });

  it('offers nothing on an undecided case, and the step a later forum decided is not offered', () => {
    expect(escalatableStepId(raised)).toBeNull();
    expect(escalatableStepId(decidedAtSsu)).toBe('c1-4');
  });
});
