/** Issue 11: decisions need a held meeting; writing minutes for a held meeting marks it held. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { MEETING_STATUSES } from '../../shared/meetings.enums';
import { decisionRefusal, isMeetingHeld, statusWhenMinutesWritten } from './meeting-held';

const TODAY = '2026-12-02';

describe('a held meeting', () => {
  it('refuses a decision 16 days before the meeting (the issue’s case)', () => {
    const meeting = { date: addDays(TODAY, 16), status: 'agendaPublished' as const };
    expect(decisionRefusal(meeting, TODAY)).toBe('meetingNotHeld');
    expect(statusWhenMinutesWritten(meeting, TODAY)).toBeNull();
  });

  it('allows decisions from the meeting day on, and marks the meeting held', () => {
    const meeting = { date: TODAY, status: 'agendaPublished' as const };
    expect(decisionRefusal(meeting, TODAY)).toBeNull();
    expect(statusWhenMinutesWritten(meeting, TODAY)).toBe('held');
    expect(statusWhenMinutesWritten({ ...meeting, status: 'held' }, TODAY)).toBeNull();
    expect(statusWhenMinutesWritten({ ...meeting, status: 'minutesApproved' }, TODAY)).toBeNull();
  });

  it('never counts a cancelled meeting as held', () => {
    expect(decisionRefusal({ date: '2026-01-05', status: 'cancelled' }, TODAY)).toBe(
      'meetingCancelled',
    );
  });

  it('a status set by hand does not make a future meeting held', () => {
    expect(isMeetingHeld({ date: addDays(TODAY, 1), status: 'held' }, TODAY)).toBe(false);
  });

  it('is held exactly when not cancelled and the day has come (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(...MEETING_STATUSES),
        (offset, status) => {
          const meeting = { date: addDays(TODAY, offset), status };
          const held = isMeetingHeld(meeting, TODAY);
          const marked = statusWhenMinutesWritten(meeting, TODAY);
          return (
            held === (status !== 'cancelled' && offset <= 0) &&
            (marked === null || (held && marked === 'held'))
          );
        },
      ),
    );
  });
});
