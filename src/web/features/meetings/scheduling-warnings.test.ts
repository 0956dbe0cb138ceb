import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { orderingWarningOf } from './scheduling-warnings';

const warning = {
  meetingId: null,
  forumId: 'ssu',
  ruleId: 'r1',
  code: 'ordering.afterTooSoon',
  params: { date: '2026-12-10' },
  suggestedDate: '2026-12-15',
  message: { da: 'SSU skal mødes efter KKR.', en: 'SSU must meet after KKR.' },
};

describe('orderingWarningOf', () => {
  it('reads the warnings and the suggested date of a 409 orderingWarning', () => {
    const error = new ApiError(409, 'orderingWarning', null, null, [], {
      warnings: [warning],
      suggestedDate: '2026-12-15',
    });
    expect(orderingWarningOf(error)).toEqual({
      warnings: [warning],
      suggestedDate: '2026-12-15',
      noSuggestion: null,
    });
  });

  it('reads why no date was suggested, and keeps a null suggestion null', () => {
    const why = { da: 'Planlæg først et møde i KKR.', en: 'First plan a KKR meeting.' };
    const other = { ...warning, meetingId: '00000000-0000-4000-8000-000000000001' };
    const error = new ApiError(409, 'orderingWarning', null, null, [], {
      warnings: [{ ...warning, suggestedDate: null, noSuggestion: why }, other],
      suggestedDate: null,
      noSuggestion: why,
    });
    expect(orderingWarningOf(error)).toMatchObject({ suggestedDate: null, noSuggestion: why });
  });

  it("falls back to a warning's own suggestion", () => {
    const error = new ApiError(409, 'orderingWarning', null, null, [], { warnings: [warning] });
    expect(orderingWarningOf(error)?.suggestedDate).toBe('2026-12-15');
  });

  it('ignores other errors', () => {
    expect(orderingWarningOf(new ApiError(409, 'conflict', null, null))).toBeNull();
    expect(orderingWarningOf(new Error('x'))).toBeNull();
  });
});
