import { describe, expect, it } from 'vitest';
import {
  compareDanish,
  formatDate,
  formatDateCompact,
  formatDateShort,
  formatDateTime,
  formatDateTimeCompact,
  formatTime,
  sortDanish,
} from './format';

describe('Danish dates and times', () => {
  it('formats in Europe/Copenhagen, summer time', () => {
    expect(formatDateTime('2026-06-05T12:00:00Z', 'da')).toBe('fredag den 5. juni 2026 kl. 14.00');
    expect(formatDateTimeCompact('2026-06-05T12:00:00Z', 'da')).toBe('5. juni 2026 kl. 14.00');
    expect(formatTime('2026-06-05T12:00:00Z', 'da')).toBe('14.00');
  });

  it('formats in Europe/Copenhagen, winter time', () => {
    expect(formatDateTime('2026-01-09T23:30:00Z', 'da')).toBe(
      'lørdag den 10. januar 2026 kl. 00.30',
    );
  });

  it('formats English with a 24-hour clock', () => {
    expect(formatDateTime('2026-06-05T12:00:00Z', 'en')).toBe('Friday, 5 June 2026 at 14:00');
  });

  it('keeps calendar dates on their day', () => {
    expect(formatDate('2026-06-05', 'da')).toBe('fredag den 5. juni 2026');
    expect(formatDate('2026-12-31', 'da')).toBe('torsdag den 31. december 2026');
  });
});

describe('Danish sort order', () => {
  it('puts Æ, Ø and Å after Z and sorts Aa as Å', () => {
    const names = ['Århus', 'Aabenraa', 'Ærø', 'Ølstykke', 'Zealand', 'Ballerup', 'Odense'];
    expect(sortDanish(names, (n) => n)).toEqual([
      'Ballerup',
      'Odense',
      'Zealand',
      'Ærø',
      'Ølstykke',
      'Aabenraa',
      'Århus',
    ]);
  });

  it('ignores case', () => {
    expect(compareDanish('ballerup', 'Ballerup')).toBe(0);
  });
});

describe('formatDateShort', () => {
  it('writes a short date that no time zone moves', () => {
    expect(formatDateShort('2026-04-01', 'da')).toBe('1. apr. 2026');
    expect(formatDateShort('2026-12-31', 'en')).toMatch(/31.*2026/);
  });
});

describe('formatDateCompact', () => {
  it('writes a short weekday and a short date that no time zone moves', () => {
    expect(formatDateCompact('2026-11-23', 'da')).toBe('man. 23. nov. 2026');
    expect(formatDateCompact('2026-12-31', 'en')).toMatch(/Thu.*31.*2026/);
  });
});
