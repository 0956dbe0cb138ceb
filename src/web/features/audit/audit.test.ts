import { describe, expect, it } from 'vitest';
import { diffEntry, showValue } from './audit-diff';
import { readableSummary, subjectName, subjectPath } from './audit-subject';
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

describe('audit subjects', () => {
  const entry = {
    id: 1,
    at: '2027-01-05T09:00:00.000Z',
    actorUserId: null,
    actorName: 'Anne Admin',
    action: 'meeting.update',
    entityType: 'meeting',
    entityId: '5b0c2f8e-4a8f-4d8e-9a53-0a4c8b1f2e3d',
    subjectName: 'KKR Syddanmark',
    subjectDate: '2027-12-18',
    subjectHidden: false,
    summary: null,
    before: null,
    after: null,
    relatedIds: [],
    ip: null,
  };

  it('names a meeting by its forum and Danish day, and links to it', () => {
    expect(subjectName(entry, 'da')).toBe('KKR Syddanmark, 18. dec. 2027');
    expect(subjectPath('meeting', entry.entityId)).toBe(`/meetings/${entry.entityId}`);
    expect(subjectPath('agenda', 'm1')).toBe('/meetings/m1/agenda');
    expect(subjectPath('closureDay', 'c1')).toBeNull();
    expect(subjectName({ ...entry, subjectName: null }, 'da')).toBeNull();
  });

  it('writes the dates of a stored summary in Danish', () => {
    expect(readableSummary('Sæde ændret fra 2027-01-01', 'da')).toBe(
      'Sæde ændret fra 1. jan. 2027',
    );
    expect(readableSummary(null, 'da')).toBe('');
  });
});
