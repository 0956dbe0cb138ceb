import { describe, expect, it } from 'vitest';
import { logSafeUrl } from './log';

describe('logSafeUrl', () => {
  it('masks the secret token of a calendar subscription URL', () => {
    const token = 'Qm9yZ21lc3Rlci1PZGVuc2UtMjAyNi1ob2VtbGlnLXRva2Vu';
    for (const url of [
      `/api/calendar/feeds/${token}/person.ics`,
      `/api/calendar/feeds/${token}/forum/00000000-0000-4000-8000-000000000000.ics?x=1`,
    ]) {
      expect(logSafeUrl(url)).not.toContain(token);
      expect(logSafeUrl(url)).toMatch(/^\/api\/calendar\/feeds\/\[skjult\]\//);
    }
  });

  it('leaves other URLs alone', () => {
    expect(logSafeUrl('/api/meetings/forum/abc.ics')).toBe('/api/meetings/forum/abc.ics');
  });
});
