import { describe, expect, it } from 'vitest';
import { loggerLevel, logSafeUrl, requestLogLevel } from './log';

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

  it("masks the token of a questionnaire's personal answer link (API and page)", () => {
    const token = 'c3B4cmdlc2tlbWEtcGVyc29ubGlndC1saW5rLXRva2Vu';
    for (const url of [
      `/api/questionnaires/answer/${token}`,
      `/api/questionnaires/answer/${token}/submit`,
      `/questionnaires/answer/${token}`,
    ]) {
      expect(logSafeUrl(url)).not.toContain(token);
      expect(logSafeUrl(url)).toContain('/questionnaires/answer/[skjult]');
    }
  });

  it('leaves other URLs alone', () => {
    expect(logSafeUrl('/api/meetings/forum/abc.ics')).toBe('/api/meetings/forum/abc.ics');
  });
});

describe('requestLogLevel', () => {
  it('logs server errors, slow requests, and the rest only at debug', () => {
    expect(requestLogLevel(500, 3)).toBe('error');
    expect(requestLogLevel(503, 5000)).toBe('error');
    expect(requestLogLevel(200, 1000)).toBe('warn');
    expect(requestLogLevel(404, 2500, 2000)).toBe('warn');
    expect(requestLogLevel(200, 999)).toBe('debug');
    expect(requestLogLevel(401, 3)).toBe('debug');
  });
});

describe('LOG_REQUESTS', () => {
  it('logs every finished request at info, errors and slow requests as before', () => {
    expect(requestLogLevel(200, 3, 1000, true)).toBe('info');
    expect(requestLogLevel(404, 3, 1000, true)).toBe('info');
    expect(requestLogLevel(200, 1500, 1000, true)).toBe('warn');
    expect(requestLogLevel(502, 3, 1000, true)).toBe('error');
  });

  it('raises a quieter logger to info so the request lines show, and leaves louder ones', () => {
    expect(loggerLevel('warn', true)).toBe('info');
    expect(loggerLevel('silent', true)).toBe('info');
    expect(loggerLevel('debug', true)).toBe('debug');
    expect(loggerLevel('warn', false)).toBe('warn');
  });
});
