import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStatusStep,
  budgetDifference,
  checkBudgetSplit,
  isOverdue,
  type ApplicationState,
  type BudgetShare,
} from './index';

const idea: ApplicationState = {
  status: 'idea',
  ideaOn: '2026-01-10',
  preparationOn: null,
  submittedOn: null,
  decidedOn: null,
  amountAppliedOre: 100_000_00,
  amountGrantedOre: null,
};

describe('the status machine', () => {
  it('walks idea → inPreparation → submitted → granted with a date per step', () => {
    let state = idea;
    for (const [to, on] of [
      ['inPreparation', '2026-02-01'],
      ['submitted', '2026-03-01'],
    ] as const) {
      const r = applyStatusStep(state, { to, on });
      if (!r.ok) throw new Error(r.problem.kind);
      state = r.state;
    }
    const granted = applyStatusStep(state, {
      to: 'granted',
      on: '2026-05-01',
      amountGrantedOre: 80_000_00,
    });
    expect(granted).toMatchObject({
      ok: true,
      state: {
        status: 'granted',
        preparationOn: '2026-02-01',
        submittedOn: '2026-03-01',
        decidedOn: '2026-05-01',
        amountGrantedOre: 80_000_00,
      },
    });
  });

  const submitted: ApplicationState = {
    ...idea,
    status: 'submitted',
    preparationOn: '2026-02-01',
    submittedOn: '2026-03-01',
  };

  it.each([
    [idea, { to: 'submitted', on: '2026-03-01' }, 'notAllowed'],
    [idea, { to: 'granted', on: '2026-03-01', amountGrantedOre: 1 }, 'notAllowed'],
    [idea, { to: 'inPreparation', on: '2026-01-09' }, 'beforePrevious'],
    [submitted, { to: 'granted', on: '2026-04-01' }, 'grantedAmountMissing'],
    [
      submitted,
      { to: 'granted', on: '2026-04-01', amountGrantedOre: 100_000_01 },
      'grantedExceedsApplied',
    ],
    [
      { ...submitted, status: 'refused', decidedOn: '2026-04-01' },
      { to: 'granted', on: '2026-05-01', amountGrantedOre: 1 },
      'notAllowed',
    ],
  ] as const)('refuses %#: %j → %s', (state, step, kind) => {
    const r = applyStatusStep(state as ApplicationState, step);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe(kind);
  });

  it('grants exactly the amount applied, and refuses without an amount', () => {
    expect(
      applyStatusStep(submitted, { to: 'granted', on: '2026-04-01', amountGrantedOre: 100_000_00 })
        .ok,
    ).toBe(true);
    const refused = applyStatusStep(submitted, { to: 'refused', on: '2026-04-01' });
    expect(refused).toMatchObject({
      ok: true,
      state: { status: 'refused', amountGrantedOre: null },
    });
  });
});

describe('the budget split', () => {
  const A = 'a';
  const B = 'b';
  it.each([
    [
      1000,
      [
        { partyId: A, amountOre: 600 },
        { partyId: B, amountOre: 400 },
      ],
      null,
    ],
    [
      1000,
      [
        { partyId: A, amountOre: 600 },
        { partyId: B, amountOre: 399 },
      ],
      'sumMismatch',
    ],
    [
      1000,
      [
        { partyId: A, amountOre: 600 },
        { partyId: A, amountOre: 400 },
      ],
      'duplicateParty',
    ],
    [1000, [{ partyId: B, amountOre: 1000 }], 'leadNotParticipating'],
    [0, [], 'noParties'],
  ] as const)('total %i, %j → %s', (totalOre, shares, kind) => {
    const problem = checkBudgetSplit({ totalOre, leadPartyId: A, shares });
    expect(problem?.kind ?? null).toBe(kind);
  });

  it('names the difference (what is left to split)', () => {
    expect(
      checkBudgetSplit({
        totalOre: 1000,
        leadPartyId: A,
        shares: [{ partyId: A, amountOre: 990 }],
      }),
    ).toEqual({ kind: 'sumMismatch', sumOre: 990, totalOre: 1000, differenceOre: 10 });
    expect(budgetDifference(1000, [{ partyId: A, amountOre: 1010 }])).toBe(-10);
  });

  const splitArb = fc
    .array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 12 })
    .map((amounts): BudgetShare[] =>
      amounts.map((amountOre, i) => ({ partyId: `p${i}`, amountOre })),
    );

  it('accepts any split whose shares make the total (property)', () => {
    fc.assert(
      fc.property(splitArb, (shares) => {
        const totalOre = shares.reduce((s, x) => s + x.amountOre, 0);
        expect(checkBudgetSplit({ totalOre, leadPartyId: 'p0', shares })).toBeNull();
        expect(budgetDifference(totalOre, shares)).toBe(0);
      }),
    );
  });

  it('refuses any split one øre off, either way, naming the difference (property)', () => {
    fc.assert(
      fc.property(splitArb, fc.constantFrom(-1, 1), fc.nat(), (shares, delta, pick) => {
        const totalOre = shares.reduce((s, x) => s + x.amountOre, 0);
        const i = pick % shares.length;
        const share = shares[i] as BudgetShare;
        fc.pre(share.amountOre + delta >= 0);
        const off = shares.map((s, j) => (j === i ? { ...s, amountOre: s.amountOre + delta } : s));
        expect(checkBudgetSplit({ totalOre, leadPartyId: 'p0', shares: off })).toEqual({
          kind: 'sumMismatch',
          sumOre: totalOre + delta,
          totalOre,
          differenceOre: -delta,
        });
      }),
    );
  });
});

describe('reporting obligations', () => {
  it.each([
    ['2026-06-30', null, '2026-06-30', false],
    ['2026-06-30', null, '2026-07-01', true],
    ['2026-06-30', '2026-07-05', '2026-08-01', false],
  ] as const)('due %s, done %s, on %s → overdue %s', (dueDate, doneOn, on, overdue) => {
    expect(isOverdue({ dueDate, doneOn }, on)).toBe(overdue);
  });
});
