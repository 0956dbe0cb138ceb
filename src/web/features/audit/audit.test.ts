import { describe, expect, it } from 'vitest';
import { diffEntry, showValue } from './audit-diff';
import {
  filtersFromParams,
  filtersToParams,
  hasFilters,
  isPeriodInvalid,
  NO_FILTERS,
  toAuditQuery,
} from './audit-filters';

describe('audit filters', () => {
  it('round-trips through the address and drops malformed dates', () => {
    const params = new URLSearchParams('actorUserId=u1&from=2026-01-01&to=soon&junk=1');
    const filters = filtersFromParams(params);
    expect(filters).toEqual({ ...NO_FILTERS, actorUserId: 'u1', from: '2026-01-01' });
    expect(filtersToParams(filters).toString()).toBe('actorUserId=u1&from=2026-01-01');
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('spots a backwards period', () => {
    expect(isPeriodInvalid({ ...NO_FILTERS, from: '2026-02-01', to: '2026-01-31' })).toBe(true);
    expect(isPeriodInvalid({ ...NO_FILTERS, from: '2026-02-01', to: '2026-02-01' })).toBe(false);
  });

  it('builds the API query with the keyset cursor', () => {
    expect(
      toAuditQuery({ ...NO_FILTERS, action: 'auth.login' }, { limit: 50, beforeId: 7 }),
    ).toEqual({ limit: 50, action: 'auth.login', beforeId: 7 });
  });
});

describe('audit diff', () => {
  it('lists only changed fields, in order', () => {
    expect(
      diffEntry(
        { name: 'A', role: 'member', locale: 'da' },
        { name: 'A', role: 'admin', locale: 'en' },
      ),
    ).toEqual([
      { field: 'role', before: 'member', after: 'admin' },
      { field: 'locale', before: 'da', after: 'en' },
    ]);
  });

  it('treats a creation as every field new', () => {
    expect(diffEntry(null, { revoked: 2 })).toEqual([
      { field: 'revoked', before: undefined, after: 2 },
    ]);
    expect(diffEntry(null, null)).toEqual([]);
  });

  it('compares non-objects as one value', () => {
    expect(diffEntry('a', 'b')).toEqual([{ field: 'value', before: 'a', after: 'b' }]);
  });

  it('shows values readably', () => {
    expect(showValue('x')).toBe('x');
    expect(showValue(false)).toBe('false');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(undefined)).toBe('');
  });
});
