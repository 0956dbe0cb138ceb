import { describe, expect, it } from 'vitest';
import {
  approvalOutcome,
  areMinutesEditable,
  canMoveAgenda,
  canMoveMinutes,
  freeItemStatus,
  isAgendaEditable,
  itemStatusFromStep,
  moveInOrder,
  undecidedItems,
} from './agenda-state';

describe('agenda life cycle', () => {
  it.each([
    ['draft', 'inReview', true],
    ['draft', 'published', true],
    ['inReview', 'published', true],
    ['inReview', 'draft', true],
    ['published', 'draft', false],
    ['published', 'inReview', false],
    ['draft', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveAgenda(from, to)).toBe(allowed);
  });

  it('is editable until published', () => {
    expect([
      isAgendaEditable('draft'),
      isAgendaEditable('inReview'),
      isAgendaEditable('published'),
    ]).toEqual([true, true, false]);
  });
});

describe('minutes life cycle', () => {
  it('goes draft → sentForApproval → approved only', () => {
    expect(canMoveMinutes('draft', 'sentForApproval')).toBe(true);
    expect(canMoveMinutes('sentForApproval', 'approved')).toBe(true);
    expect(canMoveMinutes('draft', 'approved')).toBe(false);
    expect(canMoveMinutes('approved', 'draft')).toBe(false);
  });

  it('takes decisions only between publishing and sending', () => {
    expect(areMinutesEditable('published', 'draft')).toBe(true);
    expect(areMinutesEditable('draft', 'draft')).toBe(false);
    expect(areMinutesEditable('published', 'sentForApproval')).toBe(false);
  });

  it('is approved when every eligible member has approved', () => {
    expect(approvalOutcome(['a', 'b'], ['a'])).toBeNull();
    expect(approvalOutcome(['a', 'b'], ['b', 'a', 'x'])).toBe('allApproved');
    expect(approvalOutcome([], [])).toBeNull();
  });
});

describe('items', () => {
  it('move to an explicit position, keeping the others in order', () => {
    expect(moveInOrder(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c', 'd'], 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveInOrder(['a', 'b'], 'a', 3)).toBeNull();
    expect(moveInOrder(['a', 'b'], 'x', 1)).toBeNull();
  });

  it('take their status from the case step, or from their own decision', () => {
    expect(itemStatusFromStep('onAgenda')).toBe('planned');
    expect(itemStatusFromStep('returned')).toBe('sentBack');
    expect(freeItemStatus({ recommendation: null, decision: null })).toBe('planned');
    expect(freeItemStatus({ recommendation: 'x', decision: null })).toBe('recommended');
    expect(freeItemStatus({ recommendation: null, decision: 'x' })).toBe('decided');
  });

  it('list the decision items still undecided', () => {
    expect(
      undecidedItems([
        { number: 1, type: 'information', status: 'planned' },
        { number: 2, type: 'decision', status: 'recommended' },
        { number: 3, type: 'decision', status: 'decided' },
        { number: 4, type: 'decision', status: 'sentBack' },
      ]),
    ).toEqual([2]);
  });
});
