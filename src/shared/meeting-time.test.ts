import { describe, expect, it } from 'vitest';
import { formatMeetingDay, formatMeetingTime } from './meeting-time';

describe('formatMeetingTime', () => {
  it('writes Danish time the Danish way, in winter and summer', () => {
    const winter = formatMeetingTime(
      new Date('2027-03-04T09:00:00Z'),
      new Date('2027-03-04T11:00:00Z'),
      'da',
    );
    expect(winter).toBe('torsdag den 4. marts 2027 kl. 10.00–12.00');
    const summer = formatMeetingTime(
      new Date('2027-06-17T12:30:00Z'),
      new Date('2027-06-17T14:00:00Z'),
      'en',
    );
    expect(summer).toBe('Thursday 17 June 2027, 14:30–16:00');
  });

  it('shows both days of a meeting over midnight, and the day alone', () => {
    expect(
      formatMeetingTime(new Date('2027-01-07T21:00:00Z'), new Date('2027-01-08T08:00:00Z'), 'da'),
    ).toBe('torsdag den 7. januar 2027 kl. 22.00 – fredag den 8. januar 2027 kl. 09.00');
    expect(formatMeetingDay(new Date('2027-12-31T23:30:00Z'), 'da')).toBe('1. januar 2028');
  });
});
