import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { breachesOf } from './use-org-change';

const breach = {
  forumEntityId: 'f1',
  forumName: 'SSU',
  ruleId: 'r1',
  ruleKind: 'noVacantSeats',
  severity: 'warning',
  code: 'breach.noVacantSeats',
  subject: 's1',
  params: {},
  message: { da: 'Pladsen er ledig.', en: 'The seat is vacant.' },
};

const problem = (code: string, extra: Record<string, unknown>) =>
  new ApiError(409, code, { da: 't', en: 't' }, null, [], extra);

describe('breachesOf', () => {
  it('reads the breaches of a 409 compositionBreach', () => {
    expect(
      breachesOf(problem('compositionBreach', { breaches: [breach, { junk: true }] })),
    ).toEqual([breach]);
    expect(breachesOf(problem('compositionBreach', {}))).toEqual([]);
  });

  it('is null for every other error', () => {
    expect(breachesOf(problem('conflict', { breaches: [breach] }))).toBeNull();
    expect(breachesOf(new Error('x'))).toBeNull();
  });
});
